import {
  run
} from "./chunks/chunk-AOULGJR2.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-OSZBXSH6.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-7RXUQSNX.js";
import "./chunks/chunk-FVKG4KE6.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-57I7QJFD.js";
import "./chunks/chunk-4AKSAZZ6.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-TXQE7KTN.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
