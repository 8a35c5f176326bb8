import {
  applyConfigMap,
  renderConfigMap
} from "./chunk-BPNFXTIF.js";
import "./chunk-K4XHQG6B.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-GZ34NKCK.js";
import "./chunk-NSOFLWCF.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  applyConfigMap,
  renderConfigMap
};
