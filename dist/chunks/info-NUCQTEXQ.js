import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-EAXRGGXD.js";
import "./chunk-KM72Q6QD.js";
import "./chunk-VP3VSPSA.js";
import "./chunk-NLDSUV7B.js";
import "./chunk-EWTBSM4O.js";
import "./chunk-QXFYG55Z.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AKMXPBBJ.js";
import "./chunk-CAGAAVCG.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
};
