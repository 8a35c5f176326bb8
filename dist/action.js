import {
  run
} from "./chunks/chunk-JBSJEYGI.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-GM3OU3NT.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-CLSXH6WR.js";
import "./chunks/chunk-VNR7K2JQ.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-4B32YKUG.js";
import "./chunks/chunk-MOAMLXGA.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-6MOYWGOY.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
