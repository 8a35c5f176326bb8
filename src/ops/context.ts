import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { parseJsonText } from '../core/json.js';
import { schemaProblems } from '../core/schema.js';
import type { RegistryConfig } from '../core/types.js';
import { openRepo, type GitRepo } from '../git/repo.js';

/** What every use case gets: the repository, its config, who acts, and where to report progress. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export interface OpsOptions {
  /** Any folder inside the GitOps repository. */
  repo: string;
  /** false: commit locally only. undefined: push when the repository has a remote. */
  push?: boolean;
  actor?: string;
  /** Overrides the config's store URI. */
  store?: string;
  logger?: Logger;
  remote?: string;
  now?: () => Date;
}

export interface OpsContext {
  repo: GitRepo;
  root: string;
  config: RegistryConfig;
  actor: string;
  push: boolean | undefined;
  remote: string;
  storeUri: string;
  logger: Logger;
  now(): string;
}

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
    metrics: {
      perplexity: { direction: 'lower', max_regression: 0.05, quality: true },
      accuracy: { direction: 'higher', max_regression: 0.05, quality: true },
      latency_p50_ms: { direction: 'lower', max_regression: 0.05 },
      latency_p95_ms: { direction: 'lower', max_regression: 0.05 },
      tokens_per_s: { direction: 'higher', max_regression: 0.05 },
    },
  },
  smoke: { enabled: true, timeout_ms: 30_000 },
  cache: { dir: '.mreg-cache', keep: 3 },
  download: { part_size_mb: 16, concurrency: 8 },
  push: { retries: 20 },
};

/** Reads and validates registry/config.json, filling what it leaves out from the defaults. */
export async function loadConfig(root: string): Promise<RegistryConfig> {
  const file = CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch {
    throw new MregError('NOT_FOUND', `${file} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  const raw = parseJsonText(text, file, 1024 * 1024);
  const problems = schemaProblems('config', raw, file);
  if (problems.length) {
    throw new MregError('SCHEMA', `${file}#${problems[0].pointer}: ${problems[0].message}`, { problems });
  }
  const c = raw as Partial<RegistryConfig>;
  return {
    ...DEFAULT_CONFIG,
    ...c,
    gate: { ...DEFAULT_CONFIG.gate, ...c.gate, metrics: { ...DEFAULT_CONFIG.gate.metrics, ...c.gate?.metrics } },
    smoke: { ...DEFAULT_CONFIG.smoke, ...c.smoke },
    cache: { ...DEFAULT_CONFIG.cache, ...c.cache },
    download: { ...DEFAULT_CONFIG.download, ...c.download },
    push: { ...DEFAULT_CONFIG.push, ...c.push },
  } as RegistryConfig;
}

export function defaultActor(explicit?: string): string {
  if (explicit) return explicit;
  if (process.env.GITHUB_ACTOR) return process.env.GITHUB_ACTOR;
  if (process.env.GIT_AUTHOR_NAME) return process.env.GIT_AUTHOR_NAME;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A store URI relative to the repository (a plain path) is resolved against its root. */
export function resolveStoreUri(root: string, uri: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) return uri;
  return 'file://' + path.resolve(root, uri);
}

export async function openContext(opts: OpsOptions): Promise<OpsContext> {
  const repo = await openRepo(path.resolve(opts.repo));
  const config = await loadConfig(repo.root);
  return {
    repo,
    root: repo.root,
    config,
    actor: defaultActor(opts.actor),
    push: opts.push,
    remote: opts.remote ?? 'origin',
    storeUri: resolveStoreUri(repo.root, opts.store ?? process.env.MREG_STORE ?? config.store),
    logger: opts.logger ?? silentLogger,
    now: () => (opts.now ? opts.now() : new Date()).toISOString(),
  };
}
