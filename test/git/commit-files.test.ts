/**
 * A registry commit written into git's own files: the same commit, tree, index, branch and reflogs
 * as `git commit --no-verify -m MESSAGE -- PATHS` on an identical copy of the repository, checked by
 * git itself; and null, with nothing touched, for every state it does not write.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFromFiles } from '../../src/git/commit-files.js';
import { treeCache, unchangedFromFiles, walkEntries, extensionsOf } from '../../src/git/index-file.js';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mreg-commit-')));
// git's global files for this test process and its git processes: only what each case writes.
const home = path.join(root, 'home');
const saved = { HOME: process.env.HOME, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME };
beforeAll(() => {
  mkdirSync(home);
  process.env.HOME = home;
  delete process.env.XDG_CONFIG_HOME;
});
afterAll(() => {
  process.env.HOME = saved.HOME;
  if (saved.XDG_CONFIG_HOME !== undefined) process.env.XDG_CONFIG_HOME = saved.XDG_CONFIG_HOME;
  rmSync(root, { recursive: true, force: true });
});

const git = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
const FILES = [
  'README.md',
  'registry/registry.json',
  'registry/config.json',
  'registry/models/m/m-v1.0.0-f16.json',
  'registry/models/m/m-v1.1.0-f16.json',
  'registry/models/modèle-ü/modèle-ü-v1.0.0-f16.json',
  'registry/models/n/n-v1.0.0-f16.json',
  'registry/models/n.json',
  'registry/models/n0/x.json',
  'registry/history/entries-000001-001000.json',
];

/** A repository whose last commit was made as mreg's git path makes one (`git commit -- paths`). */
function committedRepo(): string {
  const dir = mkdtempSync(path.join(root, 'repo-'));
  git(['init', '--quiet', '--initial-branch=main'], dir);
  git(['config', 'user.name', 'Registry Bot'], dir);
  git(['config', 'user.email', 'bot@example.com'], dir);
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), `{"file": ${JSON.stringify(f)}}\n`);
  }
  git(['add', '.'], dir);
  git(['commit', '--quiet', '-m', 'first'], dir);
  writeFileSync(path.join(dir, FILES[1]), '{"changed": 1}\n');
  git(['commit', '--quiet', '-m', 'second', '--', FILES[1]], dir);
  return dir;
}

const CHANGED = ['registry/registry.json', 'registry/models/m/m-v1.1.0-f16.json', 'registry/models/modèle-ü/modèle-ü-v1.0.0-f16.json'];
const MESSAGE = 'deploy(production): m 1.0.0 -> 1.1.0  (f16)\n\nbody line   \n\n\n\nMreg-Action: deploy\n';

function edit(dir: string, paths = CHANGED): void {
  for (const p of paths) writeFileSync(path.join(dir, p), `{"edited": ${JSON.stringify(p)}}\n`);
}

/** Everything a commit leaves in the git folder, to prove a refusal touched nothing. */
function snapshot(dir: string): string {
  const g = path.join(dir, '.git');
  return JSON.stringify([
    git(['rev-parse', 'HEAD'], dir),
    readFileSync(path.join(g, 'index')).toString('hex'),
    readFileSync(path.join(g, 'logs/HEAD'), 'utf8'),
    git(['count-objects'], dir),
    ['index.lock', 'HEAD.lock', 'refs/heads/main.lock'].filter((l) => existsSync(path.join(g, l))),
  ]);
}

const lastReflog = (dir: string, log: string) =>
  readFileSync(path.join(dir, '.git/logs', log), 'utf8')
    .trim()
    .split('\n')
    .at(-1)
    ?.replace(/^\S+ \S+ /, '')
    .replace(/> \d+ [+-]\d{4}\t/, '> T\t');

describe('commitFromFiles', () => {
  it('writes the commit git writes: same tree, message, identity, index, reflogs; git finds it whole and clean', async () => {
    const ours = committedRepo();
    const theirs = path.join(root, `${path.basename(ours)}-git`);
    cpSync(ours, theirs, { recursive: true });
    edit(ours);
    edit(theirs);
    chmodSync(path.join(ours, CHANGED[1]), 0o755);
    chmodSync(path.join(theirs, CHANGED[1]), 0o755);
    const parent = git(['rev-parse', 'HEAD'], ours).trim();

    const id = await commitFromFiles(ours, 'main', CHANGED, MESSAGE);
    git(['-c', 'maintenance.auto=false', 'commit', '--quiet', '--no-verify', '-m', MESSAGE, '--', ...CHANGED], theirs);

    expect(id).toMatch(/^[0-9a-f]{40}$/);
    expect(git(['rev-parse', 'HEAD'], ours).trim()).toBe(id);
    expect(git(['rev-parse', 'HEAD^'], ours).trim()).toBe(parent);
    expect(git(['rev-parse', 'HEAD^{tree}'], ours)).toBe(git(['rev-parse', 'HEAD^{tree}'], theirs));
    const fields = '%an%n%ae%n%cn%n%ce%n%B';
    expect(git(['log', '-1', `--format=${fields}`], ours)).toBe(git(['log', '-1', `--format=${fields}`], theirs));
    expect(git(['cat-file', '-p', 'HEAD'], ours).replace(/ \d+ [+-]\d{4}$/gm, '')).toBe(
      git(['cat-file', '-p', 'HEAD'], theirs).replace(/ \d+ [+-]\d{4}$/gm, ''),
    );
    expect(git(['ls-files', '--stage'], ours)).toBe(git(['ls-files', '--stage'], theirs));
    expect(lastReflog(ours, 'HEAD')).toBe(lastReflog(theirs, 'HEAD'));
    expect(lastReflog(ours, 'refs/heads/main')).toBe(lastReflog(theirs, 'refs/heads/main'));
    expect(readFileSync(path.join(ours, '.git/COMMIT_EDITMSG'), 'utf8')).toBe(readFileSync(path.join(theirs, '.git/COMMIT_EDITMSG'), 'utf8'));

    expect(git(['fsck', '--strict', '--no-dangling'], ours)).toBe('');
    expect(git(['status', '--porcelain', '--untracked-files=all'], ours)).toBe('');
    // The index's cache of tree ids names HEAD's trees, folder by folder.
    const index = readFileSync(path.join(ours, '.git/index'));
    const after = walkEntries(index, () => {}) as number;
    const tree = extensionsOf(index, after)?.find((x) => x.signature === 'TREE');
    expect(tree).toBeDefined();
    const cache = treeCache(index.subarray(tree!.start, tree!.start + tree!.size));
    expect(cache.size).toBeGreaterThan(5);
    for (const [folder, node] of cache) {
      const name = Buffer.from(folder, 'latin1').toString('utf8');
      expect(node.id, folder).toBe(git(['rev-parse', `HEAD:${name}`], ours).trim());
    }
    // Not racily clean: the next change needs no git status.
    expect(unchangedFromFiles(ours, CHANGED)).toBe(true);
    // And git carries on from it.
    writeFileSync(path.join(ours, CHANGED[0]), '{"again": true}\n');
    git(['commit', '--quiet', '-m', 'third', '--', CHANGED[0]], ours);
    expect(git(['fsck', '--strict', '--no-dangling'], ours)).toBe('');
    expect(git(['status', '--porcelain'], ours)).toBe('');
  });

  it('commits one change after another, and from a branch whose ref is packed', async () => {
    const dir = committedRepo();
    for (let i = 0; i < 3; i++) {
      writeFileSync(path.join(dir, CHANGED[0]), `{"n": ${i}}\n`);
      if (i === 1) git(['pack-refs', '--all'], dir);
      expect(await commitFromFiles(dir, 'main', [CHANGED[0]], `change ${i}\n`)).toBe(git(['rev-parse', 'HEAD'], dir).trim());
      // The file was written just before the index: still not racily clean.
      expect(unchangedFromFiles(dir, [CHANGED[0]])).toBe(true);
    }
    expect(git(['log', '--format=%s', '-3'], dir)).toBe('change 2\nchange 1\nchange 0\n');
    expect(git(['fsck', '--strict', '--no-dangling'], dir)).toBe('');
    expect(git(['status', '--porcelain'], dir)).toBe('');
  });

  it('keeps an edit git would still see: a racily clean entry whose file changed is smudged, as git does', async () => {
    const dir = committedRepo();
    const second = () => new Promise((r) => setTimeout(r, 1020 - (Date.now() % 1000)));
    await second();
    // README.md committed, then edited to the same size within the same second: only git's
    // re-reading of racily clean entries sees that edit.
    writeFileSync(path.join(dir, 'README.md'), '{"a":3}\n');
    git(['add', 'README.md'], dir);
    git(['commit', '--quiet', '-m', 'readme'], dir);
    writeFileSync(path.join(dir, 'README.md'), '{"b":4}\n');
    await second();
    edit(dir);
    expect(await commitFromFiles(dir, 'main', CHANGED, MESSAGE)).toMatch(/^[0-9a-f]{40}$/);
    expect(git(['status', '--porcelain'], dir)).toBe(' M README.md\n');
    expect(git(['fsck', '--strict', '--no-dangling'], dir)).toBe('');
  });

  it('null, with nothing touched, for a path gone since it was written and for a branch HEAD is not on', async () => {
    const dir = committedRepo();
    edit(dir);
    rmSync(path.join(dir, CHANGED[1]));
    let before = snapshot(dir);
    expect(await commitFromFiles(dir, 'main', CHANGED, MESSAGE)).toBeNull();
    expect(snapshot(dir)).toBe(before);
    // A packed-only branch in a folder of its own: no folder is made for it.
    git(['branch', 'team/x'], dir);
    git(['pack-refs', '--all'], dir);
    before = snapshot(dir);
    expect(await commitFromFiles(dir, 'team/x', [CHANGED[0]], MESSAGE)).toBeNull();
    expect(snapshot(dir)).toBe(before);
    expect(existsSync(path.join(dir, '.git/refs/heads/team'))).toBe(false);
  });

  const refusals: [string, (dir: string) => NodeJS.ProcessEnv | void, string[]?][] = [
    ['a setting not known to change nothing (commit.gpgSign)', (d) => void git(['config', 'commit.gpgSign', 'false'], d)],
    ['a hooks path', (d) => void git(['config', 'core.hooksPath', '/nowhere'], d)],
    ['a commit encoding', (d) => void git(['config', 'i18n.commitEncoding', 'ISO-8859-1'], d)],
    ['an author setting', (d) => void git(['config', 'author.name', 'Someone'], d)],
    ['a global include', () => writeFileSync(path.join(home, '.gitconfig'), '[include]\n\tpath = other\n')],
    ['an index format setting', (d) => void git(['config', 'index.version', '4'], d)],
    ['a post-commit hook', (d) => writeFileSync(path.join(d, '.git/hooks/post-commit'), '#!/bin/sh\n', { mode: 0o755 })],
    ['a reference-transaction hook', (d) => writeFileSync(path.join(d, '.git/hooks/reference-transaction'), '#!/bin/sh\n', { mode: 0o755 })],
    ['an attributes file in the work tree', (d) => writeFileSync(path.join(d, 'registry/.gitattributes'), '*.json text eol=crlf\n')],
    ['an attributes file in the git folder', (d) => writeFileSync(path.join(d, '.git/info/attributes'), '*.json ident\n')],
    ['a merge under way', (d) => writeFileSync(path.join(d, '.git/MERGE_HEAD'), `${git(['rev-parse', 'HEAD'], d)}`)],
    ['an index lock held by another', (d) => writeFileSync(path.join(d, '.git/index.lock'), '')],
    ['a branch lock held by another', (d) => writeFileSync(path.join(d, '.git/refs/heads/main.lock'), '')],
    [
      'something else staged',
      (d) => {
        writeFileSync(path.join(d, 'README.md'), 'staged\n');
        git(['add', 'README.md'], d);
      },
    ],
    ['a file not tracked', (d) => writeFileSync(path.join(d, 'registry/models/m/new.json'), '{}\n'), ['registry/models/m/new.json']],
    ['an index of version 4', (d) => void git(['update-index', '--index-version', '4'], d)],
    [
      'an assume-unchanged mark (with the cache of trees made whole again)',
      (d) => {
        git(['update-index', '--assume-unchanged', 'README.md'], d);
        git(['write-tree'], d);
      },
    ],
    [
      'an untracked cache in the index',
      (d) => {
        git(['update-index', '--untracked-cache'], d);
        git(['status', '--porcelain'], d);
      },
    ],
    ['HEAD detached', (d) => void git(['checkout', '--quiet', '--detach'], d)],
    ['HEAD on another branch', (d) => void git(['checkout', '--quiet', '-b', 'other'], d)],
    [
      "HEAD's commit packed (not a loose object)",
      (d) => {
        git(['gc', '--quiet'], d);
      },
    ],
    ['an author in the environment', () => ({ GIT_AUTHOR_NAME: 'Someone' })],
    ['a time zone given as a POSIX rule', () => ({ TZ: '<+0330>-3:30' })],
    [
      'an attributes file in the index, deleted from the work tree',
      (d) => {
        writeFileSync(path.join(d, 'registry/.gitattributes'), '*.json text\n');
        git(['add', 'registry/.gitattributes'], d);
        git(['commit', '--quiet', '-m', 'attributes'], d);
        rmSync(path.join(d, 'registry/.gitattributes'));
      },
    ],
    ['a replacement object', (d) => void git(['replace', 'HEAD', 'HEAD^'], d)],
    ['a rerere cache', (d) => mkdirSync(path.join(d, '.git/rr-cache'))],
    ['an identity git would re-encode (a Unicode noncharacter)', (d) => void git(['config', 'user.name', 'Registry Bot \uFFFE'], d)],
    ['an identity git would write otherwise', (d) => void git(['config', 'user.name', 'Registry Bot.'], d)],
    ['no identity in the files', (d) => void git(['config', '--unset', 'user.email'], d)],
    ['nothing changed', () => {}, ['README.md']],
  ];
  it.each(refusals)('null and nothing touched: %s', async (_what, arrange, paths = CHANGED) => {
    const dir = committedRepo();
    const env = arrange(dir) ?? {};
    if (paths === CHANGED) edit(dir);
    const before = snapshot(dir);
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      expect(await commitFromFiles(dir, 'main', paths, MESSAGE)).toBeNull();
    } finally {
      for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
      rmSync(path.join(home, '.gitconfig'), { force: true });
    }
    expect(snapshot(dir)).toBe(before);
  });
});
