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
} from "./chunk-OCAOFT6Z.js";
import "./chunk-M7RWC4UU.js";
import "./chunk-LOOVM3HE.js";
import "./chunk-RWBE42P4.js";
import "./chunk-QIJQTKPU.js";
import "./chunk-MRNG3GI2.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-HBCMGWHK.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-LSSFZVQY.js";
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
