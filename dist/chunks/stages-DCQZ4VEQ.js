import {
  defaultHooks
} from "./chunk-F3NKB7HU.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
