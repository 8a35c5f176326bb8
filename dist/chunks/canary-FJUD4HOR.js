import {
  abortCanary,
  analysisVerdict,
  commitCanaryStart,
  promoteCanary,
  readCanary,
  setCanaryPercent
} from "./chunk-CPGNCF2V.js";
import "./chunk-MR24QVH3.js";
import "./chunk-2LBCH35H.js";
import "./chunk-DUFEKFER.js";
import "./chunk-2H5MXFYS.js";
import "./chunk-NBYJXYBY.js";
import "./chunk-OHTCOEWW.js";
import "./chunk-NYS7MAU6.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-VAERPLCN.js";
import "./chunk-OO3URZX7.js";
import "./chunk-PG5BPKIX.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  abortCanary,
  analysisVerdict,
  commitCanaryStart,
  promoteCanary,
  readCanary,
  setCanaryPercent
};
