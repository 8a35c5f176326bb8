import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-3STNEGGF.js";
import "./chunk-JWV5LIOH.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ZH5I36EU.js";
import "./chunk-LHVX64TL.js";
import "./chunk-TMRBYA4Y.js";
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
