import {
  run
} from "./chunks/chunk-EIQZWXRR.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-GBW6Y7UG.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-4OLZEBR4.js";
import "./chunks/chunk-JWV5LIOH.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-DVO4EVYL.js";
import "./chunks/chunk-ZH5I36EU.js";
import "./chunks/chunk-LHVX64TL.js";
import "./chunks/chunk-TMRBYA4Y.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
