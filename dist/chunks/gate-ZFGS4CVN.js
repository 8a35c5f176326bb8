import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-35X6RD6F.js";
import "./chunk-AL5DA2G3.js";
import "./chunk-PBQ66HXW.js";
import "./chunk-ONVSBDHB.js";
import "./chunk-G7YEVJWP.js";
import "./chunk-C7BNMAAA.js";
import "./chunk-24LWVRXC.js";
import "./chunk-YDOM2S6Q.js";
import "./chunk-LBDB5AKG.js";
import "./chunk-WGNFNZKT.js";
import "./chunk-O6FURJ7S.js";
import "./chunk-J6H67WSJ.js";
import "./chunk-V2JYVROK.js";
import "./chunk-R7MA5WMG.js";
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
