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
} from "./chunk-RWBE42P4.js";
import "./chunk-MRNG3GI2.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-HBCMGWHK.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-LSSFZVQY.js";
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
