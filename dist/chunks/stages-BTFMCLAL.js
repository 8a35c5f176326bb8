import {
  defaultHooks
} from "./chunk-6UAM6SUJ.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
