import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-Q3ZFWJF5.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-5I23GV63.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
