import { userInfo } from 'node:os';
import path from 'node:path';
import type { RegistryConfig } from '../core/types.js';
import { loadConfig, resolveStoreUri } from './config.js';
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
