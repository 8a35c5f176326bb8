import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  auditLog,
  commitMessage,
  commitPaths,
  dirtyPaths,
  fetchBranch,
  firstLine,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resetTo
} from "./chunk-BLMPTZWY.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  auditLog,
  commitMessage,
  commitPaths,
  dirtyPaths,
  fetchBranch,
  firstLine,
  hasRemote,
  headSha,
  openRepo,
  pushBranch,
  resetTo
};
