import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-VF3WEN4L.js";
import "./chunk-LU6DG3LV.js";
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
