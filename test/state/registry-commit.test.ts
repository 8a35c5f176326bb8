import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * A registry change moves the branch before the work tree follows. Whatever stops it in between (a
 * kill, a full disk, an index git cannot write), the repository holds the old commit with an
 * untouched work tree or the new commit, and the next command brings the work tree to it with no
 * repair by hand, while a real edit made meanwhile is kept and named.
 */
describe('a registry commit stopped between its steps', () => {
  let repo: TestRepo;
  let other: string;
  const file = () => path.join(repo.work, 'registry/registry.json');
  const status = () => repo.git(['status', '--porcelain', '--untracked-files=all']);

  beforeEach(async () => {
    repo = await makeRepo({ gate: false });
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) await registerFake(repo, 'tm', v);
    repo.git(['push', '--quiet', 'origin', 'main']);
    other = repo.clone('other');
  });
  afterEach(() => repo.cleanup());

  /** The state a change leaves when stopped right after its branch moved: HEAD is the new commit, index and files the old one's. */
  async function branchMovedOnly(): Promise<string> {
    await mregJson(['--repo', other, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    repo.git(['fetch', '--quiet', 'origin']);
    repo.git(['update-ref', 'refs/heads/main', 'origin/main']);
    expect(status()).toMatch(/^M. registry\/registry\.json$/m);
    return repo.git(['rev-parse', 'HEAD']).trim();
  }

  it('after the branch moved: the next command, even a read, brings the work tree to the commit', async () => {
    const head = await branchMovedOnly();
    const out = await mregJson(['--repo', repo.work, 'status']);
    expect(JSON.stringify(out)).toContain('1.0.0');
    expect(status()).toBe('');
    expect(readFileSync(file(), 'utf8')).toBe(repo.git(['show', `${head}:registry/registry.json`]));
    const next = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.1.0', '--env', 'staging']);
    expect(next.history_id).toBe(2);
  });

  it('after some files were written and the index not: finished the same way', async () => {
    const head = await branchMovedOnly();
    writeFileSync(file(), repo.git(['show', `${head}:registry/registry.json`]));
    const next = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.1.0', '--env', 'staging']);
    expect(next.history_id).toBe(2);
    expect(status()).toBe('');
  });

  it('an edit made while the work tree lagged is kept and named, not overwritten', async () => {
    await branchMovedOnly();
    const edited = readFileSync(file(), 'utf8').replace('"schema_version": 1', '"schema_version":  1');
    writeFileSync(file(), edited);
    const r = await mreg(['--repo', repo.work, 'deploy', 'tm', '1.1.0', '--env', 'staging']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/uncommitted changes in registry\/registry\.json/);
    expect(readFileSync(file(), 'utf8')).toBe(edited);
  });

  it.each([
    ['committing locally', ['--no-push']],
    ['pushing', []],
  ])(
    'an index git cannot write (a lock left behind), %s: the change lands, the index follows once the lock is gone',
    async (_, flags) => {
      const lock = path.join(repo.work, '.git/index.lock');
      writeFileSync(lock, '');
      const r = await mreg(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging', '--json', ...flags]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/index\.lock/);
      const head = repo.git(['rev-parse', 'HEAD']).trim();
      expect(JSON.parse(r.stdout).commit).toBe(head);
      expect(readFileSync(file(), 'utf8')).toBe(repo.git(['show', `${head}:registry/registry.json`]));
      // Another change while the lock is still there: planned on the new commit, not refused.
      const second = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.1.0', '--env', 'staging', ...flags]);
      expect(second.history_id).toBe(2);
      rmSync(lock);
      await mregJson(['--repo', repo.work, 'status']);
      expect(status()).toBe('');
    },
  );

  it('a branch git cannot move (its lock left behind), pushing: the change is pushed, the work tree stays at the local HEAD, the next command fast-forwards', async () => {
    const lock = path.join(repo.work, '.git/refs/heads/main.lock');
    writeFileSync(lock, '');
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const r = await mreg(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).commit).toBe(repo.git(['rev-parse', 'main'], repo.remote).trim());
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(head);
    expect(readFileSync(file(), 'utf8')).toBe(repo.git(['show', `${head}:registry/registry.json`]));
    expect(status()).toBe('');
    rmSync(lock);
    const next = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.1.0', '--env', 'staging']);
    expect(next.history_id).toBe(2);
    expect(status()).toBe('');
  });
});
