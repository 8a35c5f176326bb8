/** The pure decision: directions, thresholds, paired intervals, families and allowances, absolute limits. */
import { describe, expect, it } from 'vitest';
import {
  allowanceOf,
  decideGate,
  gateAllows,
  pickBaseline,
  quantizationFamily,
  renderGateMarkdown,
  type GateInput,
} from '../../src/core/gate-decision.js';
import type { GateThreshold } from '../../src/core/documents.js';
import { entry } from './helpers.js';

const thresholds: Record<string, GateThreshold> = {
  perplexity: { direction: 'lower', max_regression: 0.05, quality: true },
  accuracy: { direction: 'higher', max_regression: 0.05, quality: true },
  latency_p50_ms: { direction: 'lower', max_regression: 0.05 },
};
import { decidePaired, mulberry32, normalSample, type PairedDecision } from '../../src/core/stats.js';

type Values = Record<string, number | null>;

function input(
  cand: Values,
  base: Values | null,
  o: Partial<{ cq: string; bq: string; source: 'remeasured' | 'history'; paired: GateInput['paired'] }> = {},
): GateInput {
  return {
    candidate: { metrics: cand, quantization: o.cq ?? 'f16', hardware: 'llama|cpu' },
    baseline: base
      ? {
          metrics: base,
          quantization: o.bq ?? 'f16',
          hardware: 'llama|cpu',
          source: o.source ?? 'remeasured',
          id: 'tiny-v2.0.0-f16',
          historyId: 1,
        }
      : null,
    paired: o.paired,
    thresholds,
    defaultMaxRegression: 0.05,
  };
}

/** A paired decision from synthetic log-normal pairs with a known true ratio. */
function pairs(trueRatio: number, n: number, seed = 1): { decision: PairedDecision; exhausted: boolean; ms: number } {
  const rng = mulberry32(seed);
  const logs = Array.from({ length: n }, () => Math.log(trueRatio) + 0.05 * normalSample(rng));
  const decision = decidePaired({ logRatios: logs, maxRegression: 0.05, looks: 1 });
  return { decision, exhausted: decision.verdict === 'undecided', ms: 1000 };
}

describe('decideGate', () => {
  it('compares quality exactly: a better candidate passes, one worse by more than the threshold fails', () => {
    const pass = decideGate(input({ perplexity: 9, accuracy: 1 }, { perplexity: 10, accuracy: 1 }));
    expect(pass.verdict).toBe('pass');
    const fail = decideGate(input({ perplexity: 10.6, accuracy: 1 }, { perplexity: 10, accuracy: 1 }));
    expect(fail.verdict).toBe('fail');
    expect(fail.metrics.find((x) => x.metric === 'perplexity')).toMatchObject({
      verdict: 'fail',
      comparedWith: 'baseline',
    });
    expect(fail.metrics.find((x) => x.metric === 'perplexity')!.change).toBeCloseTo(0.06);
    // Higher is better for accuracy: a drop is a regression.
    expect(
      decideGate(input({ accuracy: 0.9 }, { accuracy: 1 })).metrics.find((x) => x.metric === 'accuracy')!.verdict,
    ).toBe('fail');
    // Within the threshold, and an A/A quality change of exactly 0.
    expect(decideGate(input({ perplexity: 10.4 }, { perplexity: 10 })).metrics[0].verdict).toBe('pass');
    expect(decideGate(input({ perplexity: 10 }, { perplexity: 10 })).metrics[0]).toMatchObject({
      change: 0,
      regression: 0,
      verdict: 'pass',
    });
  });

  it('decides performance from the paired interval: pass, fail, inconclusive when the budget ran out', () => {
    const same = decideGate(
      input({ latency_p50_ms: 10 }, { latency_p50_ms: 10 }, { paired: { latency_p50_ms: pairs(1, 400) } }),
    );
    expect(same.metrics.find((x) => x.metric === 'latency_p50_ms')).toMatchObject({
      verdict: 'pass',
      comparedWith: 'paired',
    });
    const slower = decideGate(
      input({ latency_p50_ms: 14 }, { latency_p50_ms: 10 }, { paired: { latency_p50_ms: pairs(1.4, 400) } }),
    );
    const row = slower.metrics.find((x) => x.metric === 'latency_p50_ms')!;
    expect(row.verdict).toBe('fail');
    expect(row.interval!.lo).toBeGreaterThan(0.05);
    expect(row.reason).toMatch(/400 pairs/);
    const unsure = decideGate(
      input({ latency_p50_ms: 10.5 }, { latency_p50_ms: 10 }, { paired: { latency_p50_ms: pairs(1.05, 40) } }),
    );
    expect(unsure.metrics.find((x) => x.metric === 'latency_p50_ms')).toMatchObject({ verdict: 'inconclusive' });
    expect(unsure.metrics.find((x) => x.metric === 'latency_p50_ms')!.reason).toMatch(/budget ran out/);
    expect(unsure.verdict).toBe('inconclusive');
  });

  it('does not compare performance with stored figures: only pairs measured in this run count', () => {
    const d = decideGate(
      input({ perplexity: 10, latency_p50_ms: 100 }, { perplexity: 10, latency_p50_ms: 10 }, { source: 'history' }),
    );
    expect(d.metrics.find((x) => x.metric === 'latency_p50_ms')).toMatchObject({
      verdict: 'skipped',
      comparedWith: 'nothing',
    });
    expect(d.metrics.find((x) => x.metric === 'latency_p50_ms')!.reason).toMatch(/not re-measured side by side/);
    expect(d.notes.join(' ')).toMatch(/performance not compared/);
  });

  it('normalizes perplexity across quantization families with the allowance table, and says so', () => {
    // q4_k_m is expected about 2.8% worse than f16: 10.6 against 10 (+6%) is within 5% after the allowance.
    const ok = decideGate(input({ perplexity: 10.6 }, { perplexity: 10 }, { cq: 'q4_k_m', bq: 'f16' }));
    expect(ok.metrics[0]).toMatchObject({ comparedWith: 'normalized', verdict: 'pass' });
    expect(ok.metrics[0].reason).toMatch(/after allowing \+2\.81% for f16 -> q4_k_m/);
    expect(ok.notes.join(' ')).toMatch(/differs from the candidate's q4_k_m/);
    // The degraded q8_0 of the field report: 46 against a live f16 of 10 fails.
    expect(decideGate(input({ perplexity: 46 }, { perplexity: 10 }, { cq: 'q8_0', bq: 'f16' })).verdict).toBe('fail');
    // An override from the config wins over the defaults.
    const strict = decideGate({
      ...input({ perplexity: 10.6 }, { perplexity: 10 }, { cq: 'q4_k_m', bq: 'f16' }),
      allowances: { q4_k_m: 0 },
    });
    expect(strict.metrics[0].verdict).toBe('fail');
    // A family nobody knows the cost of: inconclusive, not a silent pass.
    const unknown = decideGate(input({ perplexity: 10 }, { perplexity: 10 }, { cq: 'iq2_xs', bq: 'f16' }));
    expect(unknown.metrics[0]).toMatchObject({ verdict: 'inconclusive' });
    expect(unknown.metrics[0].reason).toMatch(/gate\.quantization_allowance/);
    expect(quantizationFamily('Q4_K_M')).toBe(quantizationFamily('q4km'));
    expect(allowanceOf('Q4_K_M')).toBeCloseTo(0.0281);
  });

  it('applies only absolute limits without a baseline, and says it is a first deployment', () => {
    const t = { ...thresholds, accuracy: { direction: 'higher' as const, max_regression: 0.05, absolute: 0.5 } };
    const low = decideGate({ ...input({ accuracy: 0.4, perplexity: 50 }, null), thresholds: t });
    expect(low.verdict).toBe('fail');
    expect(low.metrics.find((x) => x.metric === 'accuracy')).toMatchObject({
      verdict: 'fail',
      comparedWith: 'absolute',
    });
    expect(low.notes[0]).toMatch(/First deployment/);
    const ok = decideGate({ ...input({ accuracy: 0.9, perplexity: 50 }, null), thresholds: t });
    expect(ok.verdict).toBe('pass');
    expect(ok.metrics.find((x) => x.metric === 'perplexity')).toMatchObject({ verdict: 'skipped' });
    expect(ok.metrics.find((x) => x.metric === 'perplexity')!.reason).toMatch(/first deployment here/);
  });

  it('skips metrics the backend did not measure', () => {
    const d = decideGate(input({ perplexity: null, accuracy: 1 }, { perplexity: 10, accuracy: 1 }));
    expect(d.metrics.find((x) => x.metric === 'perplexity')).toMatchObject({
      verdict: 'skipped',
      reason: 'not measured by this backend',
    });
    expect(d.verdict).toBe('pass');
  });

  it('renders a markdown table with every metric, exact quality and the paired interval', () => {
    const d = decideGate(
      input(
        { perplexity: 12, accuracy: 1, latency_p50_ms: 14 },
        { perplexity: 10, accuracy: 1, latency_p50_ms: 10 },
        { paired: { latency_p50_ms: pairs(1.4, 400) } },
      ),
    );
    const md = renderGateMarkdown(d, { candidate: { id: 'tiny-v2.2.0-f16' }, baseline: { id: 'tiny-v2.0.0-f16' } });
    expect(md).toContain('| metric | baseline | candidate | change | interval | threshold | verdict |');
    expect(md).toMatch(/\| perplexity ↓ \| 10 \| 12 \| \+20\.0% \| exact \| 5\.00% \| \*\*FAIL\*\*/);
    expect(md).toMatch(
      /\| latency_p50_ms ↓ \| 10 \| 14 \| \+4\d\.\d% \| \+\d+\.\d% … \+\d+\.\d% worse \(95\.0%, 400 pairs, 1\.0 s\)/,
    );
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

describe('one verdict everywhere', () => {
  it('a verdict gets through by gate.inconclusive exactly as deploy decides', () => {
    expect(gateAllows('pass')).toBe(true);
    expect(gateAllows('fail', 'allow')).toBe(false);
    expect(gateAllows('inconclusive')).toBe(false);
    expect(gateAllows('inconclusive', 'block')).toBe(false);
    expect(gateAllows('inconclusive', 'allow')).toBe(true);
  });
});
