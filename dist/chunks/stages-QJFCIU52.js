import {
  defaultHooks
} from "./chunk-WBEIAGUX.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
