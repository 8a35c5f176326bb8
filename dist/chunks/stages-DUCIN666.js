import {
  defaultHooks
} from "./chunk-RD5REQKZ.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
