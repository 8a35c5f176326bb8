import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-NTAINTPW.js";
import "./chunk-HH57YD2O.js";
import "./chunk-GWYTUX4A.js";
import "./chunk-MSDSWZW5.js";
import "./chunk-RQXBX4D3.js";
import "./chunk-KWCIOCME.js";
import "./chunk-BLMPTZWY.js";
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
