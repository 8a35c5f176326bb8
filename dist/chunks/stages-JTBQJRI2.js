import {
  defaultHooks
} from "./chunk-3LNCPFGC.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
