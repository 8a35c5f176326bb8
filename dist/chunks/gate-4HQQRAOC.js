import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-JZPMPGAM.js";
import "./chunk-YUVSAILZ.js";
import "./chunk-YLWCWBCQ.js";
import "./chunk-SFJKREPF.js";
import "./chunk-R6KNFTBF.js";
import "./chunk-XIRHHIFP.js";
import "./chunk-OQXABIHW.js";
import "./chunk-CCCON3DT.js";
import "./chunk-QCKMG6X6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
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
