import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
} from "./chunk-5LKDHPLB.js";
import "./chunk-N4HQ2BI4.js";
import "./chunk-ZA3CVZ6Z.js";
import "./chunk-MSDSWZW5.js";
import "./chunk-RQXBX4D3.js";
import "./chunk-KWCIOCME.js";
import "./chunk-BLMPTZWY.js";
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
