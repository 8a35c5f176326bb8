import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-VP3VSPSA.js";
import "./chunk-EWTBSM4O.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AKMXPBBJ.js";
import "./chunk-CAGAAVCG.js";
import "./chunk-VFSO6U6C.js";
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
