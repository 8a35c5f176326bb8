import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-XI4KPT7X.js";
import "./chunk-ZXMK3T5C.js";
import "./chunk-XC73UDDP.js";
import "./chunk-RR7BT3PG.js";
import "./chunk-ZCJTQB6Q.js";
import "./chunk-BK7DNCPO.js";
import "./chunk-3Y6ADQKO.js";
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
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
