import {
  defaultHooks
} from "./chunk-GSBNDWUF.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
