import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-GZ34NKCK.js";
import "./chunk-NSOFLWCF.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
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
