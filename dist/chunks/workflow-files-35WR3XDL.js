import {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
} from "./chunk-INXMD6KN.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-CDORPB5K.js";
import "./chunk-MOAMLXGA.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-6MOYWGOY.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
};
