import {
  run
} from "./chunks/chunk-KN2FUWHC.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-WQJVKI2H.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-4U3RKQV4.js";
import "./chunks/chunk-2TWN37FL.js";
import "./chunks/chunk-ZZZZUG2F.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-GFX6LF7J.js";
import "./chunks/chunk-IIOVEBDI.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-7DNWXUYK.js";
import "./chunks/chunk-2KQUPK52.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
