import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { parseDocument } from '../core/schema.js';
import type { CanaryConfigDocument, RegistryConfig } from '../core/documents.js';

/** Where the registry's files live in its repository, and registry/config.json with its defaults. */
export const REGISTRY_DIR = 'registry';
export const REGISTRY_FILE = 'registry/registry.json';
export const CONFIG_FILE = 'registry/config.json';
export const MODELS_DIR = 'registry/models';

export const DEFAULT_CONFIG: RegistryConfig = {
  schema_version: 1,
  store: '.mreg-store',
  environments: ['staging', 'production'],
  gate: {
    enabled: true,
    suite: 'eval/default-suite.json',
    backend: 'llama',
    default_max_regression: 0.05,
    inconclusive: 'block',
    budget_s: 30,
    metrics: {
      perplexity: { direction: 'lower', max_regression: 0.05, quality: true },
      // The floor decides a first deployment, which has nothing to be compared with: a model that
      // answers fewer than half of the suite's accuracy items is refused. (Calibrated for the
      // default suite; a suite of your own sets its own floor.)
      accuracy: { direction: 'higher', max_regression: 0.05, quality: true, absolute: 0.5 },
      latency_p50_ms: { direction: 'lower', max_regression: 0.05 },
      latency_p95_ms: { direction: 'lower', max_regression: 0.05 },
      tokens_per_s: { direction: 'higher', max_regression: 0.05 },
    },
  },
  smoke: { enabled: true, timeout_ms: 30_000 },
  cache: { dir: '.mreg-cache', keep: 3 },
  rollout: { spread_s: 0 },
  download: { part_size_mb: 16, concurrency: 8 },
  push: { retries: 20 },
};

/** The canary analysis when registry/config.json leaves `canary` (or a field of it) out. */
export const DEFAULT_CANARY: CanaryConfigDocument = {
  steps: [10, 50, 100],
  soak_s: 300,
  interval_s: 30,
  min_requests: 50,
  confidence: 0.95,
  checks: [
    { name: 'error_rate', max_increase: 0.01 },
    { name: 'latency_p95', max_regression: 0.1 },
    { name: 'tokens_per_s', max_regression: 0.1 },
  ],
};

/** The built-in canary checks and the threshold each takes. */
const BUILTIN_CHECKS: Record<string, 'max_increase' | 'max_regression'> = {
  error_rate: 'max_increase',
  latency_p95: 'max_regression',
  tokens_per_s: 'max_regression',
};

/**
 * The config's canary section with its defaults. What the schema cannot say is checked here, each
 * refusal naming the JSON pointer: steps strictly increasing, check names unique.
 */
export function canaryConfig(config: RegistryConfig): CanaryConfigDocument {
  const c = { ...DEFAULT_CANARY, ...config.canary };
  const refuse = (pointer: string, message: string) =>
    new MregError('SCHEMA', `${CONFIG_FILE}#${pointer}: ${message}`, {
      problems: [{ file: CONFIG_FILE, pointer, message }],
    });
  c.steps.forEach((s, i) => {
    if (i > 0 && s <= c.steps[i - 1])
      throw refuse(`/canary/steps/${i}`, `${s} after ${c.steps[i - 1]}; expected percents in increasing order`);
  });
  const seen = new Set<string>();
  c.checks.forEach((k, i) => {
    if (seen.has(k.name))
      throw refuse(`/canary/checks/${i}/name`, `${JSON.stringify(k.name)} repeats an earlier check`);
    seen.add(k.name);
    const builtin = BUILTIN_CHECKS[k.name];
    if (builtin && k.query !== undefined)
      throw refuse(`/canary/checks/${i}/query`, `${k.name} is built in; a query of your own needs a name of its own`);
    for (const field of ['max_increase', 'max_regression'] as const)
      if (k[field] !== undefined && field !== (builtin ?? 'max_regression'))
        throw refuse(
          `/canary/checks/${i}/${field}`,
          `${k.name} takes ${builtin ?? 'max_regression'}, not ${field} (error_rate: max_increase, an absolute difference; the others: max_regression, a relative one)`,
        );
  });
  return c;
}

/** Reads and validates registry/config.json, filling what it leaves out from the defaults. */
export async function loadConfig(root: string): Promise<RegistryConfig> {
  const file = CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch {
    throw new MregError('NOT_FOUND', `${file} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  const c = parseDocument<Partial<RegistryConfig>>('config', text, file);
  if (c.cache?.dir !== undefined) checkCacheDir(root, c.cache.dir);
  return {
    ...DEFAULT_CONFIG,
    ...c,
    gate: { ...DEFAULT_CONFIG.gate, ...c.gate, metrics: { ...DEFAULT_CONFIG.gate.metrics, ...c.gate?.metrics } },
    smoke: { ...DEFAULT_CONFIG.smoke, ...c.smoke },
    cache: { ...DEFAULT_CONFIG.cache, ...c.cache },
    rollout: { ...DEFAULT_CONFIG.rollout!, ...c.rollout },
    download: { ...DEFAULT_CONFIG.download, ...c.download },
    push: { ...DEFAULT_CONFIG.push, ...c.push },
  } as RegistryConfig;
}

/**
 * The cache folder named in the config must stay inside the repository: a pull request could
 * otherwise point every reader's cache (which mreg fills, re-stamps and prunes) at /etc or a
 * home folder. Lexically, and through a symbolic link when the folder exists. A cache elsewhere
 * is for the machine's operator to choose (--cache, MREG_CACHE), not for the repository's content.
 */
function checkCacheDir(root: string, dir: string): void {
  const refuse = (why: string) =>
    new MregError(
      'SCHEMA',
      `${CONFIG_FILE}#/cache/dir: ${JSON.stringify(dir)} ${why}; expected a folder inside the repository, e.g. ".mreg-cache"`,
      {
        problems: [
          { file: CONFIG_FILE, pointer: '/cache/dir', message: `${why}; expected a folder inside the repository` },
        ],
      },
    );
  const inside = (base: string, p: string) => {
    const rel = path.relative(base, p);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  if (path.isAbsolute(dir)) throw refuse('is an absolute path');
  if (!inside(root, path.resolve(root, dir))) throw refuse('escapes the repository');
  // The folder, or the nearest part of its path that exists (the rest is created under it).
  const realRoot = realpathSync(root);
  for (let p = path.resolve(root, dir); inside(root, p); p = path.dirname(p)) {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      continue;
    }
    if (!inside(realRoot, real)) throw refuse(`leads out of the repository (to ${real}, through a symbolic link)`);
    return;
  }
}

/** A store URI relative to the repository (a plain path) is resolved against its root. */
export function resolveStoreUri(root: string, uri: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) return uri;
  return 'file://' + path.resolve(root, uri);
}
