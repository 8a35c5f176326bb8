import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-T7RASAFJ.js";
import "./chunk-3WGDSXSA.js";
import "./chunk-UJYOEFMX.js";
import "./chunk-PS5P44L2.js";
import "./chunk-QYHXO4YS.js";
import "./chunk-OUKPZ6TG.js";
import "./chunk-V2JYVROK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-5I23GV63.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
