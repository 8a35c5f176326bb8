import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-55JT7XZT.js";
import "./chunk-RR7BT3PG.js";
import "./chunk-GZ34NKCK.js";
import "./chunk-NLDSUV7B.js";
import "./chunk-NSOFLWCF.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
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
