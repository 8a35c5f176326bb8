import {
  defaultHooks
} from "./chunk-75YGRBYM.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
