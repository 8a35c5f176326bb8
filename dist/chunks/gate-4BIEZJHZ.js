import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-A4FKHWLY.js";
import "./chunk-4D5KOYID.js";
import "./chunk-24LWVRXC.js";
import "./chunk-S54RUPTV.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-TJ7BMHH4.js";
import "./chunk-5GGAVOLL.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-ZETSD2IK.js";
import "./chunk-XKDK3TQA.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-UV2GFVBV.js";
import "./chunk-MR7FSY5S.js";
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
