import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  rollbackVersion
} from "./chunk-JY3E5GAN.js";
import "./chunk-SVQ3YVKU.js";
import "./chunk-DLXUQDVA.js";
import "./chunk-5GG4L2M6.js";
import "./chunk-KTR63WAS.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-WL2XBJUI.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-KAQZ265V.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  rollbackVersion
};
