import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-ULOBBB7O.js";
import "./chunk-SBVS3T7J.js";
import "./chunk-OP2T2O7A.js";
import "./chunk-M7D42G3J.js";
import "./chunk-PUVGRFMM.js";
import "./chunk-F7HHPZHK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AHHIFKQX.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-CVN2NFGO.js";
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
