import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-CUOP7BCM.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-VVMW4D3R.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import "./chunks/chunk-J6H67WSJ.js";
import "./chunks/chunk-V2JYVROK.js";
import "./chunks/chunk-R7MA5WMG.js";
import "./chunks/chunk-Q3ZFWJF5.js";
import "./chunks/chunk-4DXTGPQC.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-5I23GV63.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/action/index.ts
await run();
