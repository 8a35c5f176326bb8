import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-RFYT77VT.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-V5JPAR3T.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-J2ZHWXLU.js";
import "./chunk-QYHXO4YS.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-OUKPZ6TG.js";
import "./chunk-V2JYVROK.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-5I23GV63.js";
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
