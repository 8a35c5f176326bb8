import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultHooks
} from "./chunk-33TSO6UH.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
