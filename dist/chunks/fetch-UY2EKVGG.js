import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-I2KVHGAT.js";
import "./chunk-OP2T2O7A.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-F7HHPZHK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AHHIFKQX.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-CVN2NFGO.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
