import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultHooks
} from "./chunk-XPN7G4YM.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultHooks
};
