import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  rollbackVersion
} from "./chunk-LZEEPTW3.js";
import "./chunk-3F3EPAZZ.js";
import "./chunk-V5SKEQLV.js";
import "./chunk-3NNKCBWN.js";
import "./chunk-IHYWJOWI.js";
import "./chunk-V4NTRLSL.js";
import "./chunk-KWCIOCME.js";
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
