import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-HBUCM35I.js";
import "./chunk-XLTCPR7J.js";
import "./chunk-ZJESOS6Z.js";
import "./chunk-ZHX6IGTP.js";
import "./chunk-3STNEGGF.js";
import "./chunk-4OLZEBR4.js";
import "./chunk-JWV5LIOH.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ZH5I36EU.js";
import "./chunk-LHVX64TL.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
