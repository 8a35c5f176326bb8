import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-TJ7BMHH4.js";
import "./chunk-5GGAVOLL.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-XKDK3TQA.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-UV2GFVBV.js";
import "./chunk-MR7FSY5S.js";
import "./chunk-64GSZUE7.js";
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
