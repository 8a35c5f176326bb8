import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-P2YXDKYJ.js";
import "./chunk-CDMNMC7U.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
