import { spawn } from 'node:child_process';
import { MregError, errorMessage } from '../core/errors.js';

/**
 * The GitOps repository: the registry is files in git, every change one commit touching only
 * registry/, and a push is a compare-and-swap on the branch (a rejected push means another writer
 * won; the caller fetches, re-applies its intent and tries again). Nothing here force-pushes.
 */
export interface GitRepo {
  root: string;
  git: GitRunner;
  /** The checked-out branch at open time (null when HEAD is detached). */
  branch: string | null;
  /** Configured remote names. */
  remotes: string[];
  /** git's `user.name` for this repository, when set (who acts, when nobody else is named). */
  userName?: string;
}

/** Runs git in the repository: stdout on success; on failure an Error carrying stderr, then stdout. */
export interface GitRunner {
  raw(args: string[], options?: GitCallOptions): Promise<string>;
}

export interface GitCallOptions {
  /** Written to git's standard input (hash-object --stdin, update-index --index-info, commit-tree -F -). */
  input?: string;
  /** Added to the environment (GIT_INDEX_FILE for a temporary index). */
  env?: Record<string, string>;
}

/**
 * A git process per call, nothing in between: every command spawns a handful, so a wrapper
 * library's start-up and task queue would be paid on each. `config` is passed as `-c` pairs.
 */
export function gitRunner(baseDir: string, config: string[] = []): GitRunner {
  const pre = config.flatMap((c) => ['-c', c]);
  return {
    raw: (args, options = {}) =>
      new Promise((resolve, reject) => {
        const child = spawn('git', [...pre, ...args], {
          cwd: baseDir,
          stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
          env: options.env ? { ...process.env, ...options.env } : process.env,
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout?.on('data', (b: Buffer) => out.push(b));
        child.stderr?.on('data', (b: Buffer) => err.push(b));
        child.on('error', reject);
        // git may exit before reading all of its input (it failed): its exit status says why.
        child.stdin?.on('error', () => {});
        child.stdin?.end(options.input);
        child.on('close', (code, signal) => {
          const stdout = Buffer.concat(out).toString('utf8');
          if (code === 0) return resolve(stdout);
          // git says why on stderr; push --porcelain puts each ref's verdict on stdout.
          const detail = [Buffer.concat(err).toString('utf8'), stdout]
            .map((t) => t.trim())
            .filter(Boolean)
            .join('\n');
          reject(new Error(detail || `git ${args[0]} ${signal ? `killed by ${signal}` : `exited with ${code}`}`));
        });
      }),
  };
}

const DEFAULT_NAME = 'mreg';
const DEFAULT_EMAIL = 'mreg@localhost';

export async function openRepo(dir: string): Promise<GitRepo> {
  const base = gitRunner(dir);
  const configRead = base.raw(['config', '--get-regexp', '^(user\\.(name|email)|remote\\..*\\.url)$']).catch(() => '');
  const { root, branch } = await placeFromGit(base, dir);
  const configured = await configRead;
  const remotes = [...configured.matchAll(/^remote\.(.+)\.url /gm)].map((m) => m[1]);
  // Every level's value is listed (system, global, local): the last one is in effect.
  const userName = [...configured.matchAll(/^user\.name (.+)$/gm)].at(-1)?.[1].trim() || undefined;
  // Identity: git's own environment and config win; a default keeps CI runners without one working.
  const config: string[] = [];
  if (!userName && !process.env.GIT_AUTHOR_NAME) config.push(`user.name=${DEFAULT_NAME}`);
  if (!/^user\.email /m.test(configured) && !process.env.GIT_AUTHOR_EMAIL) config.push(`user.email=${DEFAULT_EMAIL}`);
  return { root, git: gitRunner(root, config), branch, remotes, userName };
}

interface RepoPlace {
  root: string;
  branch: string | null;
}

async function placeFromGit(base: GitRunner, dir: string): Promise<RepoPlace> {
  try {
    const [root, head = ''] = (await base.raw(['rev-parse', '--show-toplevel', '--symbolic-full-name', 'HEAD']))
      .trim()
      .split('\n');
    return { root, branch: head.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null };
  } catch (err) {
    const msg = errorMessage(err);
    // A repository without commits has no HEAD to name yet; it is still a repository.
    if (/ambiguous argument 'HEAD'|unknown revision/.test(msg)) {
      const root = (await base.raw(['rev-parse', '--show-toplevel'])).trim();
      const branch = (await base.raw(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')).trim() || null;
      return { root, branch };
    }
    throw new MregError(
      'GIT',
      `${dir} is not inside a git repository (run "mreg init ${dir}" first): ${firstLine(msg)}`,
    );
  }
}

export function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? s
  );
}

export function hasRemote(repo: GitRepo, remote = 'origin'): boolean {
  return repo.remotes.includes(remote);
}

export async function headSha(repo: GitRepo): Promise<string | null> {
  return (await repo.git.raw(['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => '')).trim() || null;
}

/**
 * The files under these paths (files or folders) that differ from HEAD (staged or not) or exist
 * untracked, repository-relative: a writer refuses to commit over someone's half-edit. One
 * `git status` limited to the paths; git compares the index's stat data first and re-hashes only a
 * file whose stat changed (a registry.json this product committed is not re-hashed).
 */
export async function changedUnder(repo: GitRepo, paths: string[]): Promise<Set<string>> {
  const out = await repo.git.raw([
    '--literal-pathspecs',
    '--no-optional-locks',
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--',
    ...paths,
  ]);
  const changed = new Set<string>();
  const entries = out.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.length < 4) continue;
    changed.add(e.slice(3));
    // A rename or copy carries its source path in the next entry: a renamed file's old path is
    // changed too (deleted from the index).
    if (e[0] === 'R' || e[0] === 'C') {
      i++;
      if (e[0] === 'R' && entries[i]) changed.add(entries[i]);
    }
  }
  return changed;
}

export interface Trailers {
  [key: string]: string | number | null | undefined;
}

function trailerValue(v: string): string {
  return v.replace(/[\r\n]+/g, ' ').trim();
}

export function commitMessage(subject: string, body: string | null, trailers: Trailers): string {
  const lines = [trailerValue(subject), ''];
  if (body && body.trim()) lines.push(body.trim(), '');
  for (const [k, v] of Object.entries(trailers)) {
    if (v === null || v === undefined || v === '') continue;
    lines.push(`${k}: ${trailerValue(String(v))}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Commits exactly these paths (whatever else is staged stays staged). `newPaths` must be added to
 * the index first; tracked files are hashed once, by the commit itself (a 4 MB registry.json costs
 * ~40 ms per hashing).
 */
export async function commitPaths(
  repo: GitRepo,
  paths: string[],
  message: string,
  newPaths: string[] = paths,
): Promise<string> {
  // The paths are file names, not patterns.
  if (newPaths.length) await repo.git.raw(['--literal-pathspecs', 'add', '--', ...newPaths]);
  // No automatic maintenance after each registry commit (a process of its own, ~20 ms): git runs
  // it after fetches and on the user's own commits, which is often enough for a repository that
  // grows by one small commit per change.
  await repo.git.raw([
    '--literal-pathspecs',
    '-c',
    'maintenance.auto=false',
    'commit',
    '--quiet',
    '--no-verify',
    '-m',
    message,
    '--',
    ...paths,
  ]);
  return (await headSha(repo)) as string;
}

export type PushResult = { ok: true } | { ok: false; rejected: true; message: string };

/**
 * A plain push (never forced) of `commit` to the remote's branch: the remote accepts it only if
 * `commit` descends from its head, so a branch that moved since the change was planned refuses it.
 */
export async function pushBranch(repo: GitRepo, remote: string, branch: string, commit = 'HEAD'): Promise<PushResult> {
  try {
    await repo.git.raw(['push', '--quiet', '--porcelain', remote, `${commit}:refs/heads/${branch}`]);
    return { ok: true };
  } catch (err) {
    const message = errorMessage(err);
    // A lost race: the branch moved (non-fast-forward), or another push held the ref's lock. A
    // refusal by policy (a hook, branch protection, permissions) is not a race: retrying won't help.
    const policy = /hook declined|protected branch|permission|denied|not allowed/i.test(message);
    if (
      !policy &&
      /\[rejected\]|non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref/i.test(message)
    ) {
      return { ok: false, rejected: true, message: firstLine(message) };
    }
    // git's own first line is often just "To <url>": the reason is on the remote:/rejected lines.
    const reasons = message
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^remote: \S|rejected\]|^error: |^fatal: /.test(l));
    throw new MregError(
      'GIT',
      `git push to ${remote} ${branch} failed: ${(reasons.length ? reasons.slice(0, 3).join('; ') : firstLine(message)).replace(/\t/g, ' ')}`,
    );
  }
}

/** The remote-tracking ref a fetch of `branch` from `remote` updates (what `mreg status` compares with). */
export function trackingRef(remote: string, branch: string): string {
  return `refs/remotes/${remote}/${branch}`;
}

/** Fetches the remote's branch (updating its remote-tracking ref) and returns its head. */
export async function fetchBranch(repo: GitRepo, remote: string, branch: string): Promise<string> {
  const head = await fetchBranchIfAny(repo, remote, branch);
  if (head === null) throw new MregError('GIT', `${remote} has no branch ${branch}`);
  return head;
}

/** As fetchBranch, but null when the remote has no such branch yet (nothing was ever pushed). */
export async function fetchBranchIfAny(repo: GitRepo, remote: string, branch: string): Promise<string | null> {
  try {
    await repo.git.raw([
      'fetch',
      '--quiet',
      '--no-tags',
      remote,
      `+refs/heads/${branch}:${trackingRef(remote, branch)}`,
    ]);
  } catch (err) {
    const message = errorMessage(err);
    if (/couldn't find remote ref|no such ref/i.test(message)) return null;
    throw new MregError('GIT', `git fetch ${remote} ${branch} failed: ${firstLine(message)}`);
  }
  return (await repo.git.raw(['rev-parse', '--verify', `${trackingRef(remote, branch)}^{commit}`])).trim();
}

/** The sha a ref names, or null when it does not exist. */
export async function resolveRef(repo: GitRepo, ref: string): Promise<string | null> {
  return (await repo.git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '')).trim() || null;
}

export interface LocalCommit {
  commit: string;
  subject: string;
  /** Whether it touches registry/ (a registry change made here and never pushed). */
  registry: boolean;
}

/**
 * Commits reachable from HEAD but not from `base` (the remote's head): what a push of HEAD would
 * carry besides the change being made. Newest first, at most `limit` listed; `total` counts all.
 */
export async function commitsNotOn(
  repo: GitRepo,
  base: string,
  limit = 20,
): Promise<{ commits: LocalCommit[]; total: number }> {
  const range = `${base}..HEAD`;
  const total = Number((await repo.git.raw(['rev-list', '--count', range])).trim()) || 0;
  if (!total) return { commits: [], total: 0 };
  const out = await repo.git.raw(['log', `-n${limit}`, '--format=%x1e%H%x1f%s', '--name-only', range]);
  const commits: LocalCommit[] = [];
  for (const chunk of out.split('\x1e')) {
    if (!chunk.trim()) continue;
    const [head, ...files] = chunk.split('\n');
    const [commit, subject = ''] = head.split('\x1f');
    commits.push({ commit, subject, registry: files.some((f) => f.startsWith('registry/')) });
  }
  return { commits, total };
}

/** Moves the branch forward onto `rev` (a descendant of HEAD), updating the working tree. */
export async function fastForwardTo(repo: GitRepo, rev: string): Promise<void> {
  await repo.git.raw(['merge', '--quiet', '--ff-only', '--no-edit', rev]);
}

export interface AuditRecord {
  commit: string;
  date: string;
  author: string;
  subject: string;
  trailers: Record<string, string>;
  /** Registry commits carry an Mreg-Action trailer; a change of registry/config.json (gate policy, environments) by hand does not. */
  kind: 'registry' | 'config';
}

const AUDIT_FORMAT = '--format=%x1e%H%x1f%aI%x1f%an%x1f%s%x1f%(trailers:only,unfold)%x1f';

/**
 * The audit log, newest first: every registry commit with its machine-readable trailers, and every
 * commit that changed registry/config.json (a gate threshold or the promotion order changes what
 * the registry lets through, so it is an audit event even when a person made it by hand).
 * One `git log` over the commits that touch registry/, in topological order (commits made within
 * the same second keep their true order), with the files each changed there.
 */
export async function auditLog(repo: GitRepo, limit?: number): Promise<AuditRecord[]> {
  const out = await repo.git
    .raw(['log', '--topo-order', AUDIT_FORMAT, '--name-only', '--', 'registry/'])
    .catch(() => '');
  const records: AuditRecord[] = [];
  for (const chunk of out.split('\x1e')) {
    if (!chunk.trim()) continue;
    const [commit, date, author, subject, trailerText = '', files = ''] = chunk.split('\x1f');
    const trailers: Record<string, string> = {};
    for (const line of trailerText.split('\n')) {
      const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (m) trailers[m[1]] = m[2];
    }
    const kind = trailers['Mreg-Action'] ? 'registry' : files.split('\n').includes(CONFIG_PATH) ? 'config' : null;
    if (!kind) continue; // a hand edit of registry.json or a metadata file: validate's business, not an audit event
    records.push({ commit, date, author, subject, trailers, kind });
    if (limit !== undefined && records.length >= limit) break;
  }
  return records;
}

const CONFIG_PATH = 'registry/config.json';
