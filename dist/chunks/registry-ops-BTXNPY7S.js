import {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization,
  subjectFor
} from "./chunk-EBR7W5DW.js";
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
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization,
  subjectFor
};
