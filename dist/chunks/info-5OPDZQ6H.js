import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
} from "./chunk-L6DPUGEN.js";
import "./chunk-HDOKJVSZ.js";
import "./chunk-3NNKCBWN.js";
import "./chunk-IHYWJOWI.js";
import "./chunk-V4NTRLSL.js";
import "./chunk-KWCIOCME.js";
import "./chunk-VON5DLUV.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
};
