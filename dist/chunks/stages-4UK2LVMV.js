import {
  defaultHooks
} from "./chunk-M7KDGGDP.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
