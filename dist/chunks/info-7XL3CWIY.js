import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-33Z2WNKU.js";
import "./chunk-2T5CT356.js";
import "./chunk-3QLYMGCN.js";
import "./chunk-M7D42G3J.js";
import "./chunk-Y635AUIR.js";
import "./chunk-SBJTIQWU.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-X4HOINQT.js";
import "./chunk-XXDYKEZD.js";
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
