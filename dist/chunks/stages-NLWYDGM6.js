import {
  defaultHooks
} from "./chunk-VDPUHQMF.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
