import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-4B32YKUG.js";
import "./chunk-MOAMLXGA.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-6MOYWGOY.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
