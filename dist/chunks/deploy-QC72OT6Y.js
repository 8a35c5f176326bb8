import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-GIIZDR36.js";
import "./chunk-EBR7W5DW.js";
import "./chunk-SBVS3T7J.js";
import "./chunk-QQBB4RFX.js";
import "./chunk-OP2T2O7A.js";
import "./chunk-PUVGRFMM.js";
import "./chunk-F7HHPZHK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AHHIFKQX.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-CVN2NFGO.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
