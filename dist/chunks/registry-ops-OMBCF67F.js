import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization
} from "./chunk-OLWZ427Q.js";
import "./chunk-C5D57EJV.js";
import "./chunk-UB5SBNVL.js";
import "./chunk-QWVWUD3I.js";
import "./chunk-44UILN7A.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-MTRDMWH7.js";
import "./chunk-KCLQK2KD.js";
import "./chunk-WWEGL7SL.js";
import "./chunk-2MGFNKLJ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  blockArtifact,
  commitDeploy,
  commitPromote,
  commitRollback,
  liveEnvironments,
  planRollback,
  resolveQuantization
};
