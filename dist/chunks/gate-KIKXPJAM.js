import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-DUE7CSFX.js";
import "./chunk-CW574IFD.js";
import "./chunk-3UQO3K74.js";
import "./chunk-NEX3MQQP.js";
import "./chunk-4ANLXEZX.js";
import "./chunk-YURNJ2VT.js";
import "./chunk-FHE6NST3.js";
import "./chunk-ASPIYCKD.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-6I3EGILK.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
};
