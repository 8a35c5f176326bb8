import {
  defaultHooks
} from "./chunk-CBBJYJQC.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
