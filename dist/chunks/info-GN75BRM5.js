import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-45EM5HNC.js";
import "./chunk-MRXDLYI4.js";
import "./chunk-CHKTWHVJ.js";
import "./chunk-G6XMIB2X.js";
import "./chunk-X3R43V5G.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-QVPENZBI.js";
import "./chunk-GBMLMKAT.js";
import "./chunk-A3HGIDUV.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
};
