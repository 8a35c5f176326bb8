import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
} from "./chunk-AS4ULRAH.js";
import "./chunk-HDOKJVSZ.js";
import "./chunk-ZA3CVZ6Z.js";
import "./chunk-BWJZIQKE.js";
import "./chunk-FERWEGPZ.js";
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
