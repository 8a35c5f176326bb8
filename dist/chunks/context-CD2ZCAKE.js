import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-L73SPP5G.js";
import "./chunk-G4C73WAK.js";
import "./chunk-ODTUJOAO.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
