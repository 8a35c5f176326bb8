import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-DDMH2XQV.js";
import "./chunk-KT7ZOZRV.js";
import "./chunk-SE6IUDCK.js";
export default require_dist_cjs();
