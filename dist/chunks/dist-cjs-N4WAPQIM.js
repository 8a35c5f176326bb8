import {
  require_dist_cjs
} from "./chunk-XIRU2EYN.js";
import "./chunk-GWYTUX4A.js";
import "./chunk-SE6IUDCK.js";
export default require_dist_cjs();
