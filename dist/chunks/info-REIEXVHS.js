import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-EDTBQNZ2.js";
import "./chunk-V3LZR5WT.js";
import "./chunk-J7H6BXIG.js";
import "./chunk-M7D42G3J.js";
import "./chunk-36SP2DDX.js";
import "./chunk-DJ3SR7IL.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-MEVB5DBL.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-ESMVFMX4.js";
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
