import {
  defaultHooks
} from "./chunk-MDPLEUNE.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
