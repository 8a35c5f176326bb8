import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { envHistory } from '../core/registry-transitions.js';
import { entryOf, requireEnv } from '../core/rules.js';
import type { HistoryEntry, Pointer } from '../core/documents.js';
import {
  auditLog,
  commitsNotOn,
  hasRemote,
  headSha,
  resolveRef,
  trackingRef,
  type AuditRecord,
  type LocalCommit,
} from '../git/repo.js';
import pkg from '../../package.json' with { type: 'json' };
import { CONFIG_FILE, REGISTRY_FILE } from '../state/config.js';
import type { OpsContext } from '../state/context.js';
import { readRegistry, withHistory } from '../state/read.js';

/** Read-only use cases: history, the audit log from git, and the starting-state view. */

export const MREG_VERSION: string = pkg.version;

export async function history(ctx: OpsContext, o: { env?: string; limit?: number }): Promise<HistoryEntry[]> {
  return withHistory(ctx.root, await readRegistry(ctx.root, { recent: true }), ({ registry }) => {
    if (o.env) requireEnv(registry, o.env);
    return envHistory(registry, o.env, o.limit);
  });
}

export async function audit(ctx: OpsContext, limit?: number): Promise<AuditRecord[]> {
  return auditLog(ctx.repo, limit);
}

/** llama.cpp's version as node-llama-cpp ships it, without loading the native binding. */
export async function llamaCppVersion(): Promise<{ package: string | null; llamaCpp: string | null }> {
  try {
    const require = createRequire(import.meta.url);
    // The package's exports do not expose package.json: find it above the resolved entry.
    let dir = path.dirname(require.resolve('node-llama-cpp'));
    while (
      !(await readFile(path.join(dir, 'package.json'), 'utf8').then(
        (t) => JSON.parse(t).name === 'node-llama-cpp',
        () => false,
      ))
    ) {
      const up = path.dirname(dir);
      if (up === dir) return { package: null, llamaCpp: null };
      dir = up;
    }
    const pkgPath = path.join(dir, 'package.json');
    const version = JSON.parse(await readFile(pkgPath, 'utf8')).version as string;
    const release = await readFile(path.join(path.dirname(pkgPath), 'llama', 'llama.cpp.info.json'), 'utf8')
      .then((t) => (JSON.parse(t) as { tag?: string }).tag ?? null)
      .catch(() => null);
    return { package: version, llamaCpp: release };
  } catch {
    return { package: null, llamaCpp: null };
  }
}

export interface StatusReport {
  mreg: string;
  node: string;
  git: string;
  nodeLlamaCpp: string | null;
  llamaCpp: string | null;
  repository: string;
  branch: string | null;
  head: string | null;
  registryFile: string;
  configFile: string;
  store: string;
  cacheDir: string;
  environments: { env: string; pointer: Pointer | null; deployedAt: string | null }[];
  /** What each server asked about (`--server URL`) says it serves, and in which role. */
  servers?: ServerStatus[];
  /**
   * Local commits the remote branch (as last fetched) does not have: a writer refuses to push them
   * along with its own change. null when there is no remote branch to compare with.
   */
  unpushed: { remote: string; ref: string; total: number; commits: LocalCommit[] } | null;
}

/** What HEAD has that `<remote>/<branch>` (as last fetched or pushed) lacks; no network. */
export async function unpushedCommits(ctx: OpsContext): Promise<StatusReport['unpushed']> {
  const branch = ctx.repo.branch;
  if (!branch || !hasRemote(ctx.repo, ctx.remote)) return null;
  const ref = trackingRef(ctx.remote, branch);
  const base = await resolveRef(ctx.repo, ref);
  if (!base) return null;
  const { commits, total } = await commitsNotOn(ctx.repo, base);
  return { remote: ctx.remote, ref: `${ctx.remote}/${branch}`, total, commits };
}

export interface ServerStatus {
  url: string;
  environment: string | null;
  instance: string | null;
  version: string | null;
  role: string | null;
  canary_percent: number | null;
  state: string | null;
  /** Why the server could not be asked, when it could not. */
  error: string | null;
}

/** A server's own account of what it serves (its /model-info), or why it could not be read. */
export async function serverStatus(url: string, timeoutMs = 5000): Promise<ServerStatus> {
  const base = url.replace(/\/+$/, '');
  const none = { environment: null, instance: null, version: null, role: null, canary_percent: null, state: null };
  try {
    const res = await fetch(`${base}/model-info`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { url, ...none, error: `GET ${base}/model-info answered ${res.status}` };
    const i = (await res.json()) as Record<string, unknown>;
    const s = (k: string) => (typeof i[k] === 'string' ? (i[k] as string) : null);
    const percent = typeof i.canary_percent === 'number' ? i.canary_percent : null;
    return {
      url,
      environment: s('environment'),
      instance: s('instance'),
      version: s('version'),
      role: s('role'),
      canary_percent: percent,
      state: s('state'),
      error: null,
    };
  } catch (err) {
    return { url, ...none, error: `GET ${base}/model-info: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function status(ctx: OpsContext, o: { servers?: string[] } = {}): Promise<StatusReport> {
  const [{ registry }, gitVersion, branch, head, llama, unpushed] = await Promise.all([
    readRegistry(ctx.root, { recent: true }),
    ctx.repo.git.raw(['--version']).then((s) => s.trim().replace(/^git version /, '')),
    ctx.repo.branch,
    headSha(ctx.repo),
    llamaCppVersion(),
    unpushedCommits(ctx),
  ]);
  const servers = o.servers?.length ? await Promise.all(o.servers.map((u) => serverStatus(u))) : undefined;
  return {
    mreg: MREG_VERSION,
    node: process.version,
    git: gitVersion,
    nodeLlamaCpp: llama.package,
    llamaCpp: llama.llamaCpp,
    repository: ctx.root,
    branch,
    head,
    registryFile: path.join(ctx.root, REGISTRY_FILE),
    configFile: path.join(ctx.root, CONFIG_FILE),
    store: ctx.storeUri,
    cacheDir: path.resolve(ctx.root, ctx.config.cache.dir),
    environments: ctx.config.environments.map((env) => {
      const pointer = registry.environments[env] ?? null;
      const entry = entryOf(registry, pointer);
      return { env, pointer, deployedAt: entry?.deployed_at ?? null };
    }),
    unpushed,
    ...(servers ? { servers } : {}),
  };
}
