import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-GIRB5PFL.js";
import "./chunk-UIVBH4NL.js";
import "./chunk-BB5ZD2EZ.js";
import "./chunk-RR7BT3PG.js";
import "./chunk-SGJNNYMJ.js";
import "./chunk-YZTB6DXD.js";
import "./chunk-FIOKRTYX.js";
import "./chunk-LUBWSIGI.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-G4C73WAK.js";
import "./chunk-ODTUJOAO.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
