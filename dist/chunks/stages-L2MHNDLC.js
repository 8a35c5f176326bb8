import {
  defaultHooks
} from "./chunk-OUE6BGP3.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
