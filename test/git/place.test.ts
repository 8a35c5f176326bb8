/**
 * Where the repository is and which branch is checked out, read from the files (no git process):
 * the answer must be git's own wherever the layout is the plain one, and null (ask git) wherever
 * it is not.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedUnder, openRepo, placeFromFiles } from '../../src/git/repo.js';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mreg-place-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', env }).trim();

/** git's own answer: the top folder and the branch (null when HEAD is detached). */
function gitsAnswer(dir: string): { root: string; branch: string | null } {
  const top = git(['rev-parse', '--show-toplevel'], dir);
  let branch: string | null = null;
  try {
    branch = git(['symbolic-ref', '--quiet', '--short', 'HEAD'], dir) || null;
  } catch {
    // detached: symbolic-ref exits 1
  }
  return { root: top, branch };
}

function newRepo(name: string, o: { commit?: boolean; branch?: string } = {}): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  git(['init', '--quiet', `--initial-branch=${o.branch ?? 'main'}`], dir);
  if (o.commit !== false) git(['commit', '--quiet', '--allow-empty', '-m', 'first'], dir);
  return dir;
}

describe('placeFromFiles', () => {
  it("gives git's answer for the top folder, a subfolder, another branch name, an unborn branch and a detached HEAD", async () => {
    const plain = newRepo('plain');
    const sub = path.join(plain, 'a/b');
    mkdirSync(sub, { recursive: true });
    const other = newRepo('other', { branch: 'feature/x' });
    const unborn = newRepo('unborn', { commit: false });
    const detached = newRepo('detached');
    git(['checkout', '--quiet', '--detach'], detached);
    for (const dir of [plain, sub, other, unborn, detached]) {
      const files = await placeFromFiles(dir);
      expect(files, dir).not.toBeNull();
      if (dir === unborn) expect(files).toEqual({ root: unborn, branch: 'main' });
      else expect(files).toEqual(gitsAnswer(dir));
    }
    expect((await placeFromFiles(other))?.branch).toBe('feature/x');
    expect((await placeFromFiles(detached))?.branch).toBeNull();
  });

  it('a repository inside another: the nearest one; a path through a symbolic link: the real path', async () => {
    const outer = newRepo('outer');
    const inner = newRepo('outer/inner');
    expect(await placeFromFiles(inner)).toEqual(gitsAnswer(inner));
    const link = path.join(root, 'link-to-outer');
    symlinkSync(outer, link);
    expect(await placeFromFiles(path.join(link, 'inner'))).toEqual({ root: inner, branch: 'main' });
  });

  it('null (git decides) for a linked worktree, a bare repository, the inside of .git, core.worktree, and GIT_DIR set', async () => {
    const main = newRepo('with-worktree');
    const wt = path.join(root, 'wt');
    git(['worktree', 'add', '--quiet', '-b', 'side', wt], main);
    expect(await placeFromFiles(wt)).toBeNull();
    const bare = path.join(root, 'bare.git');
    git(['init', '--quiet', '--bare', bare], root);
    expect(await placeFromFiles(bare)).toBeNull();
    expect(await placeFromFiles(path.join(main, '.git'))).toBeNull();
    const moved = newRepo('moved-worktree');
    git(['config', 'core.worktree', root], moved);
    expect(await placeFromFiles(moved)).toBeNull();
    const plain = newRepo('env');
    process.env.GIT_DIR = path.join(plain, '.git');
    try {
      expect(await placeFromFiles(plain)).toBeNull();
    } finally {
      delete process.env.GIT_DIR;
    }
    // openRepo still opens each of them through git.
    expect((await openRepo(wt)).branch).toBe('side');
    expect((await openRepo(wt)).root).toBe(wt);
  });

  it('null for a branch that is an alias of another, a HEAD kept as a symbolic link, and settings that change the layout in any spelling', async () => {
    const alias = newRepo('alias');
    git(['symbolic-ref', 'refs/heads/master', 'refs/heads/main'], alias);
    git(['symbolic-ref', 'HEAD', 'refs/heads/master'], alias);
    expect(gitsAnswer(alias).branch).toBe('main');
    expect(await placeFromFiles(alias)).toBeNull();
    expect((await openRepo(alias)).branch).toBe('main');

    const linkedHead = newRepo('linked-head');
    rmSync(path.join(linkedHead, '.git/HEAD'));
    symlinkSync('refs/heads/main', path.join(linkedHead, '.git/HEAD'));
    expect(await placeFromFiles(linkedHead)).toBeNull();
    expect((await openRepo(linkedHead)).branch).toBe('main');

    for (const [what, config] of [
      ['core.bare yes', '[core]\n\tbare = yes\n'],
      ['core.bare as a bare key', '[core]\n\tbare\n'],
      ['core.worktree on the header line', '[core] worktree = /elsewhere\n'],
      ['repository format 2', '[core]\n\trepositoryformatversion = 2\n'],
    ]) {
      const dir = newRepo(`layout-${what.replace(/\W+/g, '-')}`);
      appendFileSync(path.join(dir, '.git/config'), config);
      expect(await placeFromFiles(dir), what).toBeNull();
    }

    // A folder holding .git with HEAD and config but no objects/ is no repository to git: it looks further up.
    const outer = newRepo('outer-of-fake');
    const fake = path.join(outer, 'fake');
    mkdirSync(path.join(fake, '.git'), { recursive: true });
    writeFileSync(path.join(fake, '.git/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(path.join(fake, '.git/config'), '[core]\n\trepositoryformatversion = 0\n');
    expect(await placeFromFiles(fake)).toBeNull();
    expect((await openRepo(fake)).root).toBe(outer);
  });

  it('null outside any repository, and openRepo then says so', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mreg-no-repo-'));
    try {
      expect(await placeFromFiles(outside)).toBeNull();
      await expect(openRepo(outside)).rejects.toThrow(/is not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('changedUnder', () => {
  it('a staged rename names both paths: the old one is deleted from the index', async () => {
    const dir = newRepo('renamed');
    writeFileSync(path.join(dir, 'a.json'), '{}\n');
    git(['add', 'a.json'], dir);
    git(['commit', '--quiet', '-m', 'a'], dir);
    git(['mv', 'a.json', 'b.json'], dir);
    const changed = await changedUnder(await openRepo(dir), ['.']);
    expect([...changed].sort()).toEqual(['a.json', 'b.json']);
  });
});
