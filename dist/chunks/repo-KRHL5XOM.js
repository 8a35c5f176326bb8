import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  auditLog,
  changedSinceHead,
  commitMessage,
  commitPaths,
  commitsNotOn,
  fastForwardTo,
  fetchBranch,
  fetchBranchIfAny,
  firstLine,
  gitBlobId,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resetTo,
  resolveRef,
  trackingRef
} from "./chunk-44UILN7A.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  auditLog,
  changedSinceHead,
  commitMessage,
  commitPaths,
  commitsNotOn,
  fastForwardTo,
  fetchBranch,
  fetchBranchIfAny,
  firstLine,
  gitBlobId,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resetTo,
  resolveRef,
  trackingRef
};
