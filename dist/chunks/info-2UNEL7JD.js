import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
} from "./chunk-32ADOYR2.js";
import "./chunk-HDOKJVSZ.js";
import "./chunk-FHE6NST3.js";
import "./chunk-VON5DLUV.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-JPNGXAMW.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-QVIJ2WCV.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
};
