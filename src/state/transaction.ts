import { lstat, readlink } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MregError, errorMessage } from '../core/errors.js';
import { changedUnder, commitMessage, firstLine, hasRemote, headSha, pushBranch, type Trailers } from '../git/repo.js';
import { followWorkTree, moveBranch } from '../git/move-branch.js';
import { writeCommit } from '../git/write-commit.js';
import { checkChange } from './check-change.js';
import { REGISTRY_DIR, REGISTRY_FILE } from './config.js';
import type { OpsContext } from './context.js';
import { readRegistry, symlinkError, type RegistryState } from './read.js';
import { syncWithRemote } from './sync.js';
import { finishLastChange } from './finish-change.js';

/**
 * One registry change = one commit touching only registry/, made by git's plumbing before the
 * work tree is touched: the commit is written from a temporary index on the commit the change was
 * planned on, pushed as a compare-and-swap on the remote branch (when pushing), then the local
 * branch moves by a compare-and-swap (`update-ref BRANCH NEW OLD`), and only then does the work
 * tree follow. `plan` is called with the freshly read state on every attempt: when another writer
 * moved either branch, the change is planned again on its head (re-checking its preconditions),
 * so no writer's entry is ever lost and nothing is force-pushed.
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

interface PushMode {
  push: boolean;
  pushNote?: string;
}

function pushMode(ctx: OpsContext): PushMode {
  if (ctx.push === false) return { push: false, pushNote: 'push disabled' };
  if (!hasRemote(ctx.repo, ctx.remote)) {
    if (ctx.push === true)
      throw new MregError('GIT', `no remote named ${ctx.remote}: add it, or commit locally without pushing`);
    return { push: false, pushNote: `no remote ${ctx.remote}: committed locally` };
  }
  if (!ctx.repo.branch) throw new MregError('GIT', 'HEAD is detached; check out the registry branch first');
  return { push: true };
}

export async function commitChange<T>(
  ctx: OpsContext,
  plan: () => Promise<PlannedChange<T>>,
): Promise<CommitOutcome<T>> {
  const mode = pushMode(ctx);
  const retries = ctx.config.push.retries;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptChange(ctx, mode, plan);
    if (outcome.done) return { ...outcome.done, pushed: mode.push, pushNote: mode.pushNote, attempts: attempt };
    if (attempt > retries) {
      throw new MregError(
        'CONFLICT',
        `gave up after ${attempt} attempts: ${outcome.moved} kept moving; nothing of this change was committed`,
      );
    }
    ctx.logger.info(`${outcome.moved} moved; planning the change again on its new head (attempt ${attempt + 1})`);
    // Jittered backoff so racing writers spread out instead of colliding again.
    await sleep(Math.min(2000, 25 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  }
}

type Attempt<T> = { done: { result: T; commit: string }; moved?: never } | { done?: never; moved: string };

/** One plan, check, commit, push and branch move; `moved` names the branch that moved under it. */
async function attemptChange<T>(
  ctx: OpsContext,
  mode: PushMode,
  plan: () => Promise<PlannedChange<T>>,
): Promise<Attempt<T>> {
  const { repo } = ctx;
  // Plan on the remote's state (fetch, refuse local commits it lacks, fast-forward), from a work
  // tree that holds HEAD: the commit's parent is the HEAD the change is planned on.
  if (mode.push) await syncWithRemote({ ...ctx, push: true });
  const lagging = await finishLastChange(ctx);
  const parent = await headSha(repo);
  const change = await plan();
  const before = change.files.some((f) => f.path === REGISTRY_FILE)
    ? (change.planned ?? (await readRegistry(ctx.root).catch(() => null)))
    : null;
  await Promise.all([
    refuseEdits(
      ctx,
      change.files.map((f) => f.path),
      lagging,
    ),
    checkChange(ctx.root, change.files, before),
    refuseLinks(ctx.root, change.files),
  ]);
  const message = commitMessage(change.subject, change.body ?? null, change.trailers);
  let commit: string;
  try {
    commit = (await writeCommit(repo, parent, change.files, message)).commit;
  } catch (err) {
    throw new MregError('GIT', `git could not write the commit (nothing was changed): ${firstLine(errorMessage(err))}`);
  }
  const branch = repo.branch as string;
  if (mode.push) {
    const pushed = await pushBranch(repo, ctx.remote, branch, commit).catch((err: unknown) => {
      // Refused or unreachable: the commit was made nowhere but in the object store.
      throw err instanceof MregError ? new MregError(err.code, `${err.message}; nothing was changed`) : err;
    });
    if (!pushed.ok) return { moved: `${ctx.remote}/${branch} (${pushed.message})` };
  }
  const local = await moveLocalBranch(ctx, mode, commit, parent, change.subject);
  if (local === 'lost') return { moved: repo.branch ?? 'HEAD' };
  // The work tree follows only the branch: where the branch could not move, it stays as it was.
  if (local === 'moved') await bringWorkTree(ctx, change.files);
  return { done: { result: change.result, commit } };
}

/**
 * The local branch moves from the planned-on commit to the new one: 'moved'. Unpushed, a branch
 * that moved meanwhile means planning again: 'lost'. Pushed, the change is made: a local branch
 * that could not follow ('stayed') is fast-forwarded by the next command's sync.
 */
async function moveLocalBranch(
  ctx: OpsContext,
  mode: PushMode,
  commit: string,
  parent: string | null,
  subject: string,
): Promise<'moved' | 'stayed' | 'lost'> {
  try {
    if (await moveBranch(ctx.repo, commit, parent, `mreg: ${subject}`)) return 'moved';
    if (!mode.push) return 'lost';
    if ((await headSha(ctx.repo)) !== commit)
      ctx.logger.warn(`pushed ${commit.slice(0, 12)}; ${ctx.repo.branch} moved here meanwhile and was left as it is`);
  } catch (err) {
    if (!mode.push) throw new MregError('GIT', `${errorMessage(err)}; nothing was changed`);
    ctx.logger.warn(
      `pushed ${commit.slice(0, 12)}; ${errorMessage(err)}: the next mreg command fast-forwards ${ctx.repo.branch}`,
    );
  }
  return 'stayed';
}

/** The work tree follows the commit; what could not follow is said, and the next command finishes it. */
async function bringWorkTree(ctx: OpsContext, files: { path: string; content: string }[]): Promise<void> {
  try {
    const follow = await followWorkTree(ctx.repo, files);
    if (follow.kept.length)
      ctx.logger.warn(
        `committed; ${follow.kept.join(', ')} edited meanwhile: kept as edited (compare with git diff HEAD)`,
      );
    if (follow.indexNote)
      ctx.logger.warn(
        `committed; git's index does not record it yet (${follow.indexNote}): the next mreg command records it`,
      );
  } catch (err) {
    ctx.logger.warn(
      `committed; the work tree could not be brought to the commit (${firstLine(errorMessage(err))}): the next mreg command does it`,
    );
  }
}

/**
 * Never commit over someone's uncommitted edit (staged or not, or an untracked file) of a file this
 * change writes, nor over one git hides (assume-unchanged, skip-worktree). `lagging`: paths whose
 * files already hold HEAD's bytes while git's index still records the commit before (see finishLastChange).
 */
async function refuseEdits(ctx: OpsContext, paths: string[], lagging: string[]): Promise<void> {
  const [changed, flagged] = await Promise.all([
    changedUnder(ctx.repo, paths),
    ctx.repo.git.raw(['--literal-pathspecs', 'ls-files', '-v', '-z', '--', ...paths]),
  ]);
  const hidden = flagged
    .split('\0')
    .filter((l) => /^[a-zS] /.test(l))
    .map((l) => l.slice(2));
  if (hidden.length) {
    const one = hidden.length === 1;
    throw new MregError(
      'CONFLICT',
      `${hidden.join(', ')} ${one ? 'is' : 'are'} marked assume-unchanged or skip-worktree in git's index, so git shows no edit of ${one ? 'it' : 'them'}: ` +
        `clear the mark first (git update-index --no-assume-unchanged --no-skip-worktree -- ${hidden.join(' ')}); nothing was changed`,
    );
  }
  const dirty = paths.filter((p) => changed.has(p) && !lagging.includes(p));
  if (dirty.length) {
    throw new MregError(
      'CONFLICT',
      `uncommitted changes in ${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', ...' : ''}; commit or discard them first (nothing was changed)`,
    );
  }
}

/** A registry file, or a folder on its way, that is a symbolic link would take the write outside the repository. */
async function refuseLinks(root: string, files: { path: string }[]): Promise<void> {
  for (const f of files) {
    if (!f.path.startsWith(`${REGISTRY_DIR}/`) || f.path.split('/').includes('..'))
      throw new MregError('INTERNAL', `refusing to write outside registry/: ${f.path}`);
    const parts = f.path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join('/');
      const abs = path.join(root, rel);
      if (!(await lstat(abs).catch(() => null))?.isSymbolicLink()) continue;
      const target = await readlink(abs).catch(() => '?');
      if (i === parts.length) throw symlinkError(f.path, target);
      throw new MregError(
        'PRECONDITION',
        `${rel} is a symbolic link (to ${target}); mreg writes the registry's files inside the repository only: replace the link by the folder it points to and commit that (nothing was changed)`,
      );
    }
  }
}
