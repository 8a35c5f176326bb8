import {
  run
} from "./chunks/chunk-GALW7Q2G.js";
import "./chunks/chunk-TKIUHSQV.js";
import "./chunks/chunk-LFD3BB2D.js";
import "./chunks/chunk-OUA4VDMS.js";
import "./chunks/chunk-PGZGKWIN.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-OKGDWLLR.js";
import "./chunks/chunk-RFVOFJFX.js";
import "./chunks/chunk-S2HYHD6V.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-57RGRDFE.js";
import "./chunks/chunk-OKBEP5SG.js";
import "./chunks/chunk-GMYYM25C.js";
import "./chunks/chunk-NJIZENZ6.js";
import "./chunks/chunk-VFSO6U6C.js";
import "./chunks/chunk-GUPMF7TG.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
