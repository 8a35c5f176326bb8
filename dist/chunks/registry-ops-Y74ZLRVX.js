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
} from "./chunk-LKPCM6AQ.js";
import "./chunk-V3LZR5WT.js";
import "./chunk-3ETQVOPE.js";
import "./chunk-J7H6BXIG.js";
import "./chunk-36SP2DDX.js";
import "./chunk-DJ3SR7IL.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-MEVB5DBL.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-ESMVFMX4.js";
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
