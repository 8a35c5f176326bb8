import {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
} from "./chunk-5R44SLOY.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-ZWFAIWQW.js";
import "./chunk-AKMXPBBJ.js";
import "./chunk-CAGAAVCG.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
};
