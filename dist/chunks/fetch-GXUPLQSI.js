import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-UQWZ6F5Q.js";
import "./chunk-3QLYMGCN.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-SBJTIQWU.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-X4HOINQT.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
