import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-4U3RKQV4.js";
import "./chunk-ZZZZUG2F.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-IIOVEBDI.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
