import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  symlinkError,
  withArtifacts,
  withHistory
} from "./chunk-OHTCOEWW.js";
import "./chunk-NYS7MAU6.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-OO3URZX7.js";
import "./chunk-PG5BPKIX.js";
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
