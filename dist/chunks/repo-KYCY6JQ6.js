import {
  auditLog,
  changedUnder,
  commitMessage,
  commitPaths,
  commitsNotOn,
  fastForwardTo,
  fetchBranch,
  fetchBranchIfAny,
  firstLine,
  gitRunner,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resolveRef,
  trackingRef
} from "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  auditLog,
  changedUnder,
  commitMessage,
  commitPaths,
  commitsNotOn,
  fastForwardTo,
  fetchBranch,
  fetchBranchIfAny,
  firstLine,
  gitRunner,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resolveRef,
  trackingRef
};
