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
} from "./chunk-GUPMF7TG.js";
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
