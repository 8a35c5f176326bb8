import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCanary, type CanaryTarget } from '../../src/canary/analysis.js';
import type { CanaryConfig } from '../../src/canary/decision.js';
import { PrometheusClient } from '../../src/canary/prometheus-client.js';
import { mreg } from '../helpers/cli.js';
import { startPrometheus, type TestPrometheus } from '../helpers/prometheus.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { deploy, waitFor, type ServeProcess } from '../serve/helpers.js';
import { LONG, publishTiny, serveVersion, traffic } from './fleet.js';

/**
 * Two real `mreg serve` processes per pair, real traffic, a real Prometheus scraping them every
 * second, and the analysis reading it back. 1.0.0 is stable; 1.1.0 was built with a context of 64
 * tokens, so the long prompts that real traffic sends fail on it (a suite of short prompts passes);
 * 1.2.0 is as healthy as 1.0.0 (an A/A pair).
 */
const config: CanaryConfig = {
  steps: [10, 50, 100],
  soak_s: 2,
  // Sub-windows of 2 s, two scrapes each: the pairs of the latency and throughput checks.
  interval_s: 2,
  min_requests: 50,
  confidence: 0.95,
  checks: [
    { name: 'error_rate', max_increase: 0.05 },
    // Generous: two tiny models on a shared 2-core machine; the latency goals live in bench/canary.
    { name: 'latency_p95', max_regression: 1 },
    { name: 'tokens_per_s', max_regression: 0.5 },
  ],
};

let repo: TestRepo;
let prom: TestPrometheus;
const servers: Record<string, ServeProcess> = {};
let startedAt: string;

beforeAll(async () => {
  repo = await makeRepo({ gate: false });
  await publishTiny(repo, '1.0.0');
  await publishTiny(repo, '1.1.0', 64);
  await publishTiny(repo, '1.2.0');
  await deploy(repo, '1.0.0');
  startedAt = new Date(Date.now() - 1000).toISOString();
  for (const v of ['1.0.0', '1.1.0', '1.2.0']) servers[v] = await serveVersion(repo, v);
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

describe('canary analysis against a real Prometheus', () => {
  it('aborts the canary whose short context fails the long prompts, and passes an A/A pair', async () => {
    const failed = await Promise.all([
      traffic(servers['1.0.0'].url, 200),
      traffic(servers['1.1.0'].url, 200),
      traffic(servers['1.2.0'].url, 200),
    ]);
    expect(failed).toEqual([0, 40, 0]);
    // The version's own /metrics, and what a client is told about a prompt its context cannot hold.
    const own = await (await fetch(`${servers['1.1.0'].url}/metrics`)).text();
    expect(own).toMatch(
      /^mreg_requests_total\{environment="production",model="tiny",version="1\.1\.0",role="stable",outcome="error"\} 40$/m,
    );
    const refused = await fetch(`${servers['1.1.0'].url}/v1/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: LONG, max_tokens: 4 }),
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toMatch(
      /more than tiny-v1\.1\.0-f32 can hold \(its context is 64 tokens\)/,
    );
    const client = new PrometheusClient(prom.url);
    const target = (canaryVersion: string): CanaryTarget => ({
      environment: 'production',
      model: 'tiny',
      stableVersion: '1.0.0',
      canaryVersion,
      percent: 50,
      startedAt,
    });
    // Wait until Prometheus has scraped every request the servers counted.
    await waitFor('every request scraped', async () => {
      const n = await client.scalar(`sum(mreg_requests_total{environment="production"})`);
      return n === 601;
    });
    // The series the analysis reads, labelled as the contract says.
    const firstTokens = await client.query('mreg_time_to_first_token_seconds_count{version="1.0.0"}');
    expect(firstTokens.map((x) => [x.metric.environment, x.metric.model, x.metric.role, x.value])).toEqual([
      ['production', 'tiny', 'stable', 200],
    ]);
    expect(await client.scalar('sum(mreg_requests_total{version="1.1.0",outcome="error"})')).toBe(41);
    expect(await client.scalar('sum(mreg_generated_tokens_total{version="1.0.0"})')).toBeGreaterThan(0);
    expect(await client.scalar('sum(mreg_generation_seconds_total{version="1.0.0"})')).toBeGreaterThan(0);
    await expect(client.query('sum(')).rejects.toThrow(/Prometheus refused the query sum\(/);

    const bad = await analyseCanary(client, target('1.1.0'), config, { look: 1 });
    expect(bad.action, bad.reason).toBe('abort');
    const errorRate = bad.record.checks.find((c) => c.name === 'error_rate')!;
    expect(errorRate.verdict).toBe('fail');
    expect(errorRate.canary).toBeGreaterThan(0.1);
    expect(errorRate.stable).toBe(0);
    expect(errorRate.interval![0]).toBeGreaterThan(0.05);

    const same = await analyseCanary(client, target('1.2.0'), config, { look: 1, passLook: 1 });
    expect(same.action, same.reason).toBe('promote-step');
    expect(same.nextPercent).toBe(100);
    expect(same.record.checks.map((c) => c.verdict)).toEqual(['pass', 'pass', 'pass']);
    expect(same.record.requests.canary).toBeGreaterThanOrEqual(50);
  });

  it('mreg canary check reads the canary from the registry and says when there is none', async () => {
    const r = await mreg([
      '--repo',
      repo.work,
      'canary',
      'check',
      '--env',
      'production',
      '--prometheus',
      prom.url,
      '--dry-run',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ env: 'production', action: null });
    const missing = await mreg(['--repo', repo.work, 'canary', 'check', '--env', 'production'], {
      env: { MREG_PROMETHEUS_URL: '' },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--prometheus URL \(or \$MREG_PROMETHEUS_URL\) is required/);
    const bad = await mreg(['--repo', repo.work, 'canary', 'check', '--env', 'staging2', '--prometheus', prom.url]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/environment "staging2" is not in registry\/registry.json/);
  });
});
