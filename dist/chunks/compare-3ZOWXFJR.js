import {
  COMPARE_ENV,
  compareVersions
} from "./chunk-A7ERWY2I.js";
import "./chunk-AWBNWAMW.js";
import "./chunk-OQXABIHW.js";
import "./chunk-CCCON3DT.js";
import "./chunk-NBYJXYBY.js";
import "./chunk-OHTCOEWW.js";
import "./chunk-NYS7MAU6.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-OO3URZX7.js";
import "./chunk-PG5BPKIX.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  COMPARE_ENV,
  compareVersions
};
