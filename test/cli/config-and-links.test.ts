import { mkdirSync, readFileSync, readlinkSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * What the repository's content may not do to the machines that read it: point the cache outside
 * the repository, or make registry.json a symbolic link. Each is refused with one clear line
 * (file, JSON pointer or link, what was expected), exit 1, nothing changed.
 */
describe('cache.dir and a symlinked registry.json', () => {
  let repo: TestRepo;
  let head: string;
  const configFile = () => path.join(repo.work, 'registry/config.json');
  let config: string;

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'tm', '1.0.0');
    config = readFileSync(configFile(), 'utf8');
    head = repo.git(['rev-parse', 'HEAD']);
  });
  afterAll(() => repo.cleanup());

  const withCacheDir = (dir: string) => {
    const c = JSON.parse(config);
    writeFileSync(configFile(), JSON.stringify({ ...c, cache: { ...c.cache, dir } }, null, 2) + '\n');
  };
  const deploy = () => mreg(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);

  it.each([
    [
      '../outside-cache',
      /registry\/config\.json#\/cache\/dir: "\.\.\/outside-cache" escapes the repository; expected a folder inside the repository/,
    ],
    [
      '/var/tmp/mreg-cache',
      /registry\/config\.json#\/cache\/dir: "\/var\/tmp\/mreg-cache" is an absolute path; expected a folder inside the repository/,
    ],
    ['cache/../../x', /#\/cache\/dir: "cache\/\.\.\/\.\.\/x" escapes the repository/],
  ])('refuses cache.dir %s', async (dir, message) => {
    withCacheDir(dir);
    try {
      const r = await deploy();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    } finally {
      writeFileSync(configFile(), config);
    }
  });

  it('refuses a cache.dir that leads out through a symbolic link, and accepts one inside', async () => {
    const outside = path.join(repo.root, 'elsewhere');
    mkdirSync(outside);
    symlinkSync(outside, path.join(repo.work, 'cache-link'));
    withCacheDir('cache-link/artifacts-cache');
    try {
      const r = await deploy();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /#\/cache\/dir: "cache-link\/artifacts-cache" leads out of the repository \(to .*elsewhere, through a symbolic link\)/,
      );
      expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
      withCacheDir('local-cache/sub');
      expect((await mreg(['--repo', repo.work, 'status'])).code).toBe(0);
    } finally {
      writeFileSync(configFile(), config);
    }
  });

  it('a symlinked registry.json gets its own message, not "uncommitted changes", and stays as it was', async () => {
    const file = path.join(repo.work, 'registry/registry.json');
    renameSync(file, path.join(repo.work, 'registry/real-registry.json'));
    symlinkSync('real-registry.json', file);
    repo.git(['add', '-A', 'registry']);
    repo.git(['commit', '--quiet', '-m', 'registry.json as a link']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    const linked = repo.git(['rev-parse', 'HEAD']);
    for (const args of [['deploy', 'tm', '1.0.0', '--env', 'staging'], ['status']]) {
      const r = await mreg(['--repo', repo.work, ...args]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'registry/registry.json is a symbolic link (to real-registry.json); mreg reads and writes the registry',
      );
      expect(r.stderr).not.toContain('uncommitted');
    }
    // validate says so too: a CI check must not pass a registry that no command will use.
    const report = await mreg(['--repo', repo.work, 'validate', '--json']);
    expect(report.code).toBe(1);
    expect(JSON.parse(report.stdout).problems).toContainEqual(
      expect.objectContaining({ file: 'registry/registry.json', message: expect.stringMatching(/is a symbolic link/) }),
    );
    expect(readlinkSync(file)).toBe('real-registry.json');
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(linked);
    expect(repo.git(['status', '--porcelain', 'registry'])).toBe('');
  });
});
