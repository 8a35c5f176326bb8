import {
  COMPARE_ENV,
  compareVersions
} from "./chunk-2GFNRBD5.js";
import "./chunk-SFJKREPF.js";
import "./chunk-OQXABIHW.js";
import "./chunk-CCCON3DT.js";
import "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  COMPARE_ENV,
  compareVersions
};
