import {
  run
} from "./chunks/chunk-2J5W7MK7.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-C7G6ERMH.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-QEMUCMJQ.js";
import "./chunks/chunk-LILVJVWO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-5M7PUB3B.js";
import "./chunks/chunk-YNJ47U2A.js";
import "./chunks/chunk-64GSZUE7.js";
import "./chunks/chunk-TMRBYA4Y.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
