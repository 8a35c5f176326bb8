import {
  run
} from "./chunks/chunk-QVLUGQFZ.js";
import "./chunks/chunk-RRYCCU26.js";
import "./chunks/chunk-LVSQA4T3.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-EWTBSM4O.js";
import "./chunks/chunk-QXFYG55Z.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-7SI27JD2.js";
import "./chunks/chunk-RXDTIBGW.js";
import "./chunks/chunk-AKMXPBBJ.js";
import "./chunks/chunk-CAGAAVCG.js";
import "./chunks/chunk-VFSO6U6C.js";
import "./chunks/chunk-GUPMF7TG.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
