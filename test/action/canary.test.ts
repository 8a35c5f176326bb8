// The action's canary: a deploy that starts one (the canary input), its pointer moved by hand
// (canary-set, canary-abort, canary-promote), the environments a schedule looks at (status), and the
// inputs refused before anything is written. The bundled action on Node 24 against a real git
// repository with a bare remote; the analysis from a real Prometheus is in canary-prometheus.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { node24 } from '../helpers/node24.js';
import { git, makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

interface RemoteRegistry {
  environments: Record<
    string,
    { version: string; history_id: number; canary?: { version: string; percent: number } } | null
  >;
  history: {
    id: number;
    action: string;
    version: string;
    reason: string | null;
    canary_percent?: number;
    from_env?: string;
  }[];
}

const remoteRegistry = (repo: TestRepo): RemoteRegistry =>
  JSON.parse(git(['show', 'main:registry/registry.json'], repo.remote));
const remoteHead = (repo: TestRepo) => git(['rev-parse', 'main'], repo.remote).trim();

describe('the action runs canaries', () => {
  let repo: TestRepo;
  const base = () => ({ 'registry-path': repo.work, push: 'true' });

  beforeAll(async () => {
    await node24();
    repo = await makeRepo({ gate: false });
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) await registerFake(repo, 'llama3', v);
    const first = await runAction({
      command: 'deploy',
      model: 'llama3',
      version: '1.0.0',
      'skip-gate': 'true',
      reason: 'first release, no baseline yet',
      ...base(),
    });
    expect(first.code, first.stdout + first.stderr).toBe(0);
  }, 120_000);
  afterAll(() => repo?.cleanup());

  it.each([
    [
      { command: 'deploy', model: 'llama3', version: '1.1.0', canary: '0' },
      /input canary must be an integer from 1 to 99, got 0 \(0%(25)? is an abort/,
    ],
    [
      { command: 'deploy', model: 'llama3', version: '1.1.0', canary: '100' },
      /input canary must be an integer from 1 to 99, got 100 \(100%(25)? is a promotion/,
    ],
    [
      { command: 'deploy', model: 'llama3', version: '1.1.0', canary: 'ten' },
      /input canary: expected an integer percent from 1 to 99, got "ten"/,
    ],
    [
      { command: 'deploy', model: 'llama3', version: '1.1.0', canary: '12.5' },
      /input canary: expected an integer percent from 1 to 99, got "12.5"/,
    ],
    [
      { command: 'rollback', environment: 'production', canary: '10' },
      /input canary applies to commands deploy and promote only, not rollback/,
    ],
    [{ command: 'canary-set', environment: 'staging' }, /command canary-set needs the input percent/],
    [
      { command: 'canary-set', environment: 'staging', percent: '100' },
      /input percent must be an integer from 1 to 99, got 100/,
    ],
    [
      { command: 'canary-abort', environment: 'staging', percent: '20' },
      /input percent applies to command canary-set only, not canary-abort/,
    ],
    [{ command: 'canary-promote' }, /command canary-promote needs the input environment/],
    [
      { command: 'canary-check', environment: 'staging' },
      /command canary-check needs the input prometheus \(Prometheus's URL, or the environment variable MREG_PROMETHEUS_URL\)/,
    ],
    [
      { command: 'canary-check', environment: 'staging', prometheus: 'prometheus:9090' },
      /input prometheus: expected Prometheus's http\(s\) URL, e\.g\. http:\/\/prometheus:9090, got "prometheus:9090"/,
    ],
    [
      { command: 'status', prometheus: 'http://127.0.0.1:9090' },
      /input prometheus applies to command canary-check only, not status/,
    ],
    [
      { command: 'canary', environment: 'staging' },
      /input command must be one of .*canary-check, canary-promote, canary-abort, canary-set, not "canary"/,
    ],
  ])('refuses %o before anything is written', async (inputs, message) => {
    // (a workflow command writes % as %25; GitHub shows it as %)
    const before = remoteHead(repo);
    const r = await runAction({ ...inputs, ...base() }, { env: { MREG_PROMETHEUS_URL: '' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::USAGE: /m);
    expect(r.stdout).toMatch(message);
    expect(remoteHead(repo)).toBe(before);
  });

  it('deploys a version as a canary beside the stable one, as mreg deploy --canary does', async () => {
    const r = await runAction({
      command: 'deploy',
      model: 'llama3',
      version: '1.1.0',
      environment: 'staging',
      canary: '10',
      'skip-gate': 'true',
      reason: 'try it on a tenth',
      ...base(),
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '1.0.0',
      'previous-version': '1.0.0',
      'canary-percent': '10',
      'commit-sha': remoteHead(repo),
    });
    const reg = remoteRegistry(repo);
    expect(reg.environments.staging).toMatchObject({ version: '1.0.0', canary: { version: '1.1.0', percent: 10 } });
    expect(reg.history.at(-1)).toMatchObject({ action: 'canary', version: '1.1.0', canary_percent: 10 });
    expect(r.summary).toContain('canary 1.1.0 (q4km) on 10%');
    expect(git(['log', '-1', '--format=%B', 'main'], repo.remote)).toMatch(/^Mreg-Canary-Percent: 10$/m);
  });

  it('status lists the environments that run a canary, and their percent', async () => {
    const all = await runAction({ command: 'status', ...base() });
    expect(all.code, all.stdout + all.stderr).toBe(0);
    expect(JSON.parse(all.outputs['canary-environments'])).toEqual(['staging']);
    const one = await runAction({ command: 'status', environment: 'staging', ...base() });
    expect(one.outputs).toMatchObject({ version: '1.0.0', 'canary-percent': '10' });
  });

  it('moves the canary to another percent, then aborts it: every instance back on stable', async () => {
    const set = await runAction({ command: 'canary-set', environment: 'staging', percent: '50', ...base() });
    expect(set.code, set.stdout + set.stderr).toBe(0);
    expect(set.outputs).toMatchObject({ version: '1.0.0', 'canary-percent': '50', 'commit-sha': remoteHead(repo) });
    expect(remoteRegistry(repo).environments.staging?.canary).toMatchObject({ version: '1.1.0', percent: 50 });
    expect(remoteRegistry(repo).history.at(-1)?.reason).toBe('canary to 50%');

    const abort = await runAction({
      command: 'canary-abort',
      environment: 'staging',
      reason: 'answers got worse',
      ...base(),
    });
    expect(abort.code, abort.stdout + abort.stderr).toBe(0);
    expect(abort.outputs).toMatchObject({ version: '1.0.0', 'canary-percent': '', 'commit-sha': remoteHead(repo) });
    const reg = remoteRegistry(repo);
    expect(reg.environments.staging?.canary).toBeUndefined();
    expect(reg.history.at(-1)).toMatchObject({ action: 'canary-abort', reason: 'answers got worse' });
    const none = await runAction({ command: 'status', ...base() });
    expect(JSON.parse(none.outputs['canary-environments'])).toEqual([]);
  });

  it('a check without a canary says so and writes nothing; a promotion makes the canary stable', async () => {
    const before = remoteHead(repo);
    // Nothing to analyse: Prometheus is not asked, so an address where none listens is fine here.
    const idle = await runAction({
      command: 'canary-check',
      environment: 'staging',
      prometheus: 'http://127.0.0.1:9',
      ...base(),
    });
    expect(idle.code, idle.stdout + idle.stderr).toBe(0);
    expect(idle.stdout).toMatch(/::notice::staging runs no canary: nothing to check/);
    expect(idle.outputs).toMatchObject({ 'canary-decision': '', 'canary-percent': '' });
    expect(remoteHead(repo)).toBe(before);

    const started = await runAction({
      command: 'deploy',
      model: 'llama3',
      version: '1.2.0',
      environment: 'staging',
      canary: '20',
      'skip-gate': 'true',
      reason: 'next candidate',
      ...base(),
    });
    expect(started.code, started.stdout + started.stderr).toBe(0);
    const promoted = await runAction({ command: 'canary-promote', environment: 'staging', ...base() });
    expect(promoted.code, promoted.stdout + promoted.stderr).toBe(0);
    expect(promoted.outputs).toMatchObject({
      version: '1.2.0',
      'previous-version': '1.0.0',
      'canary-percent': '',
      'commit-sha': remoteHead(repo),
    });
    const reg = remoteRegistry(repo);
    expect(reg.environments.staging).toMatchObject({ version: '1.2.0' });
    expect(reg.environments.staging?.canary).toBeUndefined();
    expect(reg.history.at(-1)).toMatchObject({ action: 'canary-promote', reason: 'canary promote by hand' });
  });

  it('refuses to move a canary that is not there, naming the environment', async () => {
    const before = remoteHead(repo);
    const r = await runAction({ command: 'canary-abort', environment: 'staging', ...base() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*staging/);
    expect(remoteHead(repo)).toBe(before);
  });

  it("promotes staging's version to production as a canary, with the record it carries from staging", async () => {
    // production runs 1.2.0 (promoted whole), staging then moves on to 1.1.0.
    const whole = await runAction({ command: 'promote', environment: 'production', reason: 'first', ...base() });
    expect(whole.code, whole.stdout + whole.stderr).toBe(0);
    const next = await runAction({
      command: 'deploy',
      model: 'llama3',
      version: '1.1.0',
      environment: 'staging',
      'skip-gate': 'true',
      reason: 'back to 1.1.0 in staging',
      ...base(),
    });
    expect(next.code, next.stdout + next.stderr).toBe(0);

    const r = await runAction({
      command: 'promote',
      environment: 'production',
      canary: '25',
      reason: 'a quarter first',
      ...base(),
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: '1.2.0', 'canary-percent': '25', 'commit-sha': remoteHead(repo) });
    const reg = remoteRegistry(repo);
    expect(reg.environments.production).toMatchObject({ version: '1.2.0', canary: { version: '1.1.0', percent: 25 } });
    expect(reg.history.at(-1)).toMatchObject({
      action: 'canary',
      version: '1.1.0',
      canary_percent: 25,
      from_env: 'staging',
      reason: 'a quarter first',
    });
    const message = git(['log', '-1', '--format=%B', 'main'], repo.remote);
    expect(message).toMatch(/^canary\(production\): llama3 1\.1\.0 \(q4km\) beside 1\.2\.0 at 25%$/m);
    expect(message).toMatch(/^Mreg-From-Environment: staging$/m);
    expect(message).toMatch(/^Mreg-Canary-Percent: 25$/m);

    // A second promotion while the canary runs is refused, and nothing is written.
    const before = remoteHead(repo);
    const again = await runAction({ command: 'promote', environment: 'production', canary: '50', ...base() });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/::error::.*production runs a canary of llama3 1\.1\.0/);
    expect(remoteHead(repo)).toBe(before);
  });
});
