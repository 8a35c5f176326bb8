import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-55DS4YLB.js";
import "./chunk-LVIQ7HZ4.js";
import "./chunk-5MNZ4I4V.js";
import "./chunk-DES3UGZR.js";
import "./chunk-7ZSERUCK.js";
import "./chunk-7RXUQSNX.js";
import "./chunk-FVKG4KE6.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-4AKSAZZ6.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-TXQE7KTN.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
