import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
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
  storeFileKey,
  storeMetadataKey,
  storePrefix
} from "./chunk-R7MA5WMG.js";
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
  storeFileKey,
  storeMetadataKey,
  storePrefix
};
