import {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization,
  subjectFor
} from "./chunk-MWYSBSTA.js";
import "./chunk-KM72Q6QD.js";
import "./chunk-HKF6GIBF.js";
import "./chunk-5GS5A66R.js";
import "./chunk-LQVHZ4MD.js";
import "./chunk-VP3VSPSA.js";
import "./chunk-EWTBSM4O.js";
import "./chunk-QXFYG55Z.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-RXDTIBGW.js";
import "./chunk-AKMXPBBJ.js";
import "./chunk-CAGAAVCG.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
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
