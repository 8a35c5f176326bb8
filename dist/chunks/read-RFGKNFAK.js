import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  recordProvenRegistryFile,
  symlinkError,
  withArtifacts
} from "./chunk-CHKTWHVJ.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-QVPENZBI.js";
import "./chunk-GBMLMKAT.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  recordProvenRegistryFile,
  symlinkError,
  withArtifacts
};
