import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-OP2T2O7A.js";
import "./chunk-F7HHPZHK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AHHIFKQX.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-CVN2NFGO.js";
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
