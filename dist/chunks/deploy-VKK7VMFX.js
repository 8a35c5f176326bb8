import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-CHNHUMJH.js";
import "./chunk-DWKLKWK4.js";
import "./chunk-7A4WPG3U.js";
import "./chunk-PHZA3XPB.js";
import "./chunk-KC3CYMDH.js";
import "./chunk-J6H67WSJ.js";
import "./chunk-V2JYVROK.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-A4JV5XBZ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
