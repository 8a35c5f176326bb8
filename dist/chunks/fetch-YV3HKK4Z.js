import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-TYQL2A5L.js";
import "./chunk-GQKT6QDE.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-YZTB6DXD.js";
import "./chunk-FIOKRTYX.js";
import "./chunk-LUBWSIGI.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ODTUJOAO.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
