import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-D4UB2G7R.js";
import "./chunk-QVPENZBI.js";
import "./chunk-GBMLMKAT.js";
import "./chunk-A3HGIDUV.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
