import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-CPON6VJZ.js";
import "./chunk-OAKEWGI6.js";
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
