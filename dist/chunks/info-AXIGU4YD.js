import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-TGESQZ2I.js";
import "./chunk-3GDJOLUZ.js";
import "./chunk-M7D42G3J.js";
import "./chunk-2TWN37FL.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-IIOVEBDI.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
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
