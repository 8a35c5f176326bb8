import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
} from "./chunk-NG5VGQZK.js";
import "./chunk-PHNLOJJ4.js";
import "./chunk-C7BNMAAA.js";
import "./chunk-YDOM2S6Q.js";
import "./chunk-LBDB5AKG.js";
import "./chunk-CHKTWHVJ.js";
import "./chunk-O6FURJ7S.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-QVPENZBI.js";
import "./chunk-GBMLMKAT.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  cacheDirOf,
  download,
  fetchById,
  storeOf,
  storeStageHooks
};
