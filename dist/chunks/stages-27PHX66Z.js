import {
  defaultHooks
} from "./chunk-NDBXGOWL.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
