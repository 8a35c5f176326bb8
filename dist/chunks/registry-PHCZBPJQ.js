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
} from "./chunk-WOXETXXD.js";
import "./chunk-EX53TZF3.js";
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
