/** Where the repository is, which branch is checked out, its remotes and who acts: git's own answers. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedUnder, openRepo } from '../../src/git/repo.js';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mreg-place-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@x',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@x',
};
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

describe('openRepo', () => {
  it("gives git's answer for the top folder, a subfolder, another branch name, an unborn branch and a detached HEAD", async () => {
    const plain = newRepo('plain');
    const sub = path.join(plain, 'a/b');
    mkdirSync(sub, { recursive: true });
    const other = newRepo('other', { branch: 'feature/x' });
    const unborn = newRepo('unborn', { commit: false });
    const detached = newRepo('detached');
    git(['checkout', '--quiet', '--detach'], detached);
    for (const dir of [plain, sub, other, unborn, detached]) {
      const { root: top, branch } = await openRepo(dir);
      if (dir === unborn) expect({ root: top, branch }).toEqual({ root: unborn, branch: 'main' });
      else expect({ root: top, branch }).toEqual(gitsAnswer(dir));
    }
    expect((await openRepo(other)).branch).toBe('feature/x');
    expect((await openRepo(detached)).branch).toBeNull();
  });

  it('a linked worktree, a branch that is an alias of another, a folder with a .git that git does not take for a repository', async () => {
    const main = newRepo('with-worktree');
    const wt = path.join(root, 'wt');
    git(['worktree', 'add', '--quiet', '-b', 'side', wt], main);
    expect((await openRepo(wt)).branch).toBe('side');
    expect((await openRepo(wt)).root).toBe(wt);

    const alias = newRepo('alias');
    git(['symbolic-ref', 'refs/heads/master', 'refs/heads/main'], alias);
    git(['symbolic-ref', 'HEAD', 'refs/heads/master'], alias);
    expect((await openRepo(alias)).branch).toBe(gitsAnswer(alias).branch);

    const outer = newRepo('outer-of-fake');
    const fake = path.join(outer, 'fake');
    mkdirSync(path.join(fake, '.git'), { recursive: true });
    writeFileSync(path.join(fake, '.git/HEAD'), 'ref: refs/heads/main\n');
    expect((await openRepo(fake)).root).toBe(outer);
  });

  it("remotes and who acts, from git's configuration", async () => {
    const dir = newRepo('configured');
    git(['remote', 'add', 'origin', path.join(root, 'nowhere.git')], dir);
    git(['config', 'user.name', 'Ada Lovelace'], dir);
    const repo = await openRepo(dir);
    expect(repo.remotes).toEqual(['origin']);
    expect(repo.userName).toBe('Ada Lovelace');
  });

  it('outside any repository it says so', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mreg-no-repo-'));
    try {
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
