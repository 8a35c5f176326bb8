import {
  run
} from "./chunks/chunk-7O5DIOWH.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-BEOYILQH.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-PUVGRFMM.js";
import "./chunks/chunk-F7HHPZHK.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-4GTDNHXH.js";
import "./chunks/chunk-AHHIFKQX.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-CVN2NFGO.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
