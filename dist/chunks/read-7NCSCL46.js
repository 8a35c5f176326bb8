import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-ZJQBQNZ6.js";
import "./chunk-QXEGSQVD.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  quantizationsOf,
  readArtifact,
  readRegistry,
  symlinkError,
  withArtifacts,
  withHistory
};
