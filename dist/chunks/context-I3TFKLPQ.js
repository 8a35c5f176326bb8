import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-4GQNFB6A.js";
import "./chunk-HLSFVDC7.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-HQUBCJ6J.js";
import "./chunk-ESAPJNBD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
