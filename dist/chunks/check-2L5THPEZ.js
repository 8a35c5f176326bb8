import {
  checkCanary
} from "./chunk-S4RUOM7K.js";
import "./chunk-PPZBBYQD.js";
import "./chunk-YUVSAILZ.js";
import "./chunk-AZWLCOPS.js";
import "./chunk-YXUU4W6Y.js";
import "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-OUA4VDMS.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-OKBEP5SG.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  checkCanary
};
