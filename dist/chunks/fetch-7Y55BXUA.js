import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-J2ZHWXLU.js";
import "./chunk-QYHXO4YS.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-V2JYVROK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-5I23GV63.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
