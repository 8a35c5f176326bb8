import {
  defaultHooks
} from "./chunk-YG7EHXIE.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
