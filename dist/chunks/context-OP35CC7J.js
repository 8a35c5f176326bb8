import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-7UCORXBI.js";
import "./chunk-X4HOINQT.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
