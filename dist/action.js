import {
  run
} from "./chunks/chunk-JXZMOF2S.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-4G2N5PZY.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-OUKPZ6TG.js";
import "./chunks/chunk-V2JYVROK.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-ANAHZ27Z.js";
import "./chunks/chunk-4DXTGPQC.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-5I23GV63.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
