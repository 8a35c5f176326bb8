import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-3XXLG73L.js";
import "./chunk-AL5DA2G3.js";
import "./chunk-PBQ66HXW.js";
import "./chunk-OF7VZIU6.js";
import "./chunk-G7YEVJWP.js";
import "./chunk-C7BNMAAA.js";
import "./chunk-24LWVRXC.js";
import "./chunk-YDOM2S6Q.js";
import "./chunk-LBDB5AKG.js";
import "./chunk-RWBE42P4.js";
import "./chunk-O6FURJ7S.js";
import "./chunk-QIJQTKPU.js";
import "./chunk-MRNG3GI2.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-HBCMGWHK.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-LSSFZVQY.js";
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
