import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-C3MX75HA.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-BVUDG4QF.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import "./chunks/chunk-X3R43V5G.js";
import "./chunks/chunk-R7MA5WMG.js";
import "./chunks/chunk-D4UB2G7R.js";
import "./chunks/chunk-QVPENZBI.js";
import "./chunks/chunk-GBMLMKAT.js";
import "./chunks/chunk-A3HGIDUV.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
