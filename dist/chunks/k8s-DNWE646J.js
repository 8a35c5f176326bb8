import {
  applyConfigMap,
  renderConfigMap
} from "./chunk-X2FGSYGI.js";
import "./chunk-GSJZESBB.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-VP3VSPSA.js";
import "./chunk-EWTBSM4O.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AKMXPBBJ.js";
import "./chunk-CAGAAVCG.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  applyConfigMap,
  renderConfigMap
};
