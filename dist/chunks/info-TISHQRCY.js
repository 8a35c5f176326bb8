import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-BNQ2TO7C.js";
import "./chunk-UJYOEFMX.js";
import "./chunk-QYHXO4YS.js";
import "./chunk-M7D42G3J.js";
import "./chunk-OUKPZ6TG.js";
import "./chunk-V2JYVROK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-5I23GV63.js";
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
