import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-HULV5IPO.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-EBTPTYE5.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import "./chunks/chunk-QIJQTKPU.js";
import "./chunks/chunk-MRNG3GI2.js";
import "./chunks/chunk-R7MA5WMG.js";
import "./chunks/chunk-3MQLPOAX.js";
import "./chunks/chunk-HBCMGWHK.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-LSSFZVQY.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
