import {
  defaultHooks
} from "./chunk-64G5DFRQ.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
