import {
  cachedFilePaths,
  downloadArtifact,
  fetchArtifact,
  scrubCachedFile
} from "./chunk-ZHWFVG5Q.js";
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
} from "./chunk-CCCON3DT.js";
import "./chunk-QCKMG6X6.js";
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
