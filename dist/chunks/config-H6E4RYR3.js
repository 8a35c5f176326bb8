import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE,
  loadConfig,
  resolveStoreUri
} from "./chunk-ZH5I36EU.js";
import "./chunk-LHVX64TL.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE,
  loadConfig,
  resolveStoreUri
};
