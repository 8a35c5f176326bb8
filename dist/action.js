import {
  run
} from "./chunks/chunk-5KHOX6VT.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-OTU6ZUY7.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-NTUAMXYV.js";
import "./chunks/chunk-ZETSD2IK.js";
import "./chunks/chunk-XKDK3TQA.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-PX2YN6MY.js";
import "./chunks/chunk-UV2GFVBV.js";
import "./chunks/chunk-MR7FSY5S.js";
import "./chunks/chunk-64GSZUE7.js";
import "./chunks/chunk-TMRBYA4Y.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
