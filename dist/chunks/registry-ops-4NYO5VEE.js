import {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization,
  subjectFor
} from "./chunk-LOI5NDTT.js";
import "./chunk-KM72Q6QD.js";
import "./chunk-UZUIZI6D.js";
import "./chunk-2YB33XP5.js";
import "./chunk-UROFRS5E.js";
import "./chunk-3F3EF5DZ.js";
import "./chunk-QXFYG55Z.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-DMM3Y673.js";
import "./chunk-IAQKOIK6.js";
import "./chunk-CCPQCK47.js";
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
