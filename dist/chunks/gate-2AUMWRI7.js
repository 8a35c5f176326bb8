import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-TWQZDJOL.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-V5JPAR3T.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-KXGCNA4V.js";
import "./chunk-MZDJHGEJ.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-CLSXH6WR.js";
import "./chunk-VNR7K2JQ.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-MOAMLXGA.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-6MOYWGOY.js";
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
