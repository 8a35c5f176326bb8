import type { Problem } from '../core/errors.js';
/**
 * The registry's workflows (pull-request gate, deploy/promote, rollback, canary), written by `mreg init`
 * from this package's own `.github/workflows/` with the environment choices of the registry being
 * created, and the check `mreg validate` runs on them: a choice list that names an environment the
 * registry does not have fails the run it starts, and one that leaves an environment out leaves
 * nobody a button to roll it back.
 */
export declare const WORKFLOW_DIR = ".github/workflows";
export declare const REGISTRY_WORKFLOWS: readonly ["registry-pr.yml", "deploy.yml", "rollback.yml", "canary.yml"];
export declare const ACTIONLINT_CONFIG = ".github/actionlint.yaml";
/**
 * The registry's workflows for `environments` (promotion order). `action` is what their steps `uses:`:
 * `./` in a repository that holds the action itself (this template), else `OWNER/REPO@REF`.
 */
export declare function registryWorkflowFiles(environments: string[], action?: string): Record<string, string>;
/**
 * Problems of the workflows in `root`/.github/workflows against the configured environments:
 * an `environment` choice that offers an unknown environment or leaves out one it must offer, and
 * a literal `environment:` the registry does not have. Line and column point at the YAML node.
 */
export declare function workflowProblems(root: string, environments: string[]): Problem[];
