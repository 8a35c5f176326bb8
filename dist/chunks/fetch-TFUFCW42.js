import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-KXGCNA4V.js";
import "./chunk-MZDJHGEJ.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-VNR7K2JQ.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-MOAMLXGA.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-6MOYWGOY.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
