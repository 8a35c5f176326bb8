import path from 'node:path';
import type { RegistryConfig } from '../core/documents.js';
import { loadConfig, resolveStoreUri } from './config.js';
import type { Settings } from './settings.js';
import { openRepo, type GitRepo } from '../git/repo.js';
import { finishLastChange } from './finish-change.js';

/** What every use case gets: the repository, its config, who acts, and where to report progress. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Bytes of a file being downloaded (deploy and the gate fetch artifacts); optional. */
  progress?(file: string, done: number, total: number): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export interface OpsOptions {
  /** Any folder inside the GitOps repository. */
  repo: string;
  /** false: commit locally only. undefined: push when the repository has a remote. */
  push?: boolean;
  actor?: string;
  /** Overrides the config's store URI (and `settings.store`). */
  store?: string;
  /** What the front end read from its environment (see settings.ts). */
  settings?: Settings;
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
  settings: Settings;
  now(): string;
}

export async function defaultActor(explicit?: string, fromSettings?: string): Promise<string> {
  if (explicit) return explicit;
  if (fromSettings) return fromSettings;
  // node:os is loaded only for this last resort: an actor is usually named (git's user.name,
  // settings, --actor), and then every command would load it for nothing.
  const { userInfo } = await import('node:os');
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function openContext(opts: OpsOptions): Promise<OpsContext> {
  const repo = await openRepo(path.resolve(opts.repo));
  // A registry commit stopped before its work tree followed is finished first: every command reads
  // the registry as HEAD records it.
  await finishLastChange({ repo, logger: opts.logger ?? silentLogger });
  const config = await loadConfig(repo.root);
  const settings = opts.settings ?? {};
  return {
    repo,
    root: repo.root,
    config,
    actor: await defaultActor(opts.actor, settings.actor ?? repo.userName),
    push: opts.push,
    remote: opts.remote ?? 'origin',
    storeUri: resolveStoreUri(repo.root, opts.store ?? settings.store ?? config.store),
    settings,
    logger: opts.logger ?? silentLogger,
    now: () => (opts.now ? opts.now() : new Date()).toISOString(),
  };
}
