import {
  defaultHooks
} from "./chunk-XS2OJ2BG.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
