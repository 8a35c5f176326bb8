import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-3MQLPOAX.js";
import "./chunk-HBCMGWHK.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-LSSFZVQY.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
