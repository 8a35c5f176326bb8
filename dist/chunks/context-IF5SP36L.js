import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-6H27HLM7.js";
import "./chunk-VAERPLCN.js";
import "./chunk-OO3URZX7.js";
import "./chunk-PG5BPKIX.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
