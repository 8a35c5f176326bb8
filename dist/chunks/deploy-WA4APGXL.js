import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-3YWFFOME.js";
import "./chunk-ZIUWDT4D.js";
import "./chunk-L46LFNU2.js";
import "./chunk-5GPUJLCM.js";
import "./chunk-ZJQBQNZ6.js";
import "./chunk-A6PK2OFZ.js";
import "./chunk-QXEGSQVD.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-CDMNMC7U.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
import "./chunk-GFX6LF7J.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
