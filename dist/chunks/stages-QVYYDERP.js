import {
  defaultHooks
} from "./chunk-EHVGGX3R.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
