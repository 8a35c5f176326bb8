import {
  defaultHooks
} from "./chunk-5NE6NSLV.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
