import {
  applyConfigMap,
  renderConfigMap
} from "./chunk-6WFVGIKL.js";
import "./chunk-MSUMXUZ5.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-OUA4VDMS.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  applyConfigMap,
  renderConfigMap
};
