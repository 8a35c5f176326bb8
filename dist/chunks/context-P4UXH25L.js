import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-3MCYLHX3.js";
import "./chunk-HBCMGWHK.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-GQWRJ6LZ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
