import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-GT2PN6EW.js";
import "./chunk-RR7BT3PG.js";
import "./chunk-FIOKRTYX.js";
import "./chunk-NLDSUV7B.js";
import "./chunk-LUBWSIGI.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ODTUJOAO.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-GFX6LF7J.js";
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
