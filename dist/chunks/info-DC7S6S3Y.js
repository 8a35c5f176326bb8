import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-VSUAIY7F.js";
import "./chunk-ZJESOS6Z.js";
import "./chunk-3STNEGGF.js";
import "./chunk-NLDSUV7B.js";
import "./chunk-4OLZEBR4.js";
import "./chunk-JWV5LIOH.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ZH5I36EU.js";
import "./chunk-LHVX64TL.js";
import "./chunk-TMRBYA4Y.js";
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
