import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-QFF2NNWT.js";
import "./chunk-BYL2S6JL.js";
import "./chunk-M7RWC4UU.js";
import "./chunk-55RBLAFU.js";
import "./chunk-A33BJCYG.js";
import "./chunk-QIJQTKPU.js";
import "./chunk-MRNG3GI2.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-HBCMGWHK.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-GQWRJ6LZ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
