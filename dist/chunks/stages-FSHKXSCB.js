import {
  defaultHooks
} from "./chunk-QPERCWEM.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
