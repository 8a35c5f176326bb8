import {
  defaultHooks
} from "./chunk-WNNDBU6D.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
