import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-LEZQHCUH.js";
import "./chunk-PO4IMG6C.js";
import "./chunk-DDJGILAZ.js";
import "./chunk-AVHTW3QB.js";
import "./chunk-PLFIZTC5.js";
import "./chunk-7AN7IIIQ.js";
import "./chunk-T4NDIKYZ.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-MEVB5DBL.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-PLG54UHY.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
