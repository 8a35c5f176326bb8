/**
 * "Unchanged since HEAD", read from git's own files: true only where `git status` finds nothing,
 * and null (ask git) for every state this reader does not prove: each case below is checked
 * against git's own answer.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unchangedFromFiles } from '../../src/git/index-file.js';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mreg-index-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', env });
const FILES = ['registry/registry.json', 'registry/models/m/m-v1.0.0-f16.json', 'registry/models/m/m-v1.1.0-f16.json'];

/** A repository whose last commit was made as mreg makes one: files written, then `git commit -- paths`. */
function committedRepo(): string {
  const dir = mkdtempSync(path.join(root, 'repo-'));
  git(['init', '--quiet', '--initial-branch=main'], dir);
  for (const f of FILES) {
    execFileSync('mkdir', ['-p', path.dirname(path.join(dir, f))]);
    writeFileSync(path.join(dir, f), `{"file": ${JSON.stringify(f)}}\n`);
  }
  git(['add', '.'], dir);
  git(['commit', '--quiet', '-m', 'first'], dir);
  writeFileSync(path.join(dir, FILES[0]), '{"changed": true}\n');
  git(['commit', '--quiet', '-m', 'second', '--', FILES[0]], dir);
  return dir;
}

const gitSaysClean = (dir: string, paths: string[]) =>
  git(['--no-optional-locks', 'status', '--porcelain', '--untracked-files=all', '--', ...paths], dir) === '';

describe('unchangedFromFiles', () => {
  it('true after a commit, for committed files and for a path absent from both HEAD and the work tree, as git says', async () => {
    const dir = committedRepo();
    const paths = [...FILES, 'registry/models/m/m-v2.0.0-f16.json'];
    expect(gitSaysClean(dir, paths)).toBe(true);
    expect(unchangedFromFiles(dir, paths)).toBe(true);
    expect(unchangedFromFiles(dir, [])).toBe(true);
  });

  it('null for an edit of the same size, a staged edit, a deleted file, an untracked file, a changed mode', async () => {
    const cases: [string, (dir: string) => void, string][] = [
      ['same-size edit', (d) => writeFileSync(path.join(d, FILES[1]), readFileSync(path.join(d, FILES[1]), 'utf8').replace('m', 'n')), FILES[1]],
      [
        'staged edit',
        (d) => {
          appendFileSync(path.join(d, FILES[2]), ' ');
          git(['add', FILES[2]], d);
        },
        FILES[2],
      ],
      ['deleted', (d) => rmSync(path.join(d, FILES[1])), FILES[1]],
      ['untracked', (d) => writeFileSync(path.join(d, 'registry/models/m/new.json'), '{}\n'), 'registry/models/m/new.json'],
      ['mode', (d) => chmodSync(path.join(d, FILES[1]), 0o755), FILES[1]],
    ];
    for (const [what, change, file] of cases) {
      const dir = committedRepo();
      change(dir);
      expect(gitSaysClean(dir, [file]), what).toBe(false);
      expect(unchangedFromFiles(dir, [file]), what).toBeNull();
    }
  });

  it('a staged change elsewhere makes every answer null (the index no longer records HEAD)', async () => {
    const dir = committedRepo();
    writeFileSync(path.join(dir, 'other.txt'), 'x\n');
    git(['add', 'other.txt'], dir);
    expect(unchangedFromFiles(dir, [FILES[1]])).toBeNull();
  });

  it('null where git would have to read the file again or reads the index differently: racily clean, touched, v4, split, packed HEAD, intent-to-add', async () => {
    const racy = committedRepo();
    // An entry not older than the index: git re-reads such a file; so must we (we do not: null).
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(racy, FILES[1]), future, future);
    git(['update-index', '-q', '--refresh'], racy);
    expect(unchangedFromFiles(racy, [FILES[1]])).toBeNull();

    const touched = committedRepo();
    utimesSync(path.join(touched, FILES[1]), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(gitSaysClean(touched, [FILES[1]])).toBe(true); // git re-reads and finds the same bytes
    expect(unchangedFromFiles(touched, [FILES[1]])).toBeNull();

    const v4 = committedRepo();
    git(['update-index', '--index-version', '4'], v4);
    expect(unchangedFromFiles(v4, [FILES[1]])).toBeNull();

    const split = committedRepo();
    git(['update-index', '--split-index'], split);
    expect(unchangedFromFiles(split, [FILES[1]])).toBeNull();

    const packed = committedRepo();
    git(['gc', '--quiet'], packed);
    expect(unchangedFromFiles(packed, [FILES[1]])).toBeNull();

    const intent = committedRepo();
    writeFileSync(path.join(intent, 'registry/models/m/later.json'), '{}\n');
    git(['add', '--intent-to-add', 'registry/models/m/later.json'], intent);
    expect(unchangedFromFiles(intent, ['registry/models/m/later.json'])).toBeNull();
  });
});
