import {
  defaultHooks
} from "./chunk-YOYH7XZ5.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
