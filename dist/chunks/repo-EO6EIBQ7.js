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
  gitRunner,
  hasRemote,
  headFromFiles,
  headSha,
  openRepo,
  pushBranch,
  resetTo,
  resolveRef,
  trackingRef
} from "./chunk-5LVA67J5.js";
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
  gitRunner,
  hasRemote,
  headFromFiles,
  headSha,
  openRepo,
  pushBranch,
  resetTo,
  resolveRef,
  trackingRef
};
