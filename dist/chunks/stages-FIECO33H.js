import {
  defaultHooks
} from "./chunk-QZGFB3AN.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
