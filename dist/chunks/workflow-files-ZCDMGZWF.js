import {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
} from "./chunk-RNJL2GPQ.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-CDORPB5K.js";
import "./chunk-7DNWXUYK.js";
import "./chunk-2KQUPK52.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ACTIONLINT_CONFIG,
  REGISTRY_WORKFLOWS,
  WORKFLOW_DIR,
  registryWorkflowFiles,
  workflowProblems
};
