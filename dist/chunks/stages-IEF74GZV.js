import {
  defaultHooks
} from "./chunk-OKTQVJUZ.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
