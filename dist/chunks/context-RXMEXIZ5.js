import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-DVO4EVYL.js";
import "./chunk-ZH5I36EU.js";
import "./chunk-LHVX64TL.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
