import {
  run
} from "./chunks/chunk-K3MA4OBL.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-IQXD6UCC.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-Y635AUIR.js";
import "./chunks/chunk-SBJTIQWU.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-7UCORXBI.js";
import "./chunks/chunk-X4HOINQT.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-TMRBYA4Y.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
