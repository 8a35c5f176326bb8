import {
  defaultHooks
} from "./chunk-S72CEJ7M.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
