import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-FSKEXSRJ.js";
import "./chunk-ZKM4D2F5.js";
import "./chunk-MZDJHGEJ.js";
import "./chunk-M7D42G3J.js";
import "./chunk-CLSXH6WR.js";
import "./chunk-VNR7K2JQ.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-MOAMLXGA.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-6MOYWGOY.js";
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
