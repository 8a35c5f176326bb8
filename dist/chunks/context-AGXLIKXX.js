import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-5M7PUB3B.js";
import "./chunk-YNJ47U2A.js";
import "./chunk-64GSZUE7.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
