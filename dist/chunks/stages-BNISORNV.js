import {
  defaultHooks
} from "./chunk-NDT46SZD.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
