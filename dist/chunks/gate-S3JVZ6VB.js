import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-UPFC2LHA.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-5LX2R2O2.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-LJM5K27N.js";
import "./chunk-ZJQBQNZ6.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-A6PK2OFZ.js";
import "./chunk-QXEGSQVD.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
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
