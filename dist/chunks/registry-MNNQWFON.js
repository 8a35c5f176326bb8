import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  checkExpectCurrent,
  deploy,
  emptyRegistry,
  envHistory,
  nextHistoryId,
  promote,
  refOf,
  requireEnv,
  rollback,
  rollbackTarget,
  sameArtifact,
  statusChanges
} from "./chunk-3NNKCBWN.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  checkExpectCurrent,
  deploy,
  emptyRegistry,
  envHistory,
  nextHistoryId,
  promote,
  refOf,
  requireEnv,
  rollback,
  rollbackTarget,
  sameArtifact,
  statusChanges
};
