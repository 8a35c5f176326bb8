import {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
} from "./chunk-IEOM54UU.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-ZWFAIWQW.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
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
