import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-O7DBD224.js";
import "./chunk-PGYWSOQR.js";
import "./chunk-ONBHIL43.js";
import "./chunk-BLMPTZWY.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-GWYTUX4A.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
