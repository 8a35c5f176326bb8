import {
  defaultHooks
} from "./chunk-BH567ELS.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
