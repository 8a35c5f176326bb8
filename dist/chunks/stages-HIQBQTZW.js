import {
  defaultHooks
} from "./chunk-KG5S3MHJ.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
