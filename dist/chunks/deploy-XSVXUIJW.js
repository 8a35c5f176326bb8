import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  rollbackVersion
} from "./chunk-JWMQYHLW.js";
import "./chunk-QXZMYWF7.js";
import "./chunk-U4OEHEJT.js";
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
  PipelineError,
  deployVersion,
  rollbackVersion
};
