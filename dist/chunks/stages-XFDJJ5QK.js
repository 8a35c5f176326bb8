import {
  defaultHooks
} from "./chunk-63JQ2324.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
