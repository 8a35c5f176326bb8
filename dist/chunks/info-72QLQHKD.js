import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MREG_VERSION,
  audit,
  history,
  llamaCppVersion,
  status,
  unpushedCommits
} from "./chunk-EDIOILTL.js";
import "./chunk-GB67JUJQ.js";
import "./chunk-P7BUS6ZD.js";
import "./chunk-M7D42G3J.js";
import "./chunk-CBZLATV5.js";
import "./chunk-B6KPDHNR.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-JXHO6IE3.js";
import "./chunk-XNN4BKHL.js";
import "./chunk-ESMVFMX4.js";
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
