import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-K2Q7VQPS.js";
import "./chunk-OQVTSMRL.js";
import "./chunk-5RSFKHBM.js";
import "./chunk-FN5PL2LP.js";
import "./chunk-RR7BT3PG.js";
import "./chunk-SJ6KSARP.js";
import "./chunk-LMZY4WCX.js";
import "./chunk-GZ34NKCK.js";
import "./chunk-NSOFLWCF.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-L7F5A6BY.js";
import "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
