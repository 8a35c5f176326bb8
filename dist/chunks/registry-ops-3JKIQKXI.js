import {
  blockArtifact,
  checkSourceUnchanged,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planPointerChange,
  planRollback,
  resolveQuantization,
  subjectFor
} from "./chunk-AZWLCOPS.js";
import "./chunk-YXUU4W6Y.js";
import "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-OKBEP5SG.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  blockArtifact,
  checkSourceUnchanged,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planPointerChange,
  planRollback,
  resolveQuantization,
  subjectFor
};
