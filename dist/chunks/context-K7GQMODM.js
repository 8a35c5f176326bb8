import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-57I7QJFD.js";
import "./chunk-4AKSAZZ6.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-TXQE7KTN.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
