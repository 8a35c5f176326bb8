import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  rollbackVersion
} from "./chunk-4KUXJSWR.js";
import "./chunk-BGG7VOAM.js";
import "./chunk-U4OEHEJT.js";
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
  PipelineError,
  deployVersion,
  rollbackVersion
};
