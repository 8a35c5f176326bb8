import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-TBCHVMKR.js";
import "./chunk-YGQJTOV5.js";
import "./chunk-2T5CT356.js";
import "./chunk-YT3Q4PE7.js";
import "./chunk-3QLYMGCN.js";
import "./chunk-Y635AUIR.js";
import "./chunk-SBJTIQWU.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-X4HOINQT.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
