import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultEvalFiles
} from "./chunk-CDORPB5K.js";
import {
  emptyRegistry
} from "./chunk-UB5SBNVL.js";
import {
  commitMessage,
  commitPaths,
  openRepo
} from "./chunk-44UILN7A.js";
import {
  simpleGit
} from "./chunk-Y52MQDP2.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  REGISTRY_FILE
} from "./chunk-WWEGL7SL.js";
import {
  formatJson,
  formatRegistryJson
} from "./chunk-2MGFNKLJ.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/init.ts
import { access, mkdir, realpath, writeFile } from "node:fs/promises";
import path from "node:path";

// schemas/metadata.schema.json
var metadata_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://gitops-model-registry.dev/schemas/metadata.schema.json",
  title: "Artifact metadata",
  description: "One immutable model artifact: registry/models/<model>/<model>-v<x.y.z>-<quant>.json, and the JSON beside the artifact in the store.",
  type: "object",
  additionalProperties: !1,
  required: ["model", "version", "base_model", "quantization", "benchmark_score", "created_at", "parent_version", "kind", "status", "artifact"],
  properties: {
    model: { $ref: "#/$defs/model" },
    version: { $ref: "#/$defs/version" },
    base_model: { type: "string", minLength: 1, maxLength: 200 },
    quantization: { $ref: "#/$defs/quantization" },
    benchmark_score: { type: ["number", "null"] },
    created_at: { type: "string", format: "date-time" },
    parent_version: { oneOf: [{ $ref: "#/$defs/version" }, { type: "null" }] },
    kind: { enum: ["gguf", "lora", "full"] },
    status: { enum: ["active", "superseded", "blocked"] },
    artifact: { $ref: "#/$defs/file" },
    files: { type: "array", minItems: 1, maxItems: 1e3, items: { $ref: "#/$defs/file" } },
    base: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "sha256"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*-v(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})-[a-z0-9][a-z0-9_]*$", maxLength: 200 },
        sha256: { $ref: "#/$defs/sha256" }
      }
    },
    blocked_reason: { type: "string", maxLength: 2e3 },
    description: { type: "string", maxLength: 2e3 }
  },
  allOf: [
    { if: { properties: { kind: { const: "lora" } } }, then: { required: ["base"] } },
    { if: { properties: { status: { const: "blocked" } } }, then: { required: ["blocked_reason"] } }
  ],
  $defs: {
    model: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*$", maxLength: 128 },
    version: { type: "string", pattern: "^(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})\\.(0|[1-9][0-9]{0,14})$", maxLength: 64 },
    quantization: { type: "string", pattern: "^[a-z0-9][a-z0-9_]*$", maxLength: 32 },
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
    file: {
      type: "object",
      additionalProperties: !1,
      required: ["uri", "sha256", "size"],
      properties: {
        uri: { type: "string", pattern: "^(s3|file)://", maxLength: 2048 },
        sha256: { $ref: "#/$defs/sha256" },
        size: { type: "integer", minimum: 0 }
      }
    }
  }
};

// schemas/registry.schema.json
var registry_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://gitops-model-registry.dev/schemas/registry.schema.json",
  title: "Deployment registry",
  description: "registry/registry.json: each environment's active pointer and the deployment history.",
  type: "object",
  additionalProperties: !1,
  required: ["schema_version", "environments", "history"],
  properties: {
    schema_version: { const: 1 },
    environments: {
      type: "object",
      propertyNames: { $ref: "#/$defs/env" },
      maxProperties: 64,
      additionalProperties: {
        oneOf: [
          { type: "null" },
          {
            type: "object",
            additionalProperties: !1,
            required: ["model", "version", "quantization", "history_id"],
            properties: {
              model: { $ref: "metadata.schema.json#/$defs/model" },
              version: { $ref: "metadata.schema.json#/$defs/version" },
              quantization: { $ref: "metadata.schema.json#/$defs/quantization" },
              history_id: { type: "integer", minimum: 1 }
            }
          }
        ]
      }
    },
    history: { type: "array", items: { $ref: "#/$defs/entry" } }
  },
  $defs: {
    env: { type: "string", pattern: "^[a-z][a-z0-9_-]*$", maxLength: 64 },
    entry: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "env", "model", "version", "quantization", "deployed_at", "rolled_back", "metrics", "action", "actor", "reason", "previous_version"],
      properties: {
        id: { type: "integer", minimum: 1 },
        env: { $ref: "#/$defs/env" },
        model: { $ref: "metadata.schema.json#/$defs/model" },
        version: { $ref: "metadata.schema.json#/$defs/version" },
        quantization: { $ref: "metadata.schema.json#/$defs/quantization" },
        deployed_at: { type: "string", format: "date-time" },
        rolled_back: { type: "boolean" },
        metrics: {
          oneOf: [
            { type: "null" },
            { type: "object", maxProperties: 100, additionalProperties: { type: ["number", "null"] } }
          ]
        },
        action: { enum: ["deploy", "promote", "rollback"] },
        actor: { type: "string", minLength: 1, maxLength: 200 },
        reason: { type: ["string", "null"], maxLength: 2e3 },
        previous_version: { oneOf: [{ $ref: "metadata.schema.json#/$defs/version" }, { type: "null" }] },
        previous_quantization: { oneOf: [{ $ref: "metadata.schema.json#/$defs/quantization" }, { type: "null" }] },
        gate: { enum: ["pass", "fail", "inconclusive", "skipped", "not-configured"] },
        gated_by: { type: "integer", minimum: 1, description: "The history entry whose gate run gave this entry its verdict and metrics: a promotion carries its source's record." },
        from_env: { $ref: "#/$defs/env" },
        explicit_target: { type: "boolean", description: "A rollback to a version named explicitly (rollback --to): the entry it left is not judged bad by later rollbacks." }
      }
    }
  }
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://gitops-model-registry.dev/schemas/config.schema.json",
  title: "Registry configuration",
  description: "registry/config.json: the artifact store, the environments in promotion order, gate thresholds, smoke tests, cache and download settings.",
  type: "object",
  additionalProperties: !1,
  required: ["schema_version", "store", "environments"],
  properties: {
    schema_version: { const: 1 },
    store: { type: "string", minLength: 1, maxLength: 2048 },
    s3: {
      type: "object",
      additionalProperties: !1,
      properties: {
        endpoint: { type: "string", format: "uri" },
        region: { type: "string" },
        force_path_style: { type: "boolean" }
      }
    },
    environments: {
      type: "array",
      minItems: 1,
      maxItems: 64,
      uniqueItems: !0,
      items: { $ref: "registry.schema.json#/$defs/env" }
    },
    gate: {
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: { type: "boolean" },
        suite: { type: "string" },
        backend: { enum: ["llama", "openai", "command"] },
        openai_url: { type: "string" },
        command: { type: "array", items: { type: "string" } },
        default_max_regression: { type: "number", minimum: 0, maximum: 1, description: "Largest tolerated relative regression, 0.05 = 5% worse; at most 1 (twice as slow)." },
        inconclusive: { enum: ["block", "allow"], description: "An inconclusive gate (the time budget ran out before the paired measurements could decide) blocks the deploy (default) or lets it through, recorded." },
        budget_s: { type: "number", minimum: 1, maximum: 86400, description: "Time budget of the paired performance sampling, in seconds (default 30): sampling stops as soon as every performance metric is decided, and the gate is inconclusive when the budget runs out first." },
        max_pairs: { type: "integer", minimum: 12, maximum: 1e5, description: "Most candidate/baseline pairs the performance sampling takes (default 1200)." },
        confidence: { type: "number", exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: "Overall confidence of a performance verdict across all looks of the sequential test (default 0.95)." },
        quantization_allowance: {
          type: "object",
          description: "Expected perplexity increase of each quantization family relative to f16 (0.028 = +2.8%), used to compare quality across families. Defaults from llama.cpp's published figures.",
          propertyNames: { pattern: "^[a-z0-9_]+$" },
          additionalProperties: { type: "number", minimum: -0.5, maximum: 10 }
        },
        metrics: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: !1,
            required: ["direction"],
            properties: {
              direction: { enum: ["lower", "higher"] },
              max_regression: { type: "number", minimum: 0, maximum: 1 },
              absolute: { type: "number" },
              quality: { type: "boolean" }
            }
          }
        }
      }
    },
    smoke: {
      type: "object",
      additionalProperties: !1,
      properties: {
        enabled: { type: "boolean" },
        timeout_ms: { type: "integer", minimum: 100 },
        prompts: { type: "array", items: { type: "string" } }
      }
    },
    cache: {
      type: "object",
      additionalProperties: !1,
      properties: {
        dir: { type: "string" },
        keep: { type: "integer", minimum: 1 }
      }
    },
    download: {
      type: "object",
      additionalProperties: !1,
      properties: {
        part_size_mb: { type: "integer", minimum: 1 },
        concurrency: { type: "integer", minimum: 1, maximum: 64 }
      }
    },
    push: {
      type: "object",
      additionalProperties: !1,
      properties: {
        retries: { type: "integer", minimum: 0, maximum: 100 }
      }
    }
  }
};

// src/ops/init.ts
var exists = (p) => access(p).then(
  () => !0,
  () => !1
);
async function initRepository(o) {
  let dir = path.resolve(o.dir);
  await mkdir(dir, { recursive: !0 });
  let environments = o.environments ?? ["staging", "production"];
  if (await exists(path.join(dir, REGISTRY_FILE))) throw new MregError("EXISTS", `${path.join(dir, REGISTRY_FILE)} already exists; nothing was changed`);
  let top = await simpleGit({ baseDir: dir }).raw(["rev-parse", "--show-toplevel"]).then(
    (t) => t.trim(),
    () => null
  ), isRepo = top !== null && await realpath(top) === await realpath(dir);
  isRepo || await simpleGit({ baseDir: dir }).raw(["init", "--quiet", "--initial-branch=main"]);
  let repo = await openRepo(dir), config = {
    schema_version: 1,
    store: o.store ?? ".mreg-store",
    environments,
    // The gate written out in full, so a team sees (and reviews changes to) every threshold.
    gate: {
      enabled: !0,
      suite: "eval/default-suite.json",
      backend: "llama",
      default_max_regression: 0.05,
      inconclusive: "block",
      budget_s: DEFAULT_CONFIG.gate.budget_s,
      metrics: DEFAULT_CONFIG.gate.metrics
    },
    smoke: { enabled: !0, timeout_ms: 3e4 },
    cache: { dir: ".mreg-cache", keep: 3 },
    download: { part_size_mb: 16, concurrency: 8 }
  }, files = {
    [REGISTRY_FILE]: formatRegistryJson(emptyRegistry(environments)),
    [CONFIG_FILE]: formatJson(config),
    "registry/models/.gitkeep": "",
    "schemas/metadata.schema.json": formatJson(metadata_schema_default),
    "schemas/registry.schema.json": formatJson(registry_schema_default),
    "schemas/config.schema.json": formatJson(config_schema_default),
    // The default gate suite, so a new registry can gate deploys before it writes its own.
    ...defaultEvalFiles(),
    ...o.extraFiles
  }, written = [];
  for (let [rel, content] of Object.entries(files)) {
    let abs = path.join(repo.root, rel);
    (rel.startsWith("schemas/") || rel.startsWith("eval/")) && await exists(abs) || (await mkdir(path.dirname(abs), { recursive: !0 }), await writeFile(abs, content), written.push(rel));
  }
  let gitignore = path.join(repo.root, ".gitignore");
  await exists(gitignore) || (await writeFile(gitignore, `.mreg-cache/
.mreg-store/
`), written.push(".gitignore"));
  let commit = await commitPaths(repo, written, commitMessage(`init: model registry (${environments.join(", ")})`, null, { "Mreg-Action": "init" }));
  return { root: repo.root, files: written, commit, createdRepository: !isRepo };
}

export {
  initRepository
};
