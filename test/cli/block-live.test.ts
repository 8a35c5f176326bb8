import { afterEach, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * Blocking a version an environment runs: say so, and offer the exit in the same command. Each
 * test makes the repository it starts from, so neither depends on what the other did.
 */
describe('block of a version that environments run', () => {
  const repos: TestRepo[] = [];
  afterEach(async () => {
    await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  });

  /** tm 1.0.0, 1.1.0 and 1.2.0 registered; each deploy of `deploys` ([version, env]) made in order. */
  async function repoWith(deploys: [string, string][]): Promise<TestRepo> {
    const repo = await makeRepo({ gate: false });
    repos.push(repo);
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) await registerFake(repo, 'tm', v);
    repo.git(['push', '--quiet', 'origin', 'main']);
    for (const [v, env] of deploys) await mregJson(['--repo', repo.work, 'deploy', 'tm', v, '--env', env]);
    return repo;
  }

  it('refuses to block a version an environment runs, naming it, and changes nothing', async () => {
    const repo = await repoWith([['1.2.0', 'staging']]);
    const head = repo.git(['rev-parse', 'HEAD']);
    const r = await mreg([
      '--repo',
      repo.work,
      'block',
      'tm',
      '1.2.0',
      '--quantization',
      'q4km',
      '--reason',
      'leaks prompts',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /tm-v1\.2\.0-q4km is active in staging: roll it back \(or deploy another version\) before blocking it/,
    );
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
  });

  it('with --rollback, rolls back every environment that runs it, as commits of their own', async () => {
    const repo = await repoWith([
      ['1.0.0', 'staging'],
      ['1.1.0', 'staging'],
      ['1.0.0', 'production'],
      ['1.1.0', 'production'],
      ['1.2.0', 'staging'],
    ]);
    const r = await mregJson([
      '--repo',
      repo.work,
      'block',
      'tm',
      '1.2.0',
      '--quantization',
      'q4km',
      '--reason',
      'leaks prompts',
      '--rollback',
    ]);
    expect(r.rolled_back).toEqual([{ env: 'staging', version: '1.1.0' }]);
    expect(r.metadata).toMatchObject({ status: 'blocked', blocked_reason: 'leaks prompts' });
    const h = await mregJson(['--repo', repo.work, 'history', '--env', 'staging', '--limit', '1']);
    expect(h[0]).toMatchObject({
      action: 'rollback',
      version: '1.1.0',
      reason: 'blocking tm-v1.2.0-q4km: leaks prompts',
    });
    // Two environments at once.
    const both = await mregJson([
      '--repo',
      repo.work,
      'block',
      'tm',
      '1.1.0',
      '--quantization',
      'q4km',
      '--reason',
      'bad answers',
      '--rollback',
    ]);
    expect(both.rolled_back).toEqual([
      { env: 'staging', version: '1.0.0' },
      { env: 'production', version: '1.0.0' },
    ]);
    const v = await mreg(['--repo', repo.work, 'validate']);
    expect(v.code, v.stdout).toBe(0);
  });
});
