import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-2EKZN5E2.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-DLTMKEFQ.js";
import "./chunk-LGKEVIRE.js";
import "./chunk-M6NVNTPL.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-E6HOBVIS.js";
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
