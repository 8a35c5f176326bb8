import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-XLVUSCI6.js";
import "./chunk-KM72Q6QD.js";
import "./chunk-UROFRS5E.js";
import "./chunk-NLDSUV7B.js";
import "./chunk-3F3EF5DZ.js";
import "./chunk-QXFYG55Z.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-IAQKOIK6.js";
import "./chunk-CCPQCK47.js";
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
