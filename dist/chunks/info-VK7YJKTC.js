import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-NNEONJSO.js";
import "./chunk-L46LFNU2.js";
import "./chunk-ZJQBQNZ6.js";
import "./chunk-M7D42G3J.js";
import "./chunk-A6PK2OFZ.js";
import "./chunk-QXEGSQVD.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
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
