import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-ADWJGNVE.js";
import "./chunk-HY7DINBG.js";
import "./chunk-UB5SBNVL.js";
import "./chunk-QWVWUD3I.js";
import "./chunk-44UILN7A.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-MTRDMWH7.js";
import "./chunk-KCLQK2KD.js";
import "./chunk-WWEGL7SL.js";
import "./chunk-2MGFNKLJ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
};
