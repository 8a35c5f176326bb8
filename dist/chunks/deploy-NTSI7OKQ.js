import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-AERWAR3R.js";
import "./chunk-EY7PSCHO.js";
import "./chunk-ZDDHGKC2.js";
import "./chunk-PVF64SQJ.js";
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
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
