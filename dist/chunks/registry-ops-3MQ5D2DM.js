import {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization,
  subjectFor
} from "./chunk-GVVAXNW2.js";
import "./chunk-3NPFRBIF.js";
import "./chunk-COXWBL2B.js";
import "./chunk-5GGAVOLL.js";
import "./chunk-ZETSD2IK.js";
import "./chunk-XKDK3TQA.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-UV2GFVBV.js";
import "./chunk-MR7FSY5S.js";
import "./chunk-64GSZUE7.js";
import "./chunk-TMRBYA4Y.js";
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
