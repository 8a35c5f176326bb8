import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-V2BICVFR.js";
import "./chunk-TAD57GM5.js";
import "./chunk-MNSMOL6R.js";
import "./chunk-XMMONWD7.js";
import "./chunk-YURNJ2VT.js";
import "./chunk-XUSSJPFU.js";
import "./chunk-SF5CSOE7.js";
import "./chunk-CBYRQUNI.js";
import "./chunk-JAQS6HLS.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-HQUBCJ6J.js";
import "./chunk-ESAPJNBD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
};
