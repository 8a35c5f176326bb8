/** The pure decision: directions, thresholds, spread, families, hardware, absolute limits. */
import { describe, expect, it } from 'vitest';
import { decideGate, pickBaseline, quantizationFamily, renderGateMarkdown, type GateInput } from '../../src/core/gate.js';
import type { GateThreshold } from '../../src/core/types.js';
import { entry } from './helpers.js';

const thresholds: Record<string, GateThreshold> = {
  perplexity: { direction: 'lower', max_regression: 0.05, quality: true },
  accuracy: { direction: 'higher', max_regression: 0.05, quality: true },
  latency_p50_ms: { direction: 'lower', max_regression: 0.05 },
};
const m = (value: number | null, spread: number | null = 0) => ({ value, spread });

function input(cand: Record<string, [number | null, number?]>, base: Record<string, [number | null, number?]> | null, o: Partial<{ cq: string; bq: string; ch: string; bh: string | null }> = {}): GateInput {
  const conv = (x: Record<string, [number | null, number?]>) => Object.fromEntries(Object.entries(x).map(([k, [v, s]]) => [k, m(v, s ?? 0)]));
  return {
    candidate: { metrics: conv(cand), quantization: o.cq ?? 'f16', hardware: o.ch ?? 'llama|cpu' },
    baseline: base ? { metrics: conv(base), quantization: o.bq ?? 'f16', hardware: o.bh === undefined ? 'llama|cpu' : o.bh, source: 'remeasured', id: 'tiny-v2.0.0-f16', historyId: 1 } : null,
    thresholds,
    defaultMaxRegression: 0.05,
  };
}

describe('decideGate', () => {
  it('passes a better candidate and fails one worse by more than the threshold', () => {
    const pass = decideGate(input({ perplexity: [9], accuracy: [1], latency_p50_ms: [10] }, { perplexity: [10], accuracy: [1], latency_p50_ms: [10.2] }));
    expect(pass.verdict).toBe('pass');
    const fail = decideGate(input({ perplexity: [10.6], accuracy: [1], latency_p50_ms: [10] }, { perplexity: [10], accuracy: [1], latency_p50_ms: [10] }));
    expect(fail.verdict).toBe('fail');
    expect(fail.metrics.find((x) => x.metric === 'perplexity')).toMatchObject({ verdict: 'fail', comparedWith: 'baseline' });
    expect(fail.metrics.find((x) => x.metric === 'perplexity')!.change).toBeCloseTo(0.06);
    // Higher is better for accuracy: a drop is a regression.
    const acc = decideGate(input({ accuracy: [0.9] }, { accuracy: [1] }));
    expect(acc.metrics.find((x) => x.metric === 'accuracy')!.verdict).toBe('fail');
    // Within the threshold.
    expect(decideGate(input({ perplexity: [10.4] }, { perplexity: [10] })).metrics[0].verdict).toBe('pass');
  });

  it('is inconclusive when the spread is wider than the threshold, unless the difference is beyond it', () => {
    const noisy = decideGate(input({ latency_p50_ms: [10.3, 0.2] }, { latency_p50_ms: [10, 0.1] }));
    expect(noisy.metrics.find((x) => x.metric === 'latency_p50_ms')!.verdict).toBe('inconclusive');
    expect(noisy.verdict).toBe('inconclusive');
    const clearlyWorse = decideGate(input({ latency_p50_ms: [20, 0.2] }, { latency_p50_ms: [10, 0.1] }));
    expect(clearlyWorse.verdict).toBe('fail');
    const clearlyBetter = decideGate(input({ latency_p50_ms: [5, 0.2] }, { latency_p50_ms: [10, 0.1] }));
    expect(clearlyBetter.verdict).toBe('pass');
  });

  it('compares quality only within a quantization family and latency only on the same hardware', () => {
    const d = decideGate(input({ perplexity: [100], latency_p50_ms: [100] }, { perplexity: [10], latency_p50_ms: [10] }, { cq: 'q8_0', bq: 'f16', ch: 'llama|cuda: H100', bh: 'llama|cpu' }));
    expect(d.verdict).toBe('pass');
    expect(d.metrics.every((x) => x.verdict === 'skipped' && x.comparedWith === 'nothing')).toBe(true);
    expect(d.notes.join(' ')).toMatch(/another|differs/);
    expect(d.metrics.find((x) => x.metric === 'perplexity')!.reason).toMatch(/another quantization family/);
    expect(d.metrics.find((x) => x.metric === 'latency_p50_ms')!.reason).toMatch(/other hardware/);
    // Q4_K_M and q4km are one family.
    expect(quantizationFamily('Q4_K_M')).toBe(quantizationFamily('q4km'));
  });

  it('applies only absolute limits without a baseline, and says so', () => {
    const t = { ...thresholds, accuracy: { direction: 'higher' as const, max_regression: 0.05, absolute: 0.5 } };
    const low = decideGate({ ...input({ accuracy: [0.4], perplexity: [50] }, null), thresholds: t });
    expect(low.verdict).toBe('fail');
    expect(low.metrics.find((x) => x.metric === 'accuracy')).toMatchObject({ verdict: 'fail', comparedWith: 'absolute' });
    expect(low.notes[0]).toMatch(/No comparable baseline/);
    const ok = decideGate({ ...input({ accuracy: [0.9], perplexity: [50] }, null), thresholds: t });
    expect(ok.verdict).toBe('pass');
    expect(ok.metrics.find((x) => x.metric === 'perplexity')!.verdict).toBe('skipped');
  });

  it('skips metrics the backend did not measure', () => {
    const d = decideGate(input({ perplexity: [null], accuracy: [1] }, { perplexity: [10], accuracy: [1] }));
    expect(d.metrics.find((x) => x.metric === 'perplexity')).toMatchObject({ verdict: 'skipped', reason: 'not measured by this backend' });
    expect(d.verdict).toBe('pass');
  });

  it('renders a markdown table with every metric', () => {
    const d = decideGate(input({ perplexity: [12, 0.01], accuracy: [1] }, { perplexity: [10], accuracy: [1] }));
    const md = renderGateMarkdown(d, { candidate: { id: 'tiny-v2.2.0-f16' }, baseline: { id: 'tiny-v2.0.0-f16' } });
    expect(md).toContain('| metric | baseline | candidate | change | threshold | verdict |');
    expect(md).toMatch(/\| perplexity ↓ \| 10 \| 12 \| \+20\.0% \| 5\.00% \| \*\*FAIL\*\*/);
    expect(md).toContain('FAIL for `tiny-v2.2.0-f16` vs `tiny-v2.0.0-f16`');
  });
});

describe('pickBaseline', () => {
  it('picks the latest deployment of the same family in the environment, skipping rolled-back ones', () => {
    const h = [
      entry('1.0.0', 'q8_0'),
      entry('2.0.0', 'q8_0'),
      entry('2.0.0', 'f16'),
      entry('2.0.5', 'q8_0', { rolled_back: true }),
      entry('3.0.0', 'q8_0', { env: 'production' }),
      entry('2.1.0', 'f16'),
    ];
    expect(pickBaseline(h, 'staging', 'q8_0')!.version).toBe('2.0.0');
    expect(pickBaseline(h, 'staging', 'f16')!.version).toBe('2.1.0');
    expect(pickBaseline(h, 'production', 'q8_0')!.version).toBe('3.0.0');
    expect(pickBaseline(h, 'staging', 'q4km')).toBeNull();
  });
});
