import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
} from "./chunk-COXA6SGP.js";
import "./chunk-HDOKJVSZ.js";
import "./chunk-DLXUQDVA.js";
import "./chunk-KTR63WAS.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-WL2XBJUI.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-KAQZ265V.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status
};
