import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-EIFR2Y5I.js";
import "./chunk-7A4WPG3U.js";
import "./chunk-KC3CYMDH.js";
import "./chunk-M7D42G3J.js";
import "./chunk-J6H67WSJ.js";
import "./chunk-V2JYVROK.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-A4JV5XBZ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
};
