import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-2HUMOX7W.js";
import "./chunk-3NPFRBIF.js";
import "./chunk-5GGAVOLL.js";
import "./chunk-M7D42G3J.js";
import "./chunk-ZETSD2IK.js";
import "./chunk-XKDK3TQA.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-UV2GFVBV.js";
import "./chunk-MR7FSY5S.js";
import "./chunk-64GSZUE7.js";
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
