import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  deviceId,
  gateStageHooks,
  runGate,
  runSmoke
} from "./chunk-BVKN6S74.js";
import "./chunk-N3572SSH.js";
import "./chunk-JYLEHFCV.js";
import "./chunk-BILUBZBG.js";
import "./chunk-KWCIOCME.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  deviceId,
  gateStageHooks,
  runGate,
  runSmoke
};
