import {
  run
} from "./chunks/chunk-A2ULKVJ6.js";
import "./chunks/chunk-HXYNDZRG.js";
import "./chunks/chunk-YIMCU5MQ.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-NYS7MAU6.js";
import "./chunks/chunk-S2HYHD6V.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import "./chunks/chunk-6H27HLM7.js";
import "./chunks/chunk-VAERPLCN.js";
import "./chunks/chunk-OO3URZX7.js";
import "./chunks/chunk-PG5BPKIX.js";
import "./chunks/chunk-VFSO6U6C.js";
import "./chunks/chunk-GUPMF7TG.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
