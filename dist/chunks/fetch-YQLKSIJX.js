import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-FKRSBZBL.js";
import "./chunk-KGYP6VR4.js";
import "./chunk-ATPKUUL7.js";
import "./chunk-RJRMN36Z.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-VON5DLUV.js";
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
