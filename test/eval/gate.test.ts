/** The gate on real generated GGUF models, measured by llama.cpp on the CPU. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/core/documents.js';
import { getSharedLlama } from '../../src/llama/runtime.js';
import { runGate, runSmoke, type RunGateOptions } from '../../src/ops/gate.js';
import { ROOT, entry, makeModel, tempDir, testConfig, writeTestSuite } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let suitePath: string;
const models: Record<string, string> = {};
const key = (v: string, q: string) => `tiny-v${v}-${q}`;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  process.env.MREG_LLAMA_GPU = 'false';
  await getSharedLlama(false);
  suitePath = await writeTestSuite(dir);
  for (const [v, q] of [
    ['2.0.0', 'f16'],
    ['2.1.0', 'f16'],
    ['2.2.0', 'f16'],
    ['2.0.0', 'q8_0'],
    ['2.1.0', 'q8_0'],
    ['2.2.0', 'q8_0'],
  ] as const) {
    models[key(v, q)] = await makeModel(dir, v, q);
  }
});
afterAll(async () => cleanup());

const fetchBaseline = async (e: HistoryEntry) => models[key(e.version, e.quantization)] ?? null;

function gate(version: string, quantization: string, history: HistoryEntry[], extra: Partial<RunGateOptions> = {}) {
  return runGate({
    candidatePath: models[key(version, quantization)],
    candidateId: key(version, quantization),
    candidateQuantization: quantization,
    baselineEntry: history.at(-1) ?? null,
    history,
    env: 'staging',
    config: testConfig(),
    repoRoot: ROOT,
    suitePath,
    backend: 'llama',
    backendOptions: { gpu: false },
    fetchBaseline,
    ...extra,
  });
}

describe('benchmark gate (llama backend, real GGUF)', () => {
  it('passes a better v2.1.0 against v2.0.0, re-measured side by side', async () => {
    const history = [entry('2.0.0', 'f16')];
    const r = await gate('2.1.0', 'f16', history);
    expect(r.verdict).toBe('pass');
    expect(r.json.baseline).toMatchObject({ id: 'tiny-v2.0.0-f16', source: 'remeasured' });
    const ppl = r.json.metrics.find((m) => m.metric === 'perplexity')!;
    expect(ppl.candidate!).toBeLessThan(ppl.baseline!);
    expect(r.json.backend).toBe('llama');
    expect(r.json.device).toMatch(/^cpu/);
    expect(r.json.llama_cpp).toMatch(/llama\.cpp/);
    expect(r.json.suite.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The metrics to store in the history entry: values and the device id.
    expect(r.metrics.perplexity).toBeCloseTo(ppl.candidate!, 3);
    expect(r.metrics.accuracy).toBe(1);
    expect(typeof r.metrics.device_id).toBe('number');
    // Quality is exact; performance is decided from candidate/baseline pairs, with its interval.
    expect(ppl.comparedWith).toBe('baseline');
    const lat = r.json.metrics.find((m) => m.metric === 'latency_p50_ms')!;
    expect(lat).toMatchObject({ comparedWith: 'paired', verdict: 'pass' });
    expect(lat.interval!.pairs, JSON.stringify(lat)).toBeGreaterThanOrEqual(12);
    // The test config's performance thresholds are wide (tests share a busy machine); the interval lies within them.
    expect(lat.interval!.hi, JSON.stringify(lat)).toBeLessThan(lat.maxRegression);
    expect(r.json.sampling.pairs).toBeGreaterThanOrEqual(lat.interval!.pairs);
    // Models this small reload in no time: the load order is swapped before the first look, so
    // the one loaded first (a few percent slower on a CPU) is each side for half of its pairs.
    expect(r.json.sampling.plan).toMatch(/load order swapped after 6 pairs \([0-9.]+ s\)/);
    expect(r.markdown).toContain('| metric | baseline | candidate | change | interval | threshold | verdict |');
  });

  it('measures one model at a time in alternating blocks when both do not fit in memory, and says so', async () => {
    // A memory ceiling of one byte: the estimate of the two models cannot fit under it.
    const r = await gate('2.1.0', 'f16', [entry('2.0.0', 'f16')], { backendOptions: { gpu: false, memoryLimit: 1 } });
    expect(r.json.notes.join('\n')).toMatch(
      /memory: both models need .* RAM by node-llama-cpp's estimates; .*limit.*: they do not fit together, so one model at a time in alternating blocks/,
    );
    expect(r.json.sampling.plan).toMatch(/^one model at a time: block pairs of 4 prompts each/);
    // Quality is measured on each side as before: the better model passes it.
    expect(r.json.metrics.find((m) => m.metric === 'perplexity')).toMatchObject({
      comparedWith: 'baseline',
      verdict: 'pass',
    });
    const lat = r.json.metrics.find((m) => m.metric === 'latency_p50_ms')!;
    expect(lat.comparedWith).toBe('paired');
    expect(r.json.sampling.pairs).toBeGreaterThanOrEqual(1);
  });

  it('fails a deliberately bad v2.2.0 and shows the degraded metrics', async () => {
    const history = [entry('2.0.0', 'f16')];
    const r = await gate('2.2.0', 'f16', history);
    expect(r.verdict).toBe('fail');
    const byName = Object.fromEntries(r.json.metrics.map((m) => [m.metric, m]));
    expect(byName.perplexity.verdict).toBe('fail');
    expect(byName.perplexity.regression!).toBeGreaterThan(0.5);
    expect(byName.accuracy.verdict).toBe('fail');
    expect(byName.accuracy.candidate!).toBeLessThan(byName.accuracy.baseline!);
    expect(r.markdown).toMatch(/perplexity ↓ \|[^\n]*\*\*FAIL\*\*/);
    expect(r.markdown).toMatch(/accuracy ↑ \|[^\n]*\*\*FAIL\*\*/);
    expect(r.markdown).toContain('FAIL for `tiny-v2.2.0-f16` vs `tiny-v2.0.0-f16`');
    // Quality failed exactly: no performance budget is spent on a candidate that cannot pass.
    expect(r.json.sampling.pairs).toBe(0);
    expect(byName.latency_p50_ms).toMatchObject({ verdict: 'skipped', comparedWith: 'nothing' });
    expect(byName.latency_p50_ms.reason).toMatch(/quality already failed/);
  });

  it('compares a q8_0 candidate with the last q8_0 deployment, not the current f16 one', async () => {
    const history = [entry('2.0.0', 'q8_0'), entry('2.0.0', 'f16')];
    // The caller passes the environment's current (f16) deployment and its file: the gate must
    // not use them for quality and must fetch the q8_0 baseline instead.
    const r = await gate('2.1.0', 'q8_0', history, { baselinePath: models[key('2.0.0', 'f16')] });
    expect(r.json.baseline).toMatchObject({ id: 'tiny-v2.0.0-q8_0', quantization: 'q8_0', source: 'remeasured' });
    expect(r.json.metrics.find((m) => m.metric === 'perplexity')!.comparedWith).toBe('baseline');
    expect(r.verdict).toBe('pass');
    expect(r.json.notes.join('\n')).toMatch(/compared with tiny-v2\.0\.0-q8_0, the latest q8_0 deployment/);
  });

  it('normalizes across quantization families when the environment has none of the candidate family', async () => {
    const history = [entry('2.0.0', 'f16')];
    // A degraded q8_0 against the live f16: perplexity compared after the q8_0 allowance, and fails.
    const bad = await gate('2.2.0', 'q8_0', history);
    const ppl = bad.json.metrics.find((m) => m.metric === 'perplexity')!;
    expect(ppl).toMatchObject({ comparedWith: 'normalized', verdict: 'fail' });
    expect(ppl.reason).toMatch(/after allowing \+0\.04% for f16 -> q8_0/);
    expect(bad.verdict).toBe('fail');
    expect(bad.markdown).toMatch(/differs from the candidate's q8_0/);
    // A good q8_0 of the same text passes the same comparison.
    const good = await gate('2.0.0', 'q8_0', history);
    expect(good.json.metrics.find((m) => m.metric === 'perplexity')).toMatchObject({
      comparedWith: 'normalized',
      verdict: 'pass',
    });
    // A family with no allowance cannot be compared: inconclusive, never a silent pass.
    const unknown = await gate('2.0.0', 'q8_0', [entry('2.0.0', 'f16')], { candidateQuantization: 'iq2_xs' });
    expect(unknown.json.metrics.find((m) => m.metric === 'perplexity')).toMatchObject({ verdict: 'inconclusive' });
    expect(unknown.verdict).toBe('inconclusive');
    // And under gate.inconclusive "block" (the default) it does not get through, as in deploy.
    expect(unknown.allowed).toBe(false);
    expect(unknown.json).toMatchObject({ allowed: false, inconclusive_policy: 'block' });
  });

  it('uses the stored history metrics when the baseline cannot be fetched, and says so', async () => {
    const first = await gate('2.0.0', 'f16', []);
    expect(first.json.baseline).toBeNull();
    expect(first.verdict).toBe('pass'); // only absolute limits, none configured
    expect(first.markdown).toMatch(/First deployment in this environment/);
    const history = [entry('2.0.0', 'f16', { metrics: first.metrics })];
    const r = await gate('2.2.0', 'f16', history, { fetchBaseline: async () => null });
    expect(r.json.baseline).toMatchObject({ source: 'history', id: 'tiny-v2.0.0-f16' });
    expect(r.markdown).toMatch(/quality from history entry #\d+/);
    expect(r.verdict).toBe('fail');
    // Stored performance figures were not measured side by side with the candidate: not compared.
    expect(r.json.metrics.find((m) => m.metric === 'latency_p50_ms')).toMatchObject({
      comparedWith: 'nothing',
      verdict: 'skipped',
    });
  });

  it('smoke-tests a good model and fails (without crashing) on a corrupt one', async () => {
    const ok = await runSmoke(models[key('2.0.0', 'f16')], testConfig(), { repoRoot: ROOT, gpu: false });
    expect(ok.ok).toBe(true);
    expect(ok.details.length).toBe(3);
    const bad = path.join(dir, 'corrupt.gguf');
    await writeFile(bad, Buffer.alloc(4096, 7));
    const r = await runSmoke(bad, testConfig(), { gpu: false });
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/not a valid GGUF file: bad magic/);
  });
});
