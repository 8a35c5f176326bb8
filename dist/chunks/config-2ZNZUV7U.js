import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE,
  loadConfig,
  resolveStoreUri
} from "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
import "./chunk-6SJ4G2FB.js";
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
