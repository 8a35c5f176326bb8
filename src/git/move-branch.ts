import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { firstLine, resolveRef, type GitRepo } from './repo.js';
import type { FileContent } from './write-commit.js';

const NO_COMMIT = '0'.repeat(40);

/**
 * Moves the checked-out branch (or a detached HEAD) from `expected` to `next` in one compare-and-swap
 * by git: true when it moved; false when it no longer pointed at `expected` (another writer in
 * this clone won). Anything else (a lock git left behind, a full disk) throws, with nothing moved.
 * The reflog records `reason`.
 */
export async function moveBranch(
  repo: GitRepo,
  next: string,
  expected: string | null,
  reason: string,
): Promise<boolean> {
  const ref = repo.branch ? `refs/heads/${repo.branch}` : 'HEAD';
  try {
    await repo.git.raw(['update-ref', '--no-deref', '-m', reason, ref, next, expected ?? NO_COMMIT]);
    return true;
  } catch (err) {
    if ((await resolveRef(repo, ref)) !== expected) return false;
    throw new Error(`git update-ref ${ref} failed: ${firstLine(errorMessage(err))}`);
  }
}

/** What bringing the work tree to a commit left undone. */
export interface FollowResult {
  /** Paths with an edit made meanwhile: kept as they are. */
  kept: string[];
  /** Why git's index could not record the new files (they are in the work tree), when it could not. */
  indexNote?: string;
}

/**
 * Brings the work tree and the index to the commit the branch just moved to, for the paths that
 * commit changed (the index still records the previous commit for them). A file someone edited
 * meanwhile (it differs from the index, or is an untracked file in the way) is kept, never
 * overwritten. Each file is replaced whole, by a rename, so a kill or a full disk leaves each
 * path at the old or the new bytes; the index follows through git (`update-index`).
 */
export async function followWorkTree(repo: GitRepo, files: FileContent[]): Promise<FollowResult> {
  const paths = files.map((f) => f.path);
  const listed = await repo.git.raw([
    '--literal-pathspecs',
    'ls-files',
    '-z',
    '--modified',
    '--others',
    '--',
    ...paths,
  ]);
  const kept = [...new Set(listed.split('\0').filter(Boolean))];
  const writes = files.filter((f) => !kept.includes(f.path));
  await Promise.all(writes.map((f) => replaceFile(repo.root, f)));
  if (!writes.length) return { kept };
  return {
    kept,
    indexNote: await recordInIndex(
      repo,
      writes.map((f) => f.path),
    ),
  };
}

/** The index records these work-tree files as they are now; undefined on success, else git's reason. */
async function recordInIndex(repo: GitRepo, paths: string[]): Promise<string | undefined> {
  try {
    await repo.git.raw(['--literal-pathspecs', 'update-index', '--add', '--', ...paths]);
    return undefined;
  } catch (err) {
    return firstLine(errorMessage(err));
  }
}

const TEMP_MARK = '.mreg-tmp';

/**
 * Writes a file beside its final path, then renames it there: readers see the old bytes or the new
 * ones, never a part. A temporary file a killed writer left in the same folder is removed first.
 */
async function replaceFile(root: string, f: FileContent): Promise<void> {
  const file = path.join(root, f.path);
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const base = path.basename(file);
  const stale = (await readdir(folder)).filter((n) => n.startsWith(`.${base}.`) && n.endsWith(TEMP_MARK));
  await Promise.all(stale.map((n) => rm(path.join(folder, n), { force: true })));
  const tmp = path.join(folder, `.${base}.${process.pid}${TEMP_MARK}`);
  try {
    await writeFile(tmp, f.content);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Finishes what registry commits of this clone left undone when stopped after moving the branch (a
 * kill, a full disk, an index git could not write): HEAD and the commits before it, each carrying
 * `trailer`, lead back to a commit whose entries the index still holds for the paths under
 * `under`. Each such path whose file is one of those commits' gets HEAD's bytes and its index
 * entry; a file with any other content is someone's edit and is left alone (the writer's check
 * then names it). Returns the paths whose files are HEAD's but whose index entry could not be written.
 */
export async function finishCheckout(repo: GitRepo, under: string[], trailer: string): Promise<string[]> {
  const lagging = await namesDiffering(repo, 'HEAD', under).catch(() => [] as string[]);
  if (!lagging.length) return [];
  const chain = await chainToIndex(repo, lagging, trailer);
  if (!chain) return [];
  const [current, ...known] = await Promise.all([
    workTreeBlobs(repo, lagging),
    ...chain.map((c) => blobsAt(repo, c, lagging)),
  ]);
  const now = known[0];
  const ready = lagging.filter((p) => now.has(p) && current.get(p) === now.get(p));
  const behind = lagging.filter(
    (p) => now.has(p) && !ready.includes(p) && known.some((k) => current.get(p) === k.get(p)),
  );
  const files = await Promise.all(
    behind.map(async (p) => ({ path: p, content: await repo.git.raw(['cat-file', 'blob', now.get(p) as string]) })),
  );
  await Promise.all(files.map((f) => replaceFile(repo.root, f)));
  const done = [...ready, ...behind];
  if (!done.length) return [];
  return (await recordInIndex(repo, done)) === undefined ? [] : done;
}

/**
 * HEAD, then each first parent while the commit carries `trailer`, down to the commit whose tree
 * the index matches for `paths` (included last); null when there is none within a few commits.
 */
async function chainToIndex(repo: GitRepo, paths: string[], trailer: string): Promise<string[] | null> {
  const log = await repo.git.raw([
    'log',
    '--first-parent',
    '-n',
    '16',
    `--format=%H %P%x1f%(trailers:key=${trailer},valueonly)%x1e`,
    'HEAD',
  ]);
  const chain: string[] = [];
  for (const record of log.split('\x1e')) {
    const [ids, value = ''] = record.trim().split('\x1f');
    const [commit, ...parents] = (ids ?? '').split(' ');
    if (!commit || parents.length !== 1 || !value.trim()) return null;
    chain.push(commit);
    if (!(await namesDiffering(repo, parents[0], paths)).length) return [...chain, parents[0]];
  }
  return null;
}

/** Paths under `paths` whose index entry differs from `commit`'s tree. */
async function namesDiffering(repo: GitRepo, commit: string, paths: string[]): Promise<string[]> {
  const out = await repo.git.raw([
    '--literal-pathspecs',
    'diff-index',
    '--cached',
    '--no-renames',
    '--name-only',
    '-z',
    commit,
    '--',
    ...paths,
  ]);
  return out.split('\0').filter(Boolean);
}

/** Each path's blob in `commit` (absent: no such file there). */
async function blobsAt(repo: GitRepo, commit: string, paths: string[]): Promise<Map<string, string>> {
  const out = await repo.git.raw(['ls-tree', '-z', commit, '--', ...paths]);
  const blobs = new Map<string, string>();
  for (const line of out.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (m) blobs.set(m[2], m[1]);
  }
  return blobs;
}

/** The blob each work-tree file would be (as `git add` would clean it); absent: no such file. */
async function workTreeBlobs(repo: GitRepo, paths: string[]): Promise<Map<string, string>> {
  const present = (
    await Promise.all(
      paths.map(async (p) => ((await lstat(path.join(repo.root, p)).catch(() => null))?.isFile() ? p : null)),
    )
  ).filter((p): p is string => p !== null);
  if (!present.length) return new Map();
  const out = (await repo.git.raw(['hash-object', '--', ...present])).trim().split('\n');
  return new Map(present.map((p, i) => [p, out[i]]));
}
