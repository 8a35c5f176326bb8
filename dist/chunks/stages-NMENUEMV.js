import {
  defaultHooks
} from "./chunk-H6GEYRNI.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
