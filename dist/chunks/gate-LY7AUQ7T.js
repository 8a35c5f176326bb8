import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-CYXKUZR6.js";
import "./chunk-24LWVRXC.js";
import "./chunk-P64T5I2W.js";
import "./chunk-PBQ66HXW.js";
import "./chunk-NG5VGQZK.js";
import "./chunk-PHNLOJJ4.js";
import "./chunk-C7BNMAAA.js";
import "./chunk-YDOM2S6Q.js";
import "./chunk-LBDB5AKG.js";
import "./chunk-CHKTWHVJ.js";
import "./chunk-O6FURJ7S.js";
import "./chunk-X3R43V5G.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-QVPENZBI.js";
import "./chunk-GBMLMKAT.js";
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
