import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-MYQEMW7D.js";
import "./chunk-YUVSAILZ.js";
import "./chunk-YLWCWBCQ.js";
import "./chunk-AWBNWAMW.js";
import "./chunk-TCI3XVNR.js";
import "./chunk-WQTWNQAW.js";
import "./chunk-OQXABIHW.js";
import "./chunk-CCCON3DT.js";
import "./chunk-QCKMG6X6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-NBYJXYBY.js";
import "./chunk-OHTCOEWW.js";
import "./chunk-NYS7MAU6.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-OO3URZX7.js";
import "./chunk-PG5BPKIX.js";
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
