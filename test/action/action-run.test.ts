// The bundled action (dist/action.js) run under Node 24 as the runner runs it, against real git
// repositories with a bare remote: what lands in the remote, the step outputs, the job summary and
// the annotations in the log.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { git, makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';
import { node24 } from '../helpers/node24.js';

/** registry.json as the remote has it: what every later clone, agent and server will see. */
function remoteRegistry(repo: TestRepo): {
  environments: Record<string, { version: string; history_id: number } | null>;
  history: {
    id: number;
    env: string;
    version: string;
    rolled_back: boolean;
    reason: string | null;
    actor: string;
    metrics: Record<string, number> | null;
  }[];
} {
  return JSON.parse(git(['show', 'main:registry/registry.json'], repo.remote));
}

const remoteHead = (repo: TestRepo) => git(['rev-parse', 'main'], repo.remote).trim();

describe('the bundled action on Node 24', () => {
  let repo: TestRepo;
  const base = () => ({ 'registry-path': repo.work, push: 'true' });

  beforeAll(async () => {
    await node24();
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'llama3', '1.0.0');
    await registerFake(repo, 'llama3', '1.1.0');
  });
  afterAll(() => repo?.cleanup());

  it('runs on Node 24 and reports the registry status', async () => {
    const r = await runAction({ command: 'status', ...base() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/on Node v24\./);
    expect(r.summary).toContain('| staging | none |');
  });

  it('deploys to the first environment of the promotion order and pushes one commit', async () => {
    const before = remoteHead(repo);
    const r = await runAction(
      {
        command: 'deploy',
        model: 'llama3',
        version: '1.0.0',
        'skip-gate': 'true',
        reason: 'first release, no baseline yet',
        ...base(),
      },
      {
        env: { GITHUB_ACTOR: 'octocat', GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'acme/models' },
      },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const head = remoteHead(repo);
    expect(head).not.toBe(before);
    expect(git(['rev-list', '--count', `${before}..${head}`], repo.remote).trim()).toBe('1');

    expect(r.outputs).toMatchObject({
      version: '1.0.0',
      'previous-version': '',
      'commit-sha': head,
      'history-id': '1',
      'gate-result': 'skipped',
    });
    expect(JSON.parse(r.outputs.metrics)).toEqual({});

    const reg = remoteRegistry(repo);
    expect(reg.environments.staging).toMatchObject({ version: '1.0.0', history_id: 1 });
    expect(reg.environments.production).toBeNull();
    expect(reg.history[0]).toMatchObject({
      env: 'staging',
      actor: 'octocat',
      reason: 'first release, no baseline yet',
    });

    // The summary's pointer-change table, with a link to the pushed commit.
    expect(r.summary).toMatch(/\| environment \| from \| to \| commit \|/);
    expect(r.summary).toContain(
      `| staging | none | llama3 1.0.0 (q4km) | [${head.slice(0, 12)}](https://github.example/acme/models/commit/${head}) |`,
    );
    // The pipeline really ran against the folder store before the pointer moved.
    expect(r.summary).toMatch(/\| check-store \| ok \|/);
    expect(r.summary).toMatch(/\| download \| ok \|/);
    expect(r.summary).toMatch(/\| gate \| skipped \|/);
  });

  it('deploys the next version with previous-version set, and refuses skip-gate without a reason', async () => {
    const refused = await runAction({
      command: 'deploy',
      model: 'llama3',
      version: '1.1.0',
      'skip-gate': 'true',
      ...base(),
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::.*skip-gate.*reason/);
    expect(remoteRegistry(repo).environments.staging?.version).toBe('1.0.0');

    const r = await runAction({
      command: 'deploy',
      model: 'llama3',
      version: '1.1.0',
      environment: 'staging',
      'skip-gate': 'true',
      reason: 'hotfix',
      ...base(),
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '1.1.0',
      'previous-version': '1.0.0',
      'history-id': '2',
      'commit-sha': remoteHead(repo),
    });
    expect(r.summary).toContain('| staging | llama3 1.0.0 (q4km) | llama3 1.1.0 (q4km) |');
  });

  it('rolls back to the previous known-good version', async () => {
    const r = await runAction({ command: 'rollback', environment: 'staging', reason: 'latency regression', ...base() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '1.0.0',
      'previous-version': '1.1.0',
      'history-id': '3',
      'commit-sha': remoteHead(repo),
    });
    const reg = remoteRegistry(repo);
    expect(reg.environments.staging).toMatchObject({ version: '1.0.0', history_id: 3 });
    expect(reg.history.find((e) => e.id === 2)?.rolled_back).toBe(true);
    expect(r.summary).toContain('### rollback: staging');
    expect(r.summary).toContain('| staging | llama3 1.1.0 (q4km) | llama3 1.0.0 (q4km) |');
    expect(r.summary).toMatch(/History entry 2 is marked rolled back/);
    // The log says the same thing for people reading the raw output.
    expect(git(['log', '-1', '--format=%B', 'main'], repo.remote)).toMatch(/Mreg-Action: rollback/);
  });

  it('promotes staging to production (source taken from the promotion order)', async () => {
    const r = await runAction({ command: 'promote', environment: 'production', reason: 'soaked for a day', ...base() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: '1.0.0', 'previous-version': '', 'commit-sha': remoteHead(repo) });
    expect(remoteRegistry(repo).environments.production).toMatchObject({ version: '1.0.0' });
    expect(r.summary).toContain('| production | none | llama3 1.0.0 (q4km) |');

    const first = await runAction({ command: 'promote', environment: 'staging', ...base() });
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/::error::.*first in the promotion order/);
  });

  it('charts the judged metrics across the environment history, marking rollbacks and skipped gates', async () => {
    // Metrics as the gate records them, written straight into the history (no model needed here).
    const file = path.join(repo.work, 'registry/registry.json');
    repo.git(['pull', '--quiet', 'origin', 'main']);
    const reg = JSON.parse(readFileSync(file, 'utf8'));
    const values: Record<number, Record<string, number>> = {
      1: { perplexity: 12.5, tokens_per_s: 40, device_id: 7, perplexity_spread: 0.01 },
      2: { perplexity: 11.25, tokens_per_s: 38, latency_p50_ms: 4e-7, tokens_per_s_spread: 2 },
      3: { perplexity: 12.5, tokens_per_s: 41, device_id: 7, perplexity_spread: 0.02 },
    };
    for (const e of reg.history) if (values[e.id]) e.metrics = values[e.id];
    writeFileSync(file, JSON.stringify(reg, null, 2) + '\n');
    repo.git(['commit', '--quiet', '-am', 'test: metrics']);
    repo.git(['push', '--quiet', 'origin', 'main']);

    const r = await runAction({ command: 'history', environment: 'staging', ...base() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // Entry 3 is a rollback to 1.0.0: it carries the gate record 1.0.0 was deployed with.
    expect(r.outputs).toMatchObject({ version: '1.0.0', 'history-id': '3', 'gate-result': 'skipped' });
    expect(JSON.parse(r.outputs.metrics)).toEqual({ perplexity: 12.5, tokens_per_s: 41 });
    const charts = [...r.summary.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
    // perplexity, tokens_per_s and latency_p50_ms: no device_id, no spreads.
    expect(charts).toHaveLength(3);
    expect(charts.join('\n')).not.toMatch(/device_id|_spread/);
    const ppl = charts.find((c) => c.includes('perplexity'))!;
    expect(ppl).toMatch(/^xychart-beta/);
    expect(ppl).toContain('x-axis ["#1 1.0.0 (gate skipped)", "#2 1.1.0 (gate skipped)", "#3 1.0.0 (rollback)"]');
    expect(ppl).toContain('line [12.5, 11.25, 12.5]');
    expect(charts.find((c) => c.includes('tokens_per_s'))).toContain('line [40, 38, 41]');
    // A plain decimal: Mermaid does not read 4e-7.
    expect(charts.find((c) => c.includes('latency_p50_ms'))).toContain('line [0.0000004]');
  });

  it('fails validate with exit 1 and one annotation per problem, on the right file and line', async () => {
    const clone = repo.clone('broken');
    const metaFile = 'registry/models/llama3/llama3-v1.1.0-q4km.json';
    const meta = JSON.parse(readFileSync(path.join(clone, metaFile), 'utf8'));
    meta.benchmark_score = 'high';
    writeFileSync(path.join(clone, metaFile), JSON.stringify(meta, null, 2) + '\n');
    const regFile = path.join(clone, 'registry/registry.json');
    writeFileSync(regFile, readFileSync(regFile, 'utf8').replace('"version": "1.0.0"', '"version": "9.9.9"'));

    // The registry is a folder inside the workspace: annotation paths must start at the workspace.
    const r = await runAction(
      { command: 'validate', 'registry-path': 'broken' },
      { env: { GITHUB_WORKSPACE: repo.root } },
    );
    expect(r.code).toBe(1);
    const annotations = [...r.stdout.matchAll(/^::error file=([^,]+),line=(\d+),col=(\d+)::(.*)$/gm)].map((m) => ({
      file: m[1],
      line: Number(m[2]),
      message: m[4],
    }));
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    const onMeta = annotations.find((a) => a.file === `broken/${metaFile}`);
    expect(onMeta, r.stdout).toBeDefined();
    expect(readFileSync(path.join(clone, metaFile), 'utf8').split('\n')[onMeta!.line - 1]).toContain(
      '"benchmark_score"',
    );
    const onReg = annotations.find((a) => a.file === 'broken/registry/registry.json');
    expect(onReg, r.stdout).toBeDefined();
    expect(onReg!.message).toMatch(/not registered/);
    expect(r.stdout).toMatch(/^::error::SCHEMA: \d+ validation problems/m);
    expect(r.summary).toMatch(/Validation: ❌ \d+ problems/);

    const ok = await runAction({ command: 'validate', 'registry-path': repo.work });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).not.toContain('::error');
  });

  it('rejects unknown commands and bad inputs before touching the repository', async () => {
    const head = remoteHead(repo);
    const cases: Record<string, string>[] = [
      { command: 'deploy-all' },
      { command: 'deploy', model: 'llama3', version: 'v1' },
      { command: 'rollback', push: 'maybe', environment: 'staging' },
    ];
    for (const inputs of cases) {
      const r = await runAction({ ...base(), ...inputs });
      expect(r.code, JSON.stringify(inputs)).toBe(1);
      expect(r.stdout).toMatch(/^::error::/m);
    }
    expect(remoteHead(repo)).toBe(head);
  });
});
