import { readFileSync, statSync } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MregError, errorMessage } from '../core/errors.js';
import { parseGitConfig, settingsFromFiles, type ConfigEntry } from './config-files.js';

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
  raw(args: string[]): Promise<string>;
}

/**
 * A git process per call, nothing in between: every command spawns a handful, so a wrapper
 * library's start-up and task queue would be paid on each. `config` is passed as `-c` pairs.
 */
export function gitRunner(baseDir: string, config: string[] = []): GitRunner {
  const pre = config.flatMap((c) => ['-c', c]);
  return {
    raw: async (args) => {
      // Loaded with the first git process: a change whose every step reads git's files spawns none.
      const { spawn } = await import('node:child_process');
      return new Promise((resolve, reject) => {
        // No stdin pipe: git never reads one here, and each pipe is a socket object to set up.
        const child = spawn('git', [...pre, ...args], { cwd: baseDir, stdio: ['ignore', 'pipe', 'pipe'] });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        child.on('error', reject);
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
      });
    },
  };
}

const DEFAULT_NAME = 'mreg';
const DEFAULT_EMAIL = 'mreg@localhost';

export async function openRepo(dir: string): Promise<GitRepo> {
  // Where the repository is, which branch is checked out, who acts and which remotes exist: read
  // from the repository's and git's configuration files when their layout is the plain one (no
  // process: each costs ~15-30 ms, most of it starting it), else asked of git.
  const place = await placeFromFiles(dir);
  const settings = place && (await settingsFromFiles(path.join(place.root, '.git')));
  if (place && settings) {
    return { root: place.root, git: gitRunner(place.root), branch: place.branch, remotes: settings.remotes, userName: settings.userName };
  }
  const base = gitRunner(dir);
  const configRead = base.raw(['config', '--get-regexp', '^(user\\.(name|email)|remote\\..*\\.url)$']).catch(() => '');
  const { root, branch } = place ?? (await placeFromGit(base, dir));
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
    const [root, head = ''] = (await base.raw(['rev-parse', '--show-toplevel', '--symbolic-full-name', 'HEAD'])).trim().split('\n');
    return { root, branch: head.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null };
  } catch (err) {
    const msg = errorMessage(err);
    // A repository without commits has no HEAD to name yet; it is still a repository.
    if (/ambiguous argument 'HEAD'|unknown revision/.test(msg)) {
      const root = (await base.raw(['rev-parse', '--show-toplevel'])).trim();
      const branch = (await base.raw(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')).trim() || null;
      return { root, branch };
    }
    throw new MregError('GIT', `${dir} is not inside a git repository (run "mreg init ${dir}" first): ${firstLine(msg)}`);
  }
}

/**
 * Settings in the environment that change where git finds the repository, its work tree, index or
 * objects: with any of them, git is asked (and nothing is read from git's files directly).
 */
const DISCOVERY_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_NAMESPACE',
];

export function gitEnvironmentMovesFiles(): boolean {
  return DISCOVERY_ENV.some((k) => process.env[k] !== undefined);
}

/**
 * The work tree's top folder and the checked-out branch, read the way git finds them (the nearest
 * folder upwards holding a `.git` folder), without a process. Null, so that git is asked, whenever
 * the layout is not the plain one git would read the same way: a `.git` file (worktree,
 * submodule), discovery settings in the environment, a repository owned by another user (git's
 * safe.directory check), a configuration this reader does not fully understand or that sets
 * core.bare, core.worktree, another repository format or extensions, a HEAD or branch that is a
 * symbolic link or an alias of another branch, a HEAD that is not a branch of the files backend or
 * a commit id.
 */
export async function placeFromFiles(dir: string): Promise<RepoPlace | null> {
  try {
    if (gitEnvironmentMovesFiles()) return null;
    let at = await realpath(dir);
    let device = (await stat(at)).dev;
    const uid = process.getuid?.();
    for (;;) {
      const dotGit = path.join(at, '.git');
      const st = await lstat(dotGit).catch(() => null);
      if (st) {
        if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (await stat(at)).uid !== uid))) return null;
        return await placeIn(at, dotGit);
      }
      // A bare repository (or the inside of a .git folder) is a git folder itself: git's call.
      if ((await stat(path.join(at, 'objects')).catch(() => null))?.isDirectory()) return null;
      const up = path.dirname(at);
      if (up === at) return null;
      // git stops looking at a file system's boundary.
      const upDevice = (await stat(up)).dev;
      if (upDevice !== device) return null;
      at = up;
      device = upDevice;
    }
  } catch {
    return null;
  }
}

async function placeIn(root: string, dotGit: string): Promise<RepoPlace | null> {
  const [headLink, objects, refs, config] = await Promise.all([
    lstat(path.join(dotGit, 'HEAD')),
    stat(path.join(dotGit, 'objects')).catch(() => null),
    stat(path.join(dotGit, 'refs')).catch(() => null),
    plainRepoConfig(dotGit),
  ]);
  // git takes a folder for a repository only with HEAD, objects/ and refs/ (else it looks further up).
  if (!headLink.isFile() || !objects?.isDirectory() || !refs?.isDirectory() || !config) return null;
  const line = (await readFile(path.join(dotGit, 'HEAD'), 'utf8')).trim();
  if (/^[0-9a-f]{40}$/.test(line)) return { root, branch: null };
  const branch = /^ref: refs\/heads\/(\S+)$/.exec(line)?.[1];
  // reftable keeps a HEAD of "ref: refs/heads/.invalid"; git's answer is the truth there.
  if (!branch || branch.startsWith('.') || branch.includes('..')) return null;
  // A branch that is itself a symbolic ref (an alias of another branch) or a symbolic link: git
  // names the branch it leads to.
  const ref = await lstat(path.join(dotGit, 'refs/heads', branch)).catch(() => null);
  if (ref && (!ref.isFile() || (await readFile(path.join(dotGit, 'refs/heads', branch), 'utf8')).startsWith('ref:'))) return null;
  return { root, branch };
}

/**
 * The repository's own configuration (`.git/config`), parsed, when it sets nothing that changes
 * how git lays out or reads the repository: no extensions (another object format, worktree
 * settings), no includes, no core.worktree, core.bare false, repository format 0 or 1. Null
 * otherwise, or when a line is not understood: then only git reads the repository.
 */
export function plainRepoConfig(dotGit: string): ConfigEntry[] | null {
  let text = '';
  try {
    text = readFileSync(path.join(dotGit, 'config'), 'utf8');
  } catch {
    // No configuration file: git's defaults.
  }
  const entries = parseGitConfig(text);
  if (!entries) return null;
  for (const e of entries) {
    if (e.section === 'extensions' || e.section === 'include' || e.section === 'includeif') return null;
    if (e.section !== 'core' || e.subsection !== null) continue;
    if (e.key === 'worktree') return null;
    if (e.key === 'bare' && e.value?.toLowerCase() !== 'false') return null;
    if (e.key === 'repositoryformatversion' && e.value !== '0' && e.value !== '1') return null;
  }
  return entries;
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
  const out = await repo.git.raw(['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths]);
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
export async function commitPaths(repo: GitRepo, paths: string[], message: string, newPaths: string[] = paths): Promise<string> {
  // The paths are file names, not patterns (as the commit written into git's files takes them).
  if (newPaths.length) await repo.git.raw(['--literal-pathspecs', 'add', '--', ...newPaths]);
  // No automatic maintenance after each registry commit (a process of its own, ~20 ms): git runs
  // it after fetches and on the user's own commits, which is often enough for a repository that
  // grows by one small commit per change.
  await repo.git.raw(['--literal-pathspecs', '-c', 'maintenance.auto=false', 'commit', '--quiet', '--no-verify', '-m', message, '--', ...paths]);
  return headFromFiles(repo.root) ?? ((await headSha(repo)) as string);
}

/** The repository's git folder: `.git`, or in a linked worktree the folder its `.git` file names. */
export function gitDir(root: string): string | null {
  const dotGit = path.join(root, '.git');
  const st = statSync(dotGit, { throwIfNoEntry: false });
  if (!st) return null;
  if (st.isDirectory()) return dotGit;
  const m = /^gitdir: (.+)$/m.exec(readOr(dotGit, ''));
  return m ? path.resolve(root, m[1].trim()) : null;
}

/** A small file's text, or `fallback` when it cannot be read. */
function readOr<T>(file: string, fallback: T): string | T {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/**
 * HEAD's commit read from the repository's files (HEAD, the branch's loose ref, packed-refs), as
 * git just wrote them: no process. Null when the layout is not the plain files one (reftable, or
 * anything unexpected): the caller asks git. Synchronous, as the other readers of git's small
 * files here: read one after the other, each asynchronous call would wait for a thread-pool
 * round trip.
 */
export function headFromFiles(root: string): string | null {
  try {
    const dir = gitDir(root);
    if (!dir) return null;
    const commondir = readOr(path.join(dir, 'commondir'), null);
    const common = commondir === null ? dir : path.resolve(dir, commondir.trim());
    const head = readFileSync(path.join(dir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.includes('..')) return null;
    return refFromFiles(common, ref);
  } catch {
    return null;
  }
}

/** A branch's commit, from its loose ref file, else its line in packed-refs; null otherwise. */
export function refFromFiles(common: string, ref: string): string | null {
  const loose = readOr(path.join(common, ref), null);
  if (loose !== null) return /^[0-9a-f]{40}$/.test(loose.trim()) ? loose.trim() : null;
  const packed = readOr(path.join(common, 'packed-refs'), '');
  const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
  return line && /^[0-9a-f]{40} /.test(line) ? line.slice(0, 40) : null;
}

/** Undo a local commit that could not be pushed, keeping the working tree's other changes. */
export async function resetTo(repo: GitRepo, rev: string): Promise<void> {
  await repo.git.raw(['reset', '--quiet', '--keep', rev]);
}

export type PushResult = { ok: true } | { ok: false; rejected: true; message: string };

/** A plain push (never forced): the remote accepts it only if our commit descends from its head. */
export async function pushBranch(repo: GitRepo, remote: string, branch: string): Promise<PushResult> {
  try {
    await repo.git.raw(['push', '--quiet', '--porcelain', remote, `HEAD:refs/heads/${branch}`]);
    return { ok: true };
  } catch (err) {
    const message = errorMessage(err);
    // A lost race: the branch moved (non-fast-forward), or another push held the ref's lock. A
    // refusal by policy (a hook, branch protection, permissions) is not a race: retrying won't help.
    const policy = /hook declined|protected branch|permission|denied|not allowed/i.test(message);
    if (!policy && /\[rejected\]|non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref/i.test(message)) {
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
    await repo.git.raw(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${trackingRef(remote, branch)}`]);
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
export async function commitsNotOn(repo: GitRepo, base: string, limit = 20): Promise<{ commits: LocalCommit[]; total: number }> {
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
  const out = await repo.git.raw(['log', '--topo-order', AUDIT_FORMAT, '--name-only', '--', 'registry/']).catch(() => '');
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
