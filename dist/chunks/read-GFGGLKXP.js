import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-J7H6BXIG.js";
import "./chunk-DJ3SR7IL.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-MEVB5DBL.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  quantizationsOf,
  readArtifact,
  readRegistry,
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError,
  withArtifacts,
  withHistory
};
