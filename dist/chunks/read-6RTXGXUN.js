import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-MZDJHGEJ.js";
import "./chunk-VNR7K2JQ.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-MOAMLXGA.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-6MOYWGOY.js";
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
