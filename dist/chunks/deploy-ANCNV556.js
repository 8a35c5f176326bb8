import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-4SFLHHWX.js";
import "./chunk-BSRG7JL7.js";
import "./chunk-MRXDLYI4.js";
import "./chunk-JTLBDFZO.js";
import "./chunk-CHKTWHVJ.js";
import "./chunk-X3R43V5G.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-QVPENZBI.js";
import "./chunk-GBMLMKAT.js";
import "./chunk-A3HGIDUV.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
