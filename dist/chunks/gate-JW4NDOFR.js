import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-UN4Q7A2A.js";
import "./chunk-U55CA5QA.js";
import "./chunk-PBQ66HXW.js";
import "./chunk-TJEMTFPG.js";
import "./chunk-L6NR6QRB.js";
import "./chunk-C7BNMAAA.js";
import "./chunk-24LWVRXC.js";
import "./chunk-YDOM2S6Q.js";
import "./chunk-LBDB5AKG.js";
import "./chunk-P7BUS6ZD.js";
import "./chunk-O6FURJ7S.js";
import "./chunk-CBZLATV5.js";
import "./chunk-B6KPDHNR.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-JXHO6IE3.js";
import "./chunk-XNN4BKHL.js";
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
