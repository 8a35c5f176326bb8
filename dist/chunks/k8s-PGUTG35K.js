import {
  applyConfigMap,
  renderConfigMap
} from "./chunk-ATQAOGOB.js";
import "./chunk-OZ7MY6PY.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-UROFRS5E.js";
import "./chunk-3F3EF5DZ.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-IAQKOIK6.js";
import "./chunk-CCPQCK47.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  applyConfigMap,
  renderConfigMap
};
