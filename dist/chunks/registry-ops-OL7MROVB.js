import {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization,
  subjectFor
} from "./chunk-BQCQUP7O.js";
import "./chunk-ZKM4D2F5.js";
import "./chunk-DWQBFGMD.js";
import "./chunk-MZDJHGEJ.js";
import "./chunk-CLSXH6WR.js";
import "./chunk-VNR7K2JQ.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-MOAMLXGA.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-6MOYWGOY.js";
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
