import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-L57TUXVD.js";
import "./chunk-XXGXYWBT.js";
import "./chunk-LMCDH6WX.js";
import "./chunk-RR7BT3PG.js";
import "./chunk-QE4YMO2F.js";
import "./chunk-QTWUZGAS.js";
import "./chunk-MRMKOF2C.js";
import "./chunk-AZ7DXTCV.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ZH5I36EU.js";
import "./chunk-LHVX64TL.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
