import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-7SI27JD2.js";
import "./chunk-RXDTIBGW.js";
import "./chunk-AKMXPBBJ.js";
import "./chunk-CAGAAVCG.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
