import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  rollbackVersion
} from "./chunk-NVHL6DBL.js";
import "./chunk-2XRAFNPU.js";
import "./chunk-V5SKEQLV.js";
import "./chunk-3NNKCBWN.js";
import "./chunk-ATPKUUL7.js";
import "./chunk-RJRMN36Z.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-VON5DLUV.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  rollbackVersion
};
