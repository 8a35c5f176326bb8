import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-NBE3LIRF.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-DLTMKEFQ.js";
import "./chunk-LGKEVIRE.js";
import "./chunk-4VS5K37W.js";
import "./chunk-HANO7OMU.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-E6HOBVIS.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-QTWUZGAS.js";
import "./chunk-MRMKOF2C.js";
import "./chunk-AZ7DXTCV.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
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
