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
} from "./chunk-WGNFNZKT.js";
import "./chunk-V2JYVROK.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-5I23GV63.js";
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
