import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  defaultActor,
  loadConfig,
  openContext,
  resolveStoreUri,
  silentLogger
} from "./chunk-WL2XBJUI.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-KAQZ265V.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-SE6IUDCK.js";
export {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  defaultActor,
  loadConfig,
  openContext,
  resolveStoreUri,
  silentLogger
};
