import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-MC3JADCP.js";
import "./chunk-AUTW7PWY.js";
import "./chunk-F4PT7POB.js";
import "./chunk-VW2D6VUZ.js";
import "./chunk-QEMUCMJQ.js";
import "./chunk-LILVJVWO.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-YNJ47U2A.js";
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
