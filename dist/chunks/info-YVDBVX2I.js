import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  serverStatus,
  status,
  unpushedCommits
} from "./chunk-2XWVYLHL.js";
import "./chunk-DUFEKFER.js";
import "./chunk-OHTCOEWW.js";
import "./chunk-NLDSUV7B.js";
import "./chunk-NYS7MAU6.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-OO3URZX7.js";
import "./chunk-PG5BPKIX.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  serverStatus,
  status,
  unpushedCommits
};
