import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-FIOKRTYX.js";
import "./chunk-LUBWSIGI.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ODTUJOAO.js";
import "./chunk-6SJ4G2FB.js";
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
