import {
  defaultHooks
} from "./chunk-YBHIJ5DF.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
