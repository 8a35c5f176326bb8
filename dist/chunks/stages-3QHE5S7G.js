import {
  defaultHooks
} from "./chunk-LTQT263T.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
