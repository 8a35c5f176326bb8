import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg, mregJson, tempDir } from '../helpers/cli.js';

describe('mreg init says what to do next', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    tmp = await tempDir('mreg-init-next-');
  });
  afterAll(async () => tmp?.cleanup());

  it('a new repository: add a remote and push, publish, deploy', async () => {
    const dir = path.join(tmp.dir, 'fresh');
    const r = await mreg(['init', dir, '--env', 'dev', '--env', 'prod'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nNext:\n');
    expect(r.stdout).toContain(
      '  1. give it a remote and push: cd fresh && git remote add origin git@github.com:OWNER/REPO.git && git push -u origin HEAD',
    );
    expect(r.stdout).toContain(
      '  2. publish a first version: mreg publish MODEL.gguf --model NAME --version 1.0.0 --quantization Q',
    );
    expect(r.stdout).toContain('  3. deploy it: mreg deploy NAME 1.0.0 --env dev');
  });

  it('a repository with a remote already: push it; --json carries the steps', async () => {
    const dir = path.join(tmp.dir, 'cloned');
    mkdirSync(dir);
    execFileSync('git', ['init', '--quiet', dir]);
    execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', path.join(tmp.dir, 'remote.git')]);
    const r = await mregJson(['init', dir], { cwd: tmp.dir });
    expect(r.next_steps[0]).toBe('push the registry: cd cloned && git push');
    expect(r.created_repository).toBe(false);
  });
});
