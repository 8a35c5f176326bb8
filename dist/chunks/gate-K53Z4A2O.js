import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-T6OXGLFR.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-HLWBYCJ2.js";
import "./chunk-LGKEVIRE.js";
import "./chunk-KDLGN4DW.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-E6HOBVIS.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-F4PT7POB.js";
import "./chunk-QEMUCMJQ.js";
import "./chunk-LILVJVWO.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-YNJ47U2A.js";
import "./chunk-64GSZUE7.js";
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
