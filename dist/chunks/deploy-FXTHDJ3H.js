import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-AXARJIIA.js";
import "./chunk-G3CKLB4B.js";
import "./chunk-7A4WPG3U.js";
import "./chunk-RLL7L4HD.js";
import "./chunk-4NDWQJ5Z.js";
import "./chunk-J6H67WSJ.js";
import "./chunk-V2JYVROK.js";
import "./chunk-R7MA5WMG.js";
import "./chunk-4DXTGPQC.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-KUW5TFUA.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
