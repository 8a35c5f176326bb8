import {
  run
} from "./chunks/chunk-NPPDWIJF.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-EQV6KZ3Q.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-LUBWSIGI.js";
import "./chunks/chunk-ECI3MMRM.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-L73SPP5G.js";
import "./chunks/chunk-G4C73WAK.js";
import "./chunks/chunk-ODTUJOAO.js";
import "./chunks/chunk-6SJ4G2FB.js";
import "./chunks/chunk-GFX6LF7J.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
