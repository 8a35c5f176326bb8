import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-LJM5K27N.js";
import "./chunk-ZJQBQNZ6.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-QXEGSQVD.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
