import {
  run
} from "./chunks/chunk-AKJZNRRC.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-UVDCS6JK.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-NTUAMXYV.js";
import "./chunks/chunk-NSOFLWCF.js";
import "./chunks/chunk-ECI3MMRM.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-Q3EAIZXT.js";
import "./chunks/chunk-L7F5A6BY.js";
import "./chunks/chunk-JCGVZRV7.js";
import "./chunks/chunk-LJ634PKH.js";
import "./chunks/chunk-6SJ4G2FB.js";
import "./chunks/chunk-GFX6LF7J.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
