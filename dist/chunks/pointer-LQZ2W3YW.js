import {
  canaryPercentArg,
  deployCommand,
  pointerJson,
  pointerText,
  promoteCommand,
  rollbackCommand
} from "./chunk-FTOWRAI5.js";
import "./chunk-OOPOEU7K.js";
import "./chunk-EAOWGWAA.js";
import "./chunk-IV45DCAH.js";
import "./chunk-PPZBBYQD.js";
import "./chunk-YLWCWBCQ.js";
import "./chunk-GSBNDWUF.js";
import "./chunk-NZM3GUM3.js";
import "./chunk-AZWLCOPS.js";
import "./chunk-YXUU4W6Y.js";
import "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-OUA4VDMS.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-57RGRDFE.js";
import "./chunk-OKBEP5SG.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  canaryPercentArg,
  deployCommand,
  pointerJson,
  pointerText,
  promoteCommand,
  rollbackCommand
};
