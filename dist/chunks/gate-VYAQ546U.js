import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-6ZMK5MWI.js";
import "./chunk-EFQV65ZR.js";
import "./chunk-QUPBOIGL.js";
import "./chunk-DHT5G356.js";
import "./chunk-GQU2BJMH.js";
import "./chunk-3JCBYZB6.js";
import "./chunk-F4PT7POB.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
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
