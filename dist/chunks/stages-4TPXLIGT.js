import {
  defaultHooks
} from "./chunk-X2AQSJKH.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
