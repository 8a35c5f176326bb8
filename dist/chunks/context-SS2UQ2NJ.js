import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultActor,
  openContext,
  silentLogger
} from "./chunk-5KAFH76O.js";
import "./chunk-JXHO6IE3.js";
import "./chunk-XNN4BKHL.js";
import "./chunk-ESMVFMX4.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  defaultActor,
  openContext,
  silentLogger
};
