import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization,
  subjectFor
} from "./chunk-ZNVFW26V.js";
import "./chunk-DDJGILAZ.js";
import "./chunk-EKG3HRSE.js";
import "./chunk-YZWUWTKL.js";
import "./chunk-7AN7IIIQ.js";
import "./chunk-T4NDIKYZ.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-MEVB5DBL.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-TKITO2TM.js";
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
