import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-Q3EAIZXT.js";
import "./chunk-L7F5A6BY.js";
import "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
