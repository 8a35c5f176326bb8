import {
  defaultHooks
} from "./chunk-WJUPCG45.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
