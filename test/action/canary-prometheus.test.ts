// The action's canary-check against a real Prometheus scraping real `mreg serve` processes: the
// canary started by the action's deploy waits while there is no evidence, and is aborted by a
// commit once real traffic shows its errors. 1.0.0 is stable; 1.1.0 was built with a context of 64
// tokens, so the long fifth of the prompts fails on it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusClient } from '../../src/canary/prometheus-client.js';
import { runAction } from '../helpers/action.js';
import { node24 } from '../helpers/node24.js';
import { startPrometheus, type TestPrometheus } from '../helpers/prometheus.js';
import { git, makeRepo, type TestRepo } from '../helpers/repo.js';
import { deploy, waitFor, type ServeProcess } from '../serve/helpers.js';
import { publishTiny, serveVersion, traffic } from '../canary/fleet.js';

let repo: TestRepo;
let prom: TestPrometheus;
const servers: Record<string, ServeProcess> = {};

const remoteRegistry = () => JSON.parse(git(['show', 'main:registry/registry.json'], repo.remote));
const remoteHead = () => git(['rev-parse', 'main'], repo.remote).trim();

beforeAll(async () => {
  await node24();
  repo = await makeRepo({ gate: false });
  await publishTiny(repo, '1.0.0');
  await publishTiny(repo, '1.1.0', 64);
  await deploy(repo, '1.0.0');
  // As a team would commit it: the error rate only (latency on a shared 2-core machine is noise),
  // looks 10 s apart over a 1-second scrape.
  const file = path.join(repo.work, 'registry', 'config.json');
  const config = JSON.parse(readFileSync(file, 'utf8'));
  config.canary = {
    steps: [50, 100],
    soak_s: 5,
    interval_s: 10,
    min_requests: 50,
    confidence: 0.95,
    checks: [{ name: 'error_rate', max_increase: 0.05 }],
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  git(['commit', '--quiet', '-am', 'canary: the error rate, looks 10 s apart'], repo.work);
  git(['push', '--quiet', 'origin', 'main'], repo.work);
  for (const v of ['1.0.0', '1.1.0']) servers[v] = await serveVersion(repo, v);
  prom = await startPrometheus(
    Object.values(servers).map((s) => new URL(s.url).host),
    1,
  );
  await prom.waitForTargets();
}, 300_000);

afterAll(async () => {
  await prom?.stop();
  for (const s of Object.values(servers)) await s.stop();
  await repo?.cleanup();
});

describe('canary-check through the action, against a real Prometheus', () => {
  it('waits without evidence, then commits the abort of the canary whose errors real traffic shows', async () => {
    const base = { 'registry-path': repo.work, push: 'true' };
    const started = await runAction({
      command: 'deploy',
      model: 'tiny',
      version: '1.1.0',
      environment: 'production',
      canary: '50',
      'skip-gate': 'true',
      reason: 'half the fleet',
      ...base,
    });
    expect(started.code, started.stdout + started.stderr).toBe(0);
    expect(started.outputs['canary-percent']).toBe('50');

    // From the environment variable a workflow sets from a repository variable.
    const env = { MREG_PROMETHEUS_URL: prom.url };
    const before = remoteHead();
    const early = await runAction({ command: 'canary-check', environment: 'production', ...base }, { env });
    expect(early.code, early.stdout + early.stderr).toBe(0);
    expect(early.outputs).toMatchObject({ 'canary-decision': 'wait', 'canary-percent': '50', version: '1.0.0' });
    expect(early.outputs['commit-sha']).toBeUndefined();
    expect(early.summary).toMatch(/### Canary: production: wait/);
    expect(remoteHead()).toBe(before);

    expect(await Promise.all([traffic(servers['1.0.0'].url, 200), traffic(servers['1.1.0'].url, 200)])).toEqual([
      0, 40,
    ]);
    const client = new PrometheusClient(prom.url);
    await waitFor(
      'every request scraped',
      async () => (await client.scalar('sum(mreg_requests_total{environment="production"})')) === 400,
    );

    const r = await runAction(
      { command: 'canary-check', environment: 'production', prometheus: prom.url, ...base },
      { env: { MREG_PROMETHEUS_URL: 'http://127.0.0.1:9' } },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      'canary-decision': 'abort',
      'canary-percent': '',
      version: '1.0.0',
      'commit-sha': remoteHead(),
    });
    const reg = remoteRegistry();
    expect(reg.environments.production.version).toBe('1.0.0');
    expect(reg.environments.production.canary).toBeUndefined();
    const entry = reg.history.at(-1);
    expect(entry).toMatchObject({ action: 'canary-abort', version: '1.1.0' });
    expect(entry.reason).toMatch(/^canary analysis: failed: error_rate/);
    // increase() extrapolates to the window's edges: about the 200 sent to each side, at least min_requests.
    expect(entry.analysis.requests.canary).toBeGreaterThanOrEqual(50);
    expect(entry.analysis.requests.stable).toBeGreaterThanOrEqual(50);
    expect(entry.analysis.checks[0]).toMatchObject({ name: 'error_rate', verdict: 'fail', stable: 0 });
    expect(git(['log', '-1', '--format=%B', 'main'], repo.remote)).toMatch(/^Mreg-Canary-Verdict: fail$/m);
    expect(r.summary).toMatch(/### Canary: production: abort \(committed\)/);
    expect(r.summary).toMatch(/\| error_rate \| 0\.[12]\d* \| 0 \| \[0\.\d+, 0\.\d+\] \| 0\.05 \| fail \|/);
  }, 300_000);
});
