import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UWYV52K2.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-IZHY6A2N.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import "./chunks/chunk-7AN7IIIQ.js";
import "./chunks/chunk-T4NDIKYZ.js";
import "./chunks/chunk-R7MA5WMG.js";
import "./chunks/chunk-GHUZ3CCG.js";
import "./chunks/chunk-MEVB5DBL.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-TKITO2TM.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
