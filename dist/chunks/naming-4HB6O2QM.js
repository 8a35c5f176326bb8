import {
  MODEL_RE,
  QUANT_RE,
  VERSION_RE,
  checkModel,
  checkQuantization,
  checkRef,
  checkVersion,
  compareVersions,
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  quantizationFamily,
  storeFileKey,
  storeMetadataKey,
  storePrefix
} from "./chunk-6XFSSTIM.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MODEL_RE,
  QUANT_RE,
  VERSION_RE,
  checkModel,
  checkQuantization,
  checkRef,
  checkVersion,
  compareVersions,
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  quantizationFamily,
  storeFileKey,
  storeMetadataKey,
  storePrefix
};
