import {
  parseDocument
} from "./chunk-NJIZENZ6.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/state/config.ts
import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var REGISTRY_DIR = "registry", REGISTRY_FILE = "registry/registry.json", CONFIG_FILE = "registry/config.json", MODELS_DIR = "registry/models", DEFAULT_CONFIG = {
  schema_version: 1,
  store: ".mreg-store",
  environments: ["staging", "production"],
  gate: {
    enabled: !0,
    suite: "eval/default-suite.json",
    backend: "llama",
    default_max_regression: 0.05,
    inconclusive: "block",
    budget_s: 30,
    metrics: {
      perplexity: { direction: "lower", max_regression: 0.05, quality: !0 },
      // The floor decides a first deployment, which has nothing to be compared with: a model that
      // answers fewer than half of the suite's accuracy items is refused. (Calibrated for the
      // default suite; a suite of your own sets its own floor.)
      accuracy: { direction: "higher", max_regression: 0.05, quality: !0, absolute: 0.5 },
      latency_p50_ms: { direction: "lower", max_regression: 0.05 },
      latency_p95_ms: { direction: "lower", max_regression: 0.05 },
      tokens_per_s: { direction: "higher", max_regression: 0.05 }
    }
  },
  smoke: { enabled: !0, timeout_ms: 3e4 },
  cache: { dir: ".mreg-cache", keep: 3 },
  rollout: { spread_s: 0 },
  download: { part_size_mb: 16, concurrency: 8 },
  push: { retries: 20 }
}, DEFAULT_CANARY = {
  steps: [10, 50, 100],
  soak_s: 300,
  interval_s: 30,
  min_requests: 50,
  confidence: 0.95,
  checks: [
    { name: "error_rate", max_increase: 0.01 },
    { name: "latency_p95", max_regression: 0.1 },
    { name: "tokens_per_s", max_regression: 0.1 }
  ]
}, BUILTIN_CHECKS = {
  error_rate: "max_increase",
  latency_p95: "max_regression",
  tokens_per_s: "max_regression"
};
function canaryConfig(config) {
  let c = { ...DEFAULT_CANARY, ...config.canary }, refuse = (pointer, message) => new MregError("SCHEMA", `${CONFIG_FILE}#${pointer}: ${message}`, {
    problems: [{ file: CONFIG_FILE, pointer, message }]
  });
  c.steps.forEach((s, i) => {
    if (i > 0 && s <= c.steps[i - 1])
      throw refuse(`/canary/steps/${i}`, `${s} after ${c.steps[i - 1]}; expected percents in increasing order`);
  });
  let seen = /* @__PURE__ */ new Set();
  return c.checks.forEach((k, i) => {
    if (seen.has(k.name))
      throw refuse(`/canary/checks/${i}/name`, `${JSON.stringify(k.name)} repeats an earlier check`);
    seen.add(k.name);
    let builtin = BUILTIN_CHECKS[k.name];
    if (builtin && k.query !== void 0)
      throw refuse(`/canary/checks/${i}/query`, `${k.name} is built in; a query of your own needs a name of its own`);
    for (let field of ["max_increase", "max_regression"])
      if (k[field] !== void 0 && field !== (builtin ?? "max_regression"))
        throw refuse(
          `/canary/checks/${i}/${field}`,
          `${k.name} takes ${builtin ?? "max_regression"}, not ${field} (error_rate: max_increase, an absolute difference; the others: max_regression, a relative one)`
        );
  }), c;
}
async function loadConfig(root) {
  let file = CONFIG_FILE, text;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch {
    throw new MregError("NOT_FOUND", `${file} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  let c = parseDocument("config", text, file);
  return c.cache?.dir !== void 0 && checkCacheDir(root, c.cache.dir), {
    ...DEFAULT_CONFIG,
    ...c,
    gate: { ...DEFAULT_CONFIG.gate, ...c.gate, metrics: { ...DEFAULT_CONFIG.gate.metrics, ...c.gate?.metrics } },
    smoke: { ...DEFAULT_CONFIG.smoke, ...c.smoke },
    cache: { ...DEFAULT_CONFIG.cache, ...c.cache },
    rollout: { ...DEFAULT_CONFIG.rollout, ...c.rollout },
    download: { ...DEFAULT_CONFIG.download, ...c.download },
    push: { ...DEFAULT_CONFIG.push, ...c.push }
  };
}
function checkCacheDir(root, dir) {
  let refuse = (why) => new MregError(
    "SCHEMA",
    `${CONFIG_FILE}#/cache/dir: ${JSON.stringify(dir)} ${why}; expected a folder inside the repository, e.g. ".mreg-cache"`,
    {
      problems: [
        { file: CONFIG_FILE, pointer: "/cache/dir", message: `${why}; expected a folder inside the repository` }
      ]
    }
  ), inside = (base, p) => {
    let rel = path.relative(base, p);
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
  };
  if (path.isAbsolute(dir)) throw refuse("is an absolute path");
  if (!inside(root, path.resolve(root, dir))) throw refuse("escapes the repository");
  let realRoot = realpathSync(root);
  for (let p = path.resolve(root, dir); inside(root, p); p = path.dirname(p)) {
    let real;
    try {
      real = realpathSync(p);
    } catch {
      continue;
    }
    if (!inside(realRoot, real)) throw refuse(`leads out of the repository (to ${real}, through a symbolic link)`);
    return;
  }
}
function resolveStoreUri(root, uri) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) ? uri : "file://" + path.resolve(root, uri);
}

export {
  REGISTRY_DIR,
  REGISTRY_FILE,
  CONFIG_FILE,
  MODELS_DIR,
  DEFAULT_CONFIG,
  DEFAULT_CANARY,
  canaryConfig,
  loadConfig,
  resolveStoreUri
};
