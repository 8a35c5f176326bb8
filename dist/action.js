import {
  run
} from "./chunks/chunk-YW4EMX6W.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-D36RGZAZ.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-AZ7DXTCV.js";
import "./chunks/chunk-ECI3MMRM.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-DVO4EVYL.js";
import "./chunks/chunk-ZH5I36EU.js";
import "./chunks/chunk-LHVX64TL.js";
import "./chunks/chunk-TMRBYA4Y.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
