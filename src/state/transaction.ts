import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { lstat, readlink, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MregError, errorMessage } from '../core/errors.js';
import {
  commitMessage,
  changedUnder,
  gitDir,
  gitEnvironmentMovesFiles,
  headFromFiles,
  headSha,
  fetchBranch,
  hasRemote,
  pushBranch,
  resetTo,
  type Trailers,
} from '../git/repo.js';
import { commitRegistryPaths } from '../git/commit-files.js';
import { linkedFolder, lookInIndex, unchangedFromFiles } from '../git/index-file.js';
import { checkChange } from './check.js';
import { REGISTRY_DIR, REGISTRY_FILE } from './config.js';
import type { OpsContext } from './context.js';
import { readRegistry, recordProvenRegistryFile, recordProvenTexts, symlinkError, type RegistryState } from './read.js';
import { syncWithRemote } from './sync.js';

/**
 * One registry change = one commit touching only registry/, pushed as a compare-and-swap.
 * `plan` is called with the freshly read state on every attempt: when another writer moved the
 * branch, we fetch, reset onto their head, and re-apply the same intent (re-checking its
 * preconditions), so no writer's entry is ever lost and nothing is force-pushed.
 */
export interface PlannedChange<T> {
  /**
   * `value`: what `content` serializes, when the planner has it (a registry.json built from the
   * registry it read): checkChange then checks that value, telling new entries from carried-over
   * ones by identity, instead of parsing megabytes back.
   */
  files: { path: string; content: string; value?: unknown }[];
  /** The registry state the change was planned on (what `value` is compared with), when it writes registry.json. */
  planned?: RegistryState;
  subject: string;
  body?: string | null;
  trailers: Trailers;
  result: T;
}

export interface CommitOutcome<T> {
  result: T;
  commit: string;
  pushed: boolean;
  /** Why nothing was pushed, when it was not. */
  pushNote?: string;
  attempts: number;
}

/**
 * Synchronous, as the rest of the writing of a change: a few small files one after the other, where
 * each asynchronous call would wait for a thread-pool round trip.
 */
function writeAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

async function applyFiles(
  root: string,
  files: { path: string; content: string }[],
  known: Map<string, string>,
): Promise<{ restore: () => Promise<void>; created: string[] }> {
  // Remember the bytes we replace, so a failed commit leaves the working tree exactly as it was
  // (`known`: texts already read and unchanged since, e.g. the registry the change was planned on).
  for (const f of files) {
    if (!f.path.startsWith('registry/') || f.path.includes('..')) throw new MregError('INTERNAL', `refusing to write outside registry/: ${f.path}`);
    const abs = path.join(root, f.path);
    if (lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) throw symlinkError(f.path, await readlink(abs).catch(() => '?'));
    // A folder on the way replaced by a link would take the write out of the repository.
    const folder = linkedFolder(root, f.path);
    if (folder !== null) {
      const target = await readlink(path.join(root, folder)).catch(() => '?');
      throw new MregError(
        'PRECONDITION',
        `${folder} is a symbolic link (to ${target}); mreg writes the registry's files inside the repository only: replace the link by the folder it points to and commit that (nothing was changed)`,
      );
    }
  }
  const before = files.map((f) => ({ path: f.path, old: known.get(f.path) ?? readOrNull(path.join(root, f.path)) }));
  const restore = async () => {
    for (const b of before) {
      const abs = path.join(root, b.path);
      if (b.old === null) await rm(abs, { force: true });
      else writeAtomic(abs, b.old);
    }
  };
  try {
    for (const f of files) writeAtomic(path.join(root, f.path), f.content);
  } catch (err) {
    // A full disk halfway through: put back every file, so the registry is never half-written.
    await restore();
    throw new MregError('INTERNAL', `writing the registry failed (nothing was changed): ${errorMessage(err)}`);
  }
  return { restore, created: before.filter((b) => b.old === null).map((b) => b.path) };
}

/**
 * A look for uncommitted edits under registry/, begun before the change is planned. `git: null`:
 * the index recorded HEAD's tree exactly at that moment, so the files the change writes are checked
 * from git's own files once they are known (no process). Otherwise `git` is git's answer for all
 * of registry/, with what it must be checked against: `mark`, the change time and device of a file
 * written in the git folder just before git began (the file system's own clock: a network file
 * system's skew does not matter; a work tree on another file system, whose clock may tick
 * differently, makes the answer unusable), and `head`, the commit HEAD named then.
 */
type EditsLook = { git: null } | { git: Promise<Set<string>>; mark: { ctimeMs: number; dev: number }; head: string | null };

const earlyLooks = new WeakMap<OpsContext, Promise<EditsLook | null>>();

function beginLook(ctx: OpsContext): Promise<EditsLook | null> {
  return (async (): Promise<EditsLook | null> => {
    // git told where its index or objects are by the environment: ask git, when the files are known.
    if (gitEnvironmentMovesFiles()) return null;
    if (unchangedFromFiles(ctx.root, [])) return { git: null };
    const dir = gitDir(ctx.root);
    if (!dir) return null;
    const markFile = path.join(dir, 'mreg-look');
    await writeFile(markFile, `${process.pid}\n`);
    const st = await stat(markFile);
    const head = headFromFiles(ctx.root);
    const git = changedUnder(ctx.repo, [REGISTRY_DIR]);
    git.catch(() => {}); // awaited by lookAnswer, which may never come
    return { git, mark: { ctimeMs: st.ctimeMs, dev: st.dev }, head };
  })().catch(() => null);
}

/**
 * Begins this context's look for uncommitted edits now, for its next change, so that it is done
 * while the command reads the registry and fetches the artifact instead of after. Call it once the
 * working tree is where the change will be planned (after syncWithRemote).
 */
export function lookForEditsEarly(ctx: OpsContext): void {
  earlyLooks.set(ctx, beginLook(ctx));
}

/**
 * The files among `paths` with uncommitted edits (staged or not, or untracked), or null: look
 * again with git. From git's own files when the look found the index equal to HEAD and each file
 * is still as the index records it (`provenUnchanged`, read just now); else git's answer, used
 * only when HEAD names the same commit and nothing else git compared for these files (the files,
 * their folders, the index, HEAD) changed after the look began.
 */
async function lookAnswer(ctx: OpsContext, pending: Promise<EditsLook | null>, paths: string[], provenUnchanged: boolean): Promise<Set<string> | null> {
  const look = await pending;
  if (!look) return null;
  if (!look.git) return provenUnchanged ? new Set() : null;
  const dir = gitDir(ctx.root);
  if (!dir || look.head === null || headFromFiles(ctx.root) !== look.head) return null;
  const places = new Set([
    path.join(dir, 'index'),
    path.join(dir, 'HEAD'),
    ...paths.flatMap((p) => [path.join(ctx.root, p), path.join(ctx.root, path.dirname(p))]),
  ]);
  const stats = await Promise.all([...places].map((f) => lstat(f).catch(() => null)));
  // Same clock tick as the mark counts as after it: a coarse clock must not hide an edit.
  if (stats.some((st) => st !== null && (st.dev !== look.mark.dev || st.ctimeMs >= look.mark.ctimeMs))) return null;
  return look.git.catch(() => null);
}

export async function commitChange<T>(ctx: OpsContext, plan: () => Promise<PlannedChange<T>>): Promise<CommitOutcome<T>> {
  const { repo } = ctx;
  const branch = repo.branch;
  let push = ctx.push;
  let pushNote: string | undefined;
  if (push !== false) {
    const remote = hasRemote(repo, ctx.remote);
    if (!remote) {
      if (push === true) throw new MregError('GIT', `no remote named ${ctx.remote}: add it, or commit locally without pushing`);
      push = false;
      pushNote = `no remote ${ctx.remote}: committed locally`;
    } else if (!branch) {
      throw new MregError('GIT', 'HEAD is detached; check out the registry branch first');
    } else push = true;
  } else pushNote = 'push disabled';

  // Plan on the remote's state, and push only this change: fetch, refuse local commits the remote
  // lacks (naming them), fast-forward a clone that is behind. After that, HEAD is the remote's head:
  // what a refused push resets to.
  let parent: string | null = null;
  if (push) parent = (await syncWithRemote({ ...ctx, push: true })).remoteHead ?? (await headSha(repo));

  const retries = ctx.config.push.retries;
  for (let attempt = 1; ; attempt++) {
    // Never commit over someone's uncommitted edit of a file this change rewrites. A new file
    // (a registration) is expected to be absent: plan() has already refused an existing one.
    // The look begins before the change is planned (or earlier: lookForEditsEarly).
    const early = attempt === 1 ? earlyLooks.get(ctx) : undefined;
    earlyLooks.delete(ctx);
    const look = early ?? beginLook(ctx);
    const change = await plan();
    const paths = change.files.map((f) => f.path);
    const index = lookInIndex(ctx.root, paths);
    const hidden = index.marked;
    if (hidden.length) {
      throw new MregError(
        'CONFLICT',
        `${hidden.join(', ')} ${hidden.length === 1 ? 'is' : 'are'} marked assume-unchanged or skip-worktree in git's index, so git shows no edit of ${hidden.length === 1 ? 'it' : 'them'}: ` +
          `clear the mark first (git update-index --no-assume-unchanged --no-skip-worktree -- ${hidden.join(' ')}); nothing was changed`,
      );
    }
    const changed = (await lookAnswer(ctx, look, paths, index.unchanged)) ?? (await changedUnder(repo, [REGISTRY_DIR]));
    const dirty = paths.filter((p) => changed.has(p));
    if (dirty.length) {
      throw new MregError(
        'CONFLICT',
        `uncommitted changes in ${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', ...' : ''}; commit or discard them first (nothing was changed)`,
      );
    }
    // Never commit what `mreg validate` would reject, as far as this change reaches.
    const before = change.files.some((f) => f.path === REGISTRY_FILE) ? (change.planned ?? (await readRegistry(ctx.root).catch(() => null))) : null;
    await checkChange(ctx.root, change.files, before);
    // The registry file was read (and its stat checked) by readRegistry, and git status found it as at HEAD.
    const known = new Map(before ? [[REGISTRY_FILE, before.text]] : []);
    const { restore, created } = await applyFiles(ctx.root, change.files, known);
    // What checkChange just proved on top of a proven registry need not be checked again on read
    // (if the commit fails, restore replaces the file, and the recorded stamp no longer matches it).
    if (before && change.files.some((f) => f.path === REGISTRY_FILE)) {
      recordProvenRegistryFile(ctx.root);
      // Archived history files are written from entries checked on read or just now.
      recordProvenTexts(
        ctx.root,
        change.files.filter((f) => f.path.startsWith(`${REGISTRY_DIR}/history/`)).map((f) => f.content),
      );
    }
    let commit: string;
    try {
      const message = commitMessage(change.subject, change.body ?? null, change.trailers);
      commit = await commitRegistryPaths(repo, paths, message, created);
    } catch (err) {
      await restore();
      await repo.git.raw(['reset', '--quiet', '--', ...change.files.map((f) => f.path)]).catch(() => {});
      throw new MregError('GIT', `git commit failed: ${errorMessage(err)}`);
    }
    if (!push) return { result: change.result, commit, pushed: false, pushNote, attempts: attempt };

    let pushed;
    try {
      pushed = await pushBranch(repo, ctx.remote, branch as string);
    } catch (err) {
      // Refused or unreachable: undo the local commit too, so a later command cannot push a change
      // that was reported as failed.
      if (parent) await resetTo(repo, parent).catch(() => {});
      throw err instanceof MregError ? new MregError(err.code, `${err.message}; the local commit was undone, nothing changed`) : err;
    }
    if (pushed.ok) return { result: change.result, commit, pushed: true, attempts: attempt };

    // Lost the race: drop our commit, move onto the winner's head, and plan again from there.
    const remoteHead = await fetchBranch(repo, ctx.remote, branch as string);
    await resetTo(repo, remoteHead);
    parent = remoteHead;
    if (attempt > retries) {
      throw new MregError(
        'CONFLICT',
        `gave up after ${attempt} attempts: ${ctx.remote}/${branch} kept moving (${pushed.message}); nothing of this change was pushed`,
      );
    }
    ctx.logger.info(`${ctx.remote}/${branch} moved; re-applying on ${remoteHead.slice(0, 8)} (attempt ${attempt + 1})`);
    // Jittered backoff so racing writers spread out instead of colliding again.
    await sleep(Math.min(2000, 25 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  }
}
