import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-XIRU2EYN.js";
import "./chunk-GWYTUX4A.js";
import "./chunk-SE6IUDCK.js";
export default require_dist_cjs();
