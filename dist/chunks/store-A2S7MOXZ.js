import {
  cachedFilePaths,
  downloadArtifact,
  fetchArtifact,
  scrubCachedFile
} from "./chunk-X7UMDTLJ.js";
import {
  FileStore,
  S3Store,
  artifactFiles,
  assertArtifactPresent,
  fsyncDir,
  isAwsEndpoint,
  locateObject,
  openStore,
  parseS3Uri
} from "./chunk-LYVQZEVO.js";
import "./chunk-2EI7A7T6.js";
import "./chunk-PLDNTDOW.js";
import {
  createFileProgress,
  createProgress
} from "./chunk-SBIHGHJX.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  FileStore,
  S3Store,
  artifactFiles,
  assertArtifactPresent,
  cachedFilePaths,
  createFileProgress,
  createProgress,
  downloadArtifact,
  fetchArtifact,
  fsyncDir,
  isAwsEndpoint,
  locateObject,
  openStore,
  parseS3Uri,
  scrubCachedFile
};
