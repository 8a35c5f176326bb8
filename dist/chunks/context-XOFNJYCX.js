import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-4GTDNHXH.js";
import "./chunk-AHHIFKQX.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-CVN2NFGO.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
