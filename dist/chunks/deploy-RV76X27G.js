import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  rollbackVersion
} from "./chunk-IKKJZ6QG.js";
import "./chunk-4SP4PX5H.js";
import "./chunk-ZCQDRY4H.js";
import "./chunk-3NNKCBWN.js";
import "./chunk-VAPLNXOQ.js";
import "./chunk-CBD5SVYV.js";
import "./chunk-KWCIOCME.js";
import "./chunk-IGKNCRU4.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  rollbackVersion
};
