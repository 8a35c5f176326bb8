import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-SUCB2D5K.js";
import "./chunk-24LWVRXC.js";
import "./chunk-C6EBIUA4.js";
import "./chunk-3AUXDHT3.js";
import "./chunk-WBMMCL2D.js";
import "./chunk-LAGGCNNQ.js";
import "./chunk-JDHRQ3KM.js";
import "./chunk-O77QO6VA.js";
import "./chunk-QWVWUD3I.js";
import "./chunk-MTRDMWH7.js";
import "./chunk-KCLQK2KD.js";
import "./chunk-WWEGL7SL.js";
import "./chunk-2MGFNKLJ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
};
