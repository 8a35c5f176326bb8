import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-NIKL25JE.js";
import "./chunk-3JCBYZB6.js";
import "./chunk-GUJ6STBA.js";
import "./chunk-AUTW7PWY.js";
import "./chunk-TEHUBAJ4.js";
import "./chunk-F4PT7POB.js";
import "./chunk-QEMUCMJQ.js";
import "./chunk-LILVJVWO.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-YNJ47U2A.js";
import "./chunk-64GSZUE7.js";
import "./chunk-TMRBYA4Y.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
