import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-CXQXVF37.js";
import "./chunks/chunk-PAVE4CFA.js";
import "./chunks/chunk-YS6HG6EN.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import "./chunks/chunk-CBZLATV5.js";
import "./chunks/chunk-B6KPDHNR.js";
import "./chunks/chunk-R7MA5WMG.js";
import "./chunks/chunk-5KAFH76O.js";
import "./chunks/chunk-JXHO6IE3.js";
import "./chunks/chunk-XNN4BKHL.js";
import "./chunks/chunk-ESMVFMX4.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
