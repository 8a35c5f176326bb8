import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-EJKORX3H.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-V5JPAR3T.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-I2KVHGAT.js";
import "./chunk-OP2T2O7A.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-PUVGRFMM.js";
import "./chunk-F7HHPZHK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-AHHIFKQX.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-CVN2NFGO.js";
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
