import {
  COMPARE_ENV,
  compareVersions
} from "./chunk-NVCP4GAC.js";
import "./chunk-6LYGQH2I.js";
import "./chunk-GQKT6QDE.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-LMZY4WCX.js";
import "./chunk-GZ34NKCK.js";
import "./chunk-NSOFLWCF.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  COMPARE_ENV,
  compareVersions
};
