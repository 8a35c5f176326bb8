import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitRepo } from './repo.js';

export interface FileContent {
  /** Repository-relative path. */
  path: string;
  content: string;
}

export interface NewCommit {
  commit: string;
  /** Each file's blob, by path: what the index records once the work tree holds the file. */
  blobs: Map<string, string>;
}

/**
 * Writes a commit of `files` on top of `parent` (null: a first commit) with git's plumbing, and
 * nothing else: no branch moves, the user's index and work tree are not touched. The blobs go
 * through hash-object (with the path's attributes, as `git add` would clean them), the tree through
 * a temporary index outside the repository (read from the parent's tree, so every other path keeps
 * its entry), the commit through commit-tree (git's identity, signing and encoding settings).
 * A kill at any point leaves only unreferenced objects, which git's own maintenance removes.
 */
export async function writeCommit(
  repo: GitRepo,
  parent: string | null,
  files: FileContent[],
  message: string,
): Promise<NewCommit> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mreg-index-'));
  const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
  try {
    const [modes, blobs] = await Promise.all([
      parent ? modesAt(repo, parent, files) : new Map<string, string>(),
      Promise.all(
        files.map(async (f) =>
          (await repo.git.raw(['hash-object', '-w', '--stdin', `--path=${f.path}`], { input: f.content })).trim(),
        ),
      ),
      parent ? repo.git.raw(['read-tree', parent], { env }) : null,
    ]);
    const info = files.map((f, i) => `${modes.get(f.path) ?? '100644'} ${blobs[i]}\t${f.path}\n`).join('');
    await repo.git.raw(['update-index', '--index-info'], { env, input: info });
    const tree = (await repo.git.raw(['write-tree'], { env })).trim();
    const commit = (
      await repo.git.raw(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], { input: message })
    ).trim();
    return { commit, blobs: new Map(files.map((f, i) => [f.path, blobs[i]])) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An executable file stays executable; every other file the registry writes is a plain file. */
async function modesAt(repo: GitRepo, commit: string, files: FileContent[]): Promise<Map<string, string>> {
  const out = await repo.git.raw(['ls-tree', '-z', commit, '--', ...files.map((f) => f.path)]);
  const modes = new Map<string, string>();
  for (const line of out.split('\0')) {
    const m = /^(\d+) blob [0-9a-f]+\t(.+)$/s.exec(line);
    if (m && m[1] === '100755') modes.set(m[2], m[1]);
  }
  return modes;
}
