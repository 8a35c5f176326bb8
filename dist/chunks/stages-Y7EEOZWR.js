import {
  defaultHooks
} from "./chunk-WVITXQMW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
