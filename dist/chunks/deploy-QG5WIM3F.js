import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-2DMOOAHH.js";
import "./chunk-MWNH5QYH.js";
import "./chunk-FHE6NST3.js";
import "./chunk-WHKQJB7S.js";
import "./chunk-VON5DLUV.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-ASPIYCKD.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-6I3EGILK.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
