import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-KXR5J5N3.js";
import "./chunk-T3VW6MYR.js";
import "./chunk-VAPLNXOQ.js";
import "./chunk-CBD5SVYV.js";
import "./chunk-KWCIOCME.js";
import "./chunk-IGKNCRU4.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
