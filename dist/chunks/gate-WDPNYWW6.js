import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-DL5JAPDH.js";
import "./chunk-YUVSAILZ.js";
import "./chunk-YLWCWBCQ.js";
import "./chunk-TCI3XVNR.js";
import "./chunk-WQTWNQAW.js";
import "./chunk-YF7VWKF3.js";
import "./chunk-OQXABIHW.js";
import "./chunk-CCCON3DT.js";
import "./chunk-QCKMG6X6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-2YB33XP5.js";
import "./chunk-UROFRS5E.js";
import "./chunk-3F3EF5DZ.js";
import "./chunk-QXFYG55Z.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-IAQKOIK6.js";
import "./chunk-CCPQCK47.js";
import "./chunk-VFSO6U6C.js";
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
