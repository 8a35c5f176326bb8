import {
  canaryPercentArg,
  deployCommand,
  pointerJson,
  pointerText,
  promoteCommand,
  rollbackCommand
} from "./chunk-KZRPEKHD.js";
import "./chunk-OOPOEU7K.js";
import "./chunk-EAOWGWAA.js";
import "./chunk-DOLSZSKH.js";
import "./chunk-CPGNCF2V.js";
import "./chunk-MR24QVH3.js";
import "./chunk-YLWCWBCQ.js";
import "./chunk-F3NKB7HU.js";
import "./chunk-GY6KO52W.js";
import "./chunk-2LBCH35H.js";
import "./chunk-DUFEKFER.js";
import "./chunk-2H5MXFYS.js";
import "./chunk-NBYJXYBY.js";
import "./chunk-OHTCOEWW.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-NYS7MAU6.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-6H27HLM7.js";
import "./chunk-VAERPLCN.js";
import "./chunk-OO3URZX7.js";
import "./chunk-PG5BPKIX.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  canaryPercentArg,
  deployCommand,
  pointerJson,
  pointerText,
  promoteCommand,
  rollbackCommand
};
