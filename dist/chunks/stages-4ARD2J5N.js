import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultHooks
} from "./chunk-ECXUVZZX.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
