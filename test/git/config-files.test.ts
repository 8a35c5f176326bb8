/**
 * git's configuration read from its files: every value this reader gives must be git's own (checked
 * against `git config` on the same files), and wherever it cannot be sure it gives null so that git
 * is asked.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGitConfig, settingsFromFiles } from '../../src/git/config-files.js';
import { openRepo } from '../../src/git/repo.js';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mreg-gitconfig-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ENV_KEYS = ['HOME', 'XDG_CONFIG_HOME', 'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_GLOBAL'];
let saved: Record<string, string | undefined>;
let home: string;
beforeEach(() => {
  saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  home = mkdtempSync(path.join(root, 'home-'));
  process.env.HOME = home;
  delete process.env.XDG_CONFIG_HOME;
  // Both readers read the machine's /etc/gitconfig, if any: the comparisons hold either way.
  delete process.env.GIT_CONFIG_NOSYSTEM;
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', env: process.env });

function newRepo(localConfig = ''): string {
  const dir = mkdtempSync(path.join(root, 'repo-'));
  git(['init', '--quiet', '--initial-branch=main'], dir);
  if (localConfig) writeFileSync(path.join(dir, '.git/config'), git(['config', '--list', '--local'], dir).length ? readLocal(dir) + localConfig : localConfig);
  return dir;
}

function readLocal(dir: string): string {
  return execFileSync('cat', [path.join(dir, '.git/config')], { encoding: 'utf8' });
}

/** git's own answer for the same keys. */
function gitsValues(dir: string): { name: string | null; email: string | null; remotes: string[] } {
  const out = (() => {
    try {
      return git(['config', '--get-regexp', '^(user\\.(name|email)|remote\\..*\\.url)$'], dir);
    } catch {
      return '';
    }
  })();
  const last = (key: string) => [...out.matchAll(new RegExp(`^${key} (.*)$`, 'gm'))].at(-1)?.[1] ?? null;
  return { name: last('user\\.name'), email: last('user\\.email'), remotes: [...new Set([...out.matchAll(/^remote\.(.+)\.url /gm)].map((m) => m[1]))] };
}

describe('settingsFromFiles', () => {
  it("gives git's values: quotes, escapes, comments, continued lines, old-style sections, the last level winning", async () => {
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = Global Name\n\temail = global@example.com\n');
    const dir = newRepo(
      [
        '[User]',
        '  NAME = "  Ada  \\"the\\" Lovelace " ; a comment',
        '  email = ada@example.com # another',
        '[remote "origin"]',
        '  url = https://example.com/a.git',
        '[remote "with.dots \\"and quotes\\""]',
        '  url = /srv/x.git',
        '[remote.Legacy]',
        '  url = /srv/legacy.git',
        '[alias]',
        '  long = log --oneline \\',
        '    --graph',
        '  flag',
        '[remote "no-url"]',
        '  url',
        '',
      ].join('\n'),
    );
    const mine = await settingsFromFiles(path.join(dir, '.git'));
    const gits = gitsValues(dir);
    expect(mine).not.toBeNull();
    expect(mine!.userName).toBe(gits.name);
    expect(mine!.userName).toBe('  Ada  "the" Lovelace ');
    expect(mine!.userEmail).toBe(gits.email);
    expect(mine!.remotes.sort()).toEqual(gits.remotes.sort());
    expect(mine!.remotes).toContain('with.dots "and quotes"');
    expect(mine!.remotes).toContain('legacy');
    expect(mine!.remotes).not.toContain('no-url');
  });

  it('reads values as git does: whitespace inside becomes spaces, a backslash in a comment continues nothing, empty quotes start nothing', async () => {
    const cases = [
      ['name = Alice Old # previous name \\', 'name = Bob New'],
      ['name = John\tSmith'],
      ['name = "" John'],
      ['name = "a" b "c"  ; trailing'],
      ['name = x \\', '  continued'],
      ['name = Alice\f'],
      ['name = A\vB'],
    ];
    for (const lines of cases) {
      writeFileSync(path.join(home, '.gitconfig'), ['[user]', '\temail = e@x', ...lines.map((l) => `\t${l}`), ''].join('\n'));
      const dir = newRepo();
      const mine = await settingsFromFiles(path.join(dir, '.git'));
      expect(mine?.userName, lines.join(' / ')).toBe(gitsValues(dir).name);
    }
  });

  it('reads the global files (XDG first, then ~/.gitconfig) when the repository sets no identity', async () => {
    mkdirSync(path.join(home, '.config/git'), { recursive: true });
    writeFileSync(path.join(home, '.config/git/config'), '[user]\n\tname = From XDG\n\temail = xdg@example.com\n');
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = From Home\n');
    const dir = newRepo();
    const mine = await settingsFromFiles(path.join(dir, '.git'));
    expect(mine).toEqual({ userName: 'From Home', userEmail: 'xdg@example.com', remotes: [] });
    expect(gitsValues(dir)).toEqual({ name: 'From Home', email: 'xdg@example.com', remotes: [] });
  });

  it('null (git is asked) for an include, configuration from the environment, a missing identity, and a line it does not understand', async () => {
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = N\n\temail = e@x\n');
    const plain = newRepo();
    expect(await settingsFromFiles(path.join(plain, '.git'))).not.toBeNull();

    const included = newRepo(`[include]\n\tpath = ${path.join(home, 'more')}\n`);
    expect(await settingsFromFiles(path.join(included, '.git'))).toBeNull();
    const conditional = newRepo(`[includeIf "gitdir:/x/"]\n\tpath = /x\n`);
    expect(await settingsFromFiles(path.join(conditional, '.git'))).toBeNull();

    process.env.GIT_CONFIG_PARAMETERS = "'user.name'='Other'";
    expect(await settingsFromFiles(path.join(plain, '.git'))).toBeNull();
    delete process.env.GIT_CONFIG_PARAMETERS;

    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = Only A Name\n');
    expect(await settingsFromFiles(path.join(plain, '.git'))).toBeNull();
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = "  "\n\temail = e@x\n');
    expect(await settingsFromFiles(path.join(plain, '.git'))).toBeNull();

    // git reads its global files through HOME only, and GIT_CONFIG_NOSYSTEM as a boolean.
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = N\n\temail = e@x\n');
    delete process.env.HOME;
    expect(await settingsFromFiles(path.join(plain, '.git'))).toBeNull();
    process.env.HOME = home;
    for (const v of ['1', '0', 'false']) {
      process.env.GIT_CONFIG_NOSYSTEM = v;
      expect(await settingsFromFiles(path.join(plain, '.git'))).toBeNull();
    }
    delete process.env.GIT_CONFIG_NOSYSTEM;

    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = N\n\temail = e@x\n');
    for (const odd of ['[core] bare = false\n', '[ core ]\n\tbare = false\n', '[remote "o" ]\n\turl = /x\n', '[core]\n\tbare # c\n']) {
      const dir = newRepo(odd);
      expect(await settingsFromFiles(path.join(dir, '.git')), odd).toBeNull();
    }
  });

  it("openRepo takes the files' answer when it is certain and git's otherwise, the same either way", async () => {
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = Same Name\n\temail = same@example.com\n');
    const dir = newRepo('[remote "upstream"]\n\turl = /srv/u.git\n');
    const fromFiles = await openRepo(dir);
    process.env.GIT_CONFIG_COUNT = '0'; // forces the git path without changing any value
    const fromGit = await openRepo(dir);
    delete process.env.GIT_CONFIG_COUNT;
    for (const r of [fromFiles, fromGit]) {
      expect(r.userName).toBe('Same Name');
      expect(r.remotes).toEqual(['upstream']);
      expect(r.branch).toBe('main');
      expect(r.root).toBe(dir);
    }
  });
});

describe('parseGitConfig', () => {
  it('refuses what it does not understand instead of guessing', () => {
    expect(parseGitConfig('key = outside any section\n')).toBeNull();
    expect(parseGitConfig('[user]\n\tname = "unterminated\n')).toBeNull();
    expect(parseGitConfig('[user]\n\tname = bad \\q escape\n')).toBeNull();
    expect(parseGitConfig('[user\n')).toBeNull();
    expect(parseGitConfig('[user]\n\tname = a\n')).toEqual([{ section: 'user', subsection: null, key: 'name', value: 'a' }]);
  });
});
