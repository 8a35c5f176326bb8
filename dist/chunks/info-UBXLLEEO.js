import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
} from "./chunk-KC7N6CPV.js";
import "./chunk-HY7DINBG.js";
import "./chunk-ZDDHGKC2.js";
import "./chunk-CBYRQUNI.js";
import "./chunk-HLSFVDC7.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-JAQS6HLS.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-HQUBCJ6J.js";
import "./chunk-ESAPJNBD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
};
