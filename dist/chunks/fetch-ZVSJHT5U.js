import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-YXO6GQUH.js";
import "./chunk-T3VW6MYR.js";
import "./chunk-BWJZIQKE.js";
import "./chunk-FERWEGPZ.js";
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
