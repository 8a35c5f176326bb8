import {
  defaultHooks
} from "./chunk-CZ774JI7.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
