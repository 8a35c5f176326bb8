import {
  run
} from "./chunks/chunk-DNY7XBXF.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-J5QDQAMC.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-A6PK2OFZ.js";
import "./chunks/chunk-QXEGSQVD.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-P2YXDKYJ.js";
import "./chunks/chunk-CDMNMC7U.js";
import "./chunks/chunk-7DNWXUYK.js";
import "./chunks/chunk-2KQUPK52.js";
import "./chunks/chunk-GFX6LF7J.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
