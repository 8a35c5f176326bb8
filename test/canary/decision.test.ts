import { describe, expect, it } from 'vitest';
import {
  decideCanary,
  lookAt,
  lookConfidence,
  newcombeInterval,
  nextStep,
  normalQuantile,
  wilsonInterval,
  type CanaryConfig,
  type CheckMeasurement,
  type DecisionInput,
} from '../../src/canary/decision.js';

const config: CanaryConfig = {
  steps: [10, 50, 100],
  soak_s: 300,
  interval_s: 30,
  min_requests: 50,
  confidence: 0.95,
  checks: [],
};

function errors(canary: [number, number], stable: [number, number], maxIncrease = 0.01): CheckMeasurement {
  return {
    kind: 'proportion',
    name: 'error_rate',
    query: 'q',
    canary: { events: canary[0], total: canary[1] },
    stable: { events: stable[0], total: stable[1] },
    maxIncrease,
  };
}

/** A ratio check whose sub-windows scatter within 3% around canary / stable (12 pairs unless told). */
function ratio(
  canary: number | null,
  stable: number | null,
  direction: 'lower' | 'higher' = 'lower',
  pairs = 12,
): CheckMeasurement {
  const mid = canary !== null && stable !== null ? canary / stable : null;
  const ratios = mid === null ? [] : Array.from({ length: pairs }, (_, i) => mid * (0.97 + (0.06 * i) / (pairs - 1)));
  return { kind: 'ratio', name: 'latency_p95', query: 'q', canary, stable, ratios, direction, maxRegression: 0.1 };
}

function input(o: Partial<DecisionInput>): DecisionInput {
  return {
    config,
    percent: 10,
    elapsedS: 400,
    look: 1,
    windowS: 400,
    requests: { canary: 2000, stable: 18000 },
    checks: [],
    ...o,
  };
}

describe('the statistics', () => {
  it('normalQuantile matches the tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });

  it("Wilson's interval: Newcombe's worked examples (1998, table I)", () => {
    // 81/263 at 95%: 0.2553 to 0.3662; 0/10: 0 to 0.2775.
    const [lo, hi] = wilsonInterval(81, 263, 0.95);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
    expect(wilsonInterval(0, 10, 0.95)[1]).toBeCloseTo(0.2775, 4);
  });

  it("Newcombe's hybrid score interval of a difference: his examples (1998, table II, method 10)", () => {
    // 56/70 - 48/80 = 0.2: 0.0524 to 0.3339; 9/10 - 3/10 = 0.6: 0.1705 to 0.8090.
    const [lo, hi] = newcombeInterval({ events: 56, total: 70 }, { events: 48, total: 80 }, 0.95);
    expect(lo).toBeCloseTo(0.0524, 3);
    expect(hi).toBeCloseTo(0.3339, 3);
    const [lo2, hi2] = newcombeInterval({ events: 9, total: 10 }, { events: 3, total: 10 }, 0.95);
    expect(lo2).toBeCloseTo(0.1705, 3);
    expect(hi2).toBeCloseTo(0.809, 3);
  });

  it('spends the error allowed over any number of looks', () => {
    let spent = 0;
    for (let k = 1; k <= 100_000; k++) spent += 1 - lookConfidence(0.95, k);
    expect(spent).toBeLessThan(0.05);
    expect(spent).toBeGreaterThan(0.0499);
    expect(lookConfidence(0.95, 2)).toBeGreaterThan(lookConfidence(0.95, 1));
    expect(lookAt(0, 30)).toBe(1);
    expect(lookAt(65, 30)).toBe(3);
  });

  it('walks the steps', () => {
    expect(nextStep([10, 50, 100], 10)).toBe(50);
    expect(nextStep([10, 50, 100], 25)).toBe(50);
    expect(nextStep([10, 50, 100], 100)).toBeNull();
  });
});

describe('decideCanary', () => {
  it('says nothing on fewer than min_requests on either side', () => {
    const d = decideCanary(input({ requests: { canary: 49, stable: 5000 }, checks: [errors([49, 49], [0, 5000])] }));
    expect(d.action).toBe('wait');
    expect(d.reason).toMatch(/not sure yet: 49 canary/);
    // The evidence is recorded all the same.
    expect(d.record.checks[0].verdict).toBe('fail');
  });

  it('aborts on a clearly higher error rate, even before the soak is over', () => {
    const d = decideCanary(
      input({ elapsedS: 40, requests: { canary: 100, stable: 900 }, checks: [errors([20, 100], [1, 900])] }),
    );
    expect(d.action).toBe('abort');
    expect(d.record.checks[0].interval![0]).toBeGreaterThan(0.01);
    expect(d.reason).toMatch(/error_rate fail/);
  });

  it('waits out the soak when nothing failed', () => {
    const d = decideCanary(input({ elapsedS: 100, checks: [errors([0, 2000], [0, 18000])] }));
    expect(d.action).toBe('wait');
    expect(d.reason).toMatch(/soaking/);
  });

  it('steps up once every check passed after the soak, and promotes at the last step', () => {
    const checks = [errors([2, 2000], [20, 18000]), ratio(1.02, 1.0), ratio(95, 100, 'higher')];
    const step = decideCanary(input({ checks }));
    expect(step.action).toBe('promote-step');
    expect(step.nextPercent).toBe(50);
    expect(step.record.checks.map((c) => c.verdict)).toEqual(['pass', 'pass', 'pass']);
    const last = decideCanary(input({ checks, percent: 100 }));
    expect(last.action).toBe('promote');
  });

  it('waits, never aborts, while an error-rate interval straddles the threshold', () => {
    const d = decideCanary(
      input({ elapsedS: 3000, requests: { canary: 60, stable: 600 }, checks: [errors([1, 60], [3, 600])] }),
    );
    expect(d.record.checks[0].verdict).toBe('inconclusive');
    expect(d.action).toBe('wait');
  });

  it('fails a latency regression past its threshold and a throughput drop past its threshold', () => {
    expect(decideCanary(input({ checks: [ratio(1.3, 1.0)] })).action).toBe('abort');
    expect(decideCanary(input({ checks: [ratio(70, 100, 'higher')] })).action).toBe('abort');
    expect(decideCanary(input({ checks: [ratio(1.05, 1.0)] })).action).toBe('promote-step');
  });

  it('gives a ratio check its interval from the sub-windows, and no verdict on too few of them', () => {
    const d = decideCanary(input({ checks: [ratio(1.3, 1.0)] }));
    const [lo, hi] = d.record.checks[0].interval!;
    expect(lo).toBeGreaterThan(0.261); // at least the smallest pair's regression
    expect(hi).toBeLessThan(0.339); // at most the largest
    expect(d.action).toBe('abort');
    const few = decideCanary(input({ checks: [ratio(1.3, 1.0, 'lower', 3)] }));
    expect(few.record.checks[0]).toMatchObject({ verdict: 'inconclusive', interval: null });
    expect(few.action).toBe('wait');
    // Straddling the threshold: not sure yet, never an abort.
    expect(decideCanary(input({ checks: [ratio(1.1, 1.0)] })).action).toBe('wait');
  });

  it('treats a check without data as not sure yet', () => {
    const d = decideCanary(input({ checks: [ratio(null, 1.0)] }));
    expect(d.record.checks[0].verdict).toBe('inconclusive');
    expect(d.action).toBe('wait');
  });

  it('passes on the looks after the soak, each decision spending its own error allowed', () => {
    // No errors in 500 canary requests: within +0.01 at the first look after the soak (look 11 of the
    // step), not yet at the step's eleventh look's confidence.
    const healthy = { requests: { canary: 500, stable: 4500 }, checks: [errors([0, 500], [0, 4500], 0.01)] };
    const first = decideCanary(input({ ...healthy, elapsedS: 300, look: 11 }));
    expect(first.action, first.reason).toBe('promote-step');
    expect(first.passConfidence).toBeLessThan(first.lookConfidence);
    const sameAsAbort = decideCanary(input({ ...healthy, elapsedS: 300, look: 11, passLook: 11 }));
    expect(sameAsAbort.action).toBe('wait');
    expect(sameAsAbort.record.checks[0].verdict).toBe('inconclusive');
    // During the soak nothing passes, and the record keeps the interval the abort was judged on.
    const soaking = decideCanary(input({ ...healthy, elapsedS: 120, look: 5 }));
    expect(soaking.action).toBe('wait');
    expect(soaking.passConfidence).toBeNull();
    expect(soaking.record.checks[0].verdict).toBe('inconclusive');
    expect(soaking.record.checks[0].interval![1]).toBeGreaterThan(0.01);
    // Harm still aborts during the soak.
    const harm = { requests: { canary: 500, stable: 4500 }, checks: [errors([60, 500], [0, 4500], 0.01)] };
    expect(decideCanary(input({ ...harm, elapsedS: 120, look: 5 })).action).toBe('abort');
  });

  it('a ratio check passes on the pairs the pass look needs, though the abort look would need more', () => {
    // 8 sub-windows: too few for an interval at the step's 11th look, enough at the first pass look.
    const d = decideCanary(input({ elapsedS: 300, look: 11, checks: [ratio(1.0, 1.0, 'lower', 8)] }));
    expect(d.record.checks[0].verdict).toBe('pass');
    expect(d.record.checks[0].interval![1]).toBeLessThanOrEqual(0.1);
    expect(d.action).toBe('promote-step');
  });

  it('a later look needs stronger evidence for the same data', () => {
    const m = [errors([6, 100], [1, 900], 0.01)];
    const first = decideCanary(input({ requests: { canary: 100, stable: 900 }, checks: m, look: 1 }));
    const later = decideCanary(input({ requests: { canary: 100, stable: 900 }, checks: m, look: 50 }));
    expect(first.action).toBe('abort');
    expect(later.action).toBe('wait');
    expect(later.lookConfidence).toBeGreaterThan(first.lookConfidence);
  });
});
