import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-7HLG7TTB.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-A4JV5XBZ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
