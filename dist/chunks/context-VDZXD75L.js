import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-ONPGCSSF.js";
import "./chunk-DMM3Y673.js";
import "./chunk-IAQKOIK6.js";
import "./chunk-CCPQCK47.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
