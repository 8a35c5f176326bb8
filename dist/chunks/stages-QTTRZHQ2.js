import {
  defaultHooks
} from "./chunk-BXKWY3VA.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
