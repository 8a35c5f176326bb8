import {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
} from "./chunk-ZD5CGMTZ.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-NTUAMXYV.js";
import "./chunk-JCGVZRV7.js";
import "./chunk-LJ634PKH.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
};
