import {
  defaultHooks
} from "./chunk-VT5QTM2Y.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
