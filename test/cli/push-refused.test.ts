import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg, tempDir } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

describe('a push refused by policy (a hook, branch protection)', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'llama3', '2.0.0');
    const hook = path.join(repo.remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "main is protected" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
  });
  afterAll(() => repo.cleanup());

  it('is not retried as a race, and leaves no local commit behind to be pushed later, nor a changed work tree', async () => {
    const head = repo.git(['rev-parse', 'HEAD']);
    const registry = readFileSync(path.join(repo.work, 'registry/registry.json'));
    const r = await mreg(['--repo', repo.work, 'deploy', 'llama3', '2.0.0', '--env', 'production']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /git push to origin main failed: .*(pre-receive hook declined|main is protected).*nothing was changed/,
    );
    expect(r.stderr).not.toMatch(/kept moving|planning the change again/);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(readFileSync(path.join(repo.work, 'registry/registry.json')).equals(registry)).toBe(true);
    expect(repo.git(['status', '--porcelain', '--untracked-files=all', '--', 'registry'])).toBe('');
  });
});

describe('mreg demo --dir', () => {
  it('refuses a folder that is neither empty nor an earlier demo, and leaves it alone', async () => {
    const { dir, cleanup } = await tempDir('mreg-demo-dir-');
    try {
      const target = path.join(dir, 'mine');
      mkdirSync(target);
      writeFileSync(path.join(target, 'precious.txt'), 'keep me');
      const r = await mreg(['demo', '--dir', target]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is not empty and holds no earlier demo/);
      expect(existsSync(path.join(target, 'precious.txt'))).toBe(true);
    } finally {
      await cleanup();
    }
  });
});
