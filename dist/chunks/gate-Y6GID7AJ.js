import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-4WSXCDMM.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-V5JPAR3T.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-UQWZ6F5Q.js";
import "./chunk-3QLYMGCN.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-Y635AUIR.js";
import "./chunk-SBJTIQWU.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-X4HOINQT.js";
import "./chunk-XXDYKEZD.js";
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
