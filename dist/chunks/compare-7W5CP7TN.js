import {
  COMPARE_ENV,
  compareVersions
} from "./chunk-PBP7VYL6.js";
import "./chunk-NABYLDUD.js";
import "./chunk-5SCA3WXZ.js";
import "./chunk-BK7DNCPO.js";
import "./chunk-3Y6ADQKO.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IGJGLJ3H.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-YNJ47U2A.js";
import "./chunk-64GSZUE7.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  COMPARE_ENV,
  compareVersions
};
