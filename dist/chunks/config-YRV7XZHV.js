import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE,
  loadConfig,
  resolveStoreUri
} from "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
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
