import {
  defaultHooks
} from "./chunk-POHKC657.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
