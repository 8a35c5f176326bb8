import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-QNRRHJTD.js";
import "./chunk-OQXABIHW.js";
import "./chunk-CCCON3DT.js";
import "./chunk-LQVHZ4MD.js";
import "./chunk-VP3VSPSA.js";
import "./chunk-EWTBSM4O.js";
import "./chunk-QXFYG55Z.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AKMXPBBJ.js";
import "./chunk-CAGAAVCG.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
