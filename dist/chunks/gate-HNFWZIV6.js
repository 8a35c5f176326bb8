import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-CDJCMZFN.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-O4V3EQJT.js";
import "./chunk-NCGTKCFO.js";
import "./chunk-XARQSGTF.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-2EI7A7T6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-3STNEGGF.js";
import "./chunk-4OLZEBR4.js";
import "./chunk-JWV5LIOH.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ZH5I36EU.js";
import "./chunk-LHVX64TL.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
};
