import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-FV7MBTWY.js";
import "./chunk-7ZSERUCK.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-FVKG4KE6.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-4AKSAZZ6.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-TXQE7KTN.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
