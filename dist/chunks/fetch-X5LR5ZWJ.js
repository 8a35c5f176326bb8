import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-XUSSJPFU.js";
import "./chunk-SF5CSOE7.js";
import "./chunk-JAQS6HLS.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-HQUBCJ6J.js";
import "./chunk-ESAPJNBD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
