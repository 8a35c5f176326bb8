import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
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
  gitDir,
  gitEnvironmentMovesFiles,
  gitRunner,
  hasRemote,
  headFromFiles,
  headSha,
  openRepo,
  placeFromFiles,
  pushBranch,
  resetTo,
  resolveRef,
  trackingRef
} from "./chunk-LSSFZVQY.js";
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
  gitDir,
  gitEnvironmentMovesFiles,
  gitRunner,
  hasRemote,
  headFromFiles,
  headSha,
  openRepo,
  placeFromFiles,
  pushBranch,
  resetTo,
  resolveRef,
  trackingRef
};
