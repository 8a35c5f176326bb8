import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  auditLog,
  commitMessage,
  commitPaths,
  currentBranch,
  dirtyPaths,
  fetchBranch,
  firstLine,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resetTo
} from "./chunk-ET7UYZ63.js";
import "./chunk-EX53TZF3.js";
export {
  auditLog,
  commitMessage,
  commitPaths,
  currentBranch,
  dirtyPaths,
  fetchBranch,
  firstLine,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resetTo
};
