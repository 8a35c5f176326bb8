import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * Rollback is the emergency exit: when several people (or several workflow runs) press it at
 * once, every one of them must succeed. One commit lands; the others find the version they were
 * asked to leave already rolled back and succeed without a commit, saying so.
 */
describe('concurrent rollbacks from 8 clones', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) await registerFake(repo, 'racer', v);
    repo.git(['push', '--quiet', 'origin', 'main']);
    for (const v of ['1.0.0', '1.1.0'])
      await mregJson(['--repo', repo.work, 'deploy', 'racer', v, '--env', 'production']);
  });
  afterAll(() => repo.cleanup());

  it('all succeed, exactly one rollback lands, the rest say there was nothing to do', async () => {
    const clones = Array.from({ length: 8 }, (_, i) => repo.clone(`clone-${i}`));
    const results = await Promise.all(
      clones.map((dir) => mreg(['--repo', dir, 'rollback', '--env', 'production', '--reason', 'pager', '--json'])),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const outs = results.map((r) => JSON.parse(r.stdout));
    const landed = outs.filter((o) => !o.noop);
    const noops = outs.filter((o) => o.noop);
    expect(landed).toHaveLength(1);
    expect(noops).toHaveLength(7);
    for (const o of outs) expect(o.version).toBe('1.0.0');
    for (const o of noops)
      expect(o.noop).toMatch(/racer-v1\.1\.0-q4km was already rolled back in production by history entry #3/);

    const final = repo.clone('final');
    const reg = JSON.parse(readFileSync(path.join(final, 'registry/registry.json'), 'utf8'));
    expect(reg.history.map((e: any) => [e.id, e.action, e.version, e.rolled_back])).toEqual([
      [1, 'deploy', '1.0.0', false],
      [2, 'deploy', '1.1.0', true],
      [3, 'rollback', '1.0.0', false],
    ]);
    expect(repo.git(['log', '--format=%s', '--grep=^Mreg-Action: rollback'], final).trim().split('\n')).toHaveLength(1);
  });
});
