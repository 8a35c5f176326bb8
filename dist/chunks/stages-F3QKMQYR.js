import {
  defaultHooks
} from "./chunk-TOHNAR3X.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
