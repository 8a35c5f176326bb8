import {
  adapterGateInputs,
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
} from "./chunk-MSAJFMPS.js";
import "./chunk-KSIDFVOJ.js";
import "./chunk-24LWVRXC.js";
import "./chunk-EJWCNECY.js";
import "./chunk-LGKEVIRE.js";
import "./chunk-TYQL2A5L.js";
import "./chunk-GQKT6QDE.js";
import "./chunk-LYVQZEVO.js";
import "./chunk-E6HOBVIS.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-YZTB6DXD.js";
import "./chunk-FIOKRTYX.js";
import "./chunk-LUBWSIGI.js";
import "./chunk-ECI3MMRM.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-ODTUJOAO.js";
import "./chunk-6SJ4G2FB.js";
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
