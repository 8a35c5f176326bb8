import {
  defaultHooks
} from "./chunk-PHWCALJK.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
