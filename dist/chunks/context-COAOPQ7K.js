import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-SGCDNFHH.js";
import "./chunk-MEVB5DBL.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-PLG54UHY.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
