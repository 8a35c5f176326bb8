import {
  registryWorkflowFiles
} from "./chunk-IEOM54UU.js";
import {
  STARTER_SUITE,
  defaultEvalFiles
} from "./chunk-ZWFAIWQW.js";
import {
  emptyRegistry
} from "./chunk-OKGDWLLR.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  REGISTRY_FILE
} from "./chunk-GMYYM25C.js";
import {
  config_schema_default,
  metadata_schema_default,
  registry_schema_default
} from "./chunk-NJIZENZ6.js";
import {
  formatJson,
  formatRegistryJson
} from "./chunk-VFSO6U6C.js";
import {
  commitMessage,
  commitPaths,
  gitRunner,
  openRepo
} from "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/init.ts
import { access, mkdir, realpath, writeFile } from "node:fs/promises";
import path from "node:path";
var exists = (p) => access(p).then(
  () => !0,
  () => !1
);
async function ensureRepository(dir) {
  let top = await gitRunner(dir).raw(["rev-parse", "--show-toplevel"]).then(
    (t) => t.trim(),
    () => null
  ), isRepo = top !== null && await realpath(top) === await realpath(dir);
  return isRepo || await gitRunner(dir).raw(["init", "--quiet", "--initial-branch=main"]), isRepo;
}
function starterConfig(o, environments) {
  return {
    schema_version: 1,
    store: o.store ?? ".mreg-store",
    environments,
    // The gate written out in full, so a team sees (and reviews changes to) every threshold.
    gate: {
      enabled: !0,
      // Perplexity on a neutral text and latency: no accuracy items, so the accuracy floor below
      // applies only once the team writes items of its own tasks into the suite.
      suite: STARTER_SUITE,
      backend: "llama",
      default_max_regression: 0.05,
      inconclusive: "block",
      budget_s: DEFAULT_CONFIG.gate.budget_s,
      metrics: DEFAULT_CONFIG.gate.metrics
    },
    smoke: { enabled: !0, timeout_ms: 3e4 },
    cache: { dir: ".mreg-cache", keep: 3 },
    download: { part_size_mb: 16, concurrency: 8 }
  };
}
async function writeInitFiles(root, files) {
  let written = [];
  for (let [rel, content] of Object.entries(files)) {
    let abs = path.join(root, rel);
    (rel.startsWith("schemas/") || rel.startsWith("eval/")) && await exists(abs) || (await mkdir(path.dirname(abs), { recursive: !0 }), await writeFile(abs, content), written.push(rel));
  }
  let gitignore = path.join(root, ".gitignore");
  return await exists(gitignore) || (await writeFile(gitignore, `.mreg-cache/
.mreg-store/
`), written.push(".gitignore")), written;
}
async function initRepository(o) {
  let dir = path.resolve(o.dir);
  await mkdir(dir, { recursive: !0 });
  let environments = o.environments ?? ["staging", "production"];
  if (await exists(path.join(dir, REGISTRY_FILE)))
    throw new MregError("EXISTS", `${path.join(dir, REGISTRY_FILE)} already exists; nothing was changed`);
  let isRepo = await ensureRepository(dir), repo = await openRepo(dir), config = starterConfig(o, environments), action = o.action ?? (await exists(path.join(repo.root, "action.yml")) ? "./" : void 0), workflows = action ? registryWorkflowFiles(environments, action) : {}, workflowsSkipped = action ? void 0 : "no .github/workflows written: this repository does not hold the action; pass --action OWNER/gitops-model-registry@REF to write them", files = {
    [REGISTRY_FILE]: formatRegistryJson(emptyRegistry(environments)),
    [CONFIG_FILE]: formatJson(config),
    "registry/models/.gitkeep": "",
    "schemas/metadata.schema.json": formatJson(metadata_schema_default),
    "schemas/registry.schema.json": formatJson(registry_schema_default),
    "schemas/config.schema.json": formatJson(config_schema_default),
    // The default gate suite, so a new registry can gate deploys before it writes its own.
    ...defaultEvalFiles(),
    ...workflows,
    ...o.extraFiles
  }, written = await writeInitFiles(repo.root, files), commit = await commitPaths(
    repo,
    written,
    commitMessage(`init: model registry (${environments.join(", ")})`, null, { "Mreg-Action": "init" })
  );
  return {
    root: repo.root,
    files: written,
    commit,
    createdRepository: !isRepo,
    ...workflowsSkipped ? { workflowsSkipped } : {}
  };
}

export {
  initRepository
};
