import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEQUENTIAL,
  decidePaired,
  medianInterval,
  medianRanks,
  mulberry32,
  normalSample,
  perLookConfidence,
  regressionLogRatios,
  sequentialPlan,
  simulateGate,
  type SimulateGateOptions,
} from '../../src/core/stats.js';

function shuffled<T>(values: T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const out = values.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const range = (n: number, from = 1): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('seeded random numbers', () => {
  it('mulberry32 repeats for a seed, differs across seeds and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = range(1000).map(() => a());
    expect(range(1000).map(() => b())).toEqual(xs);
    expect(range(1000).map(() => c())).not.toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('normalSample has mean 0 and sd 1', () => {
    const rng = mulberry32(7);
    const xs = range(20_000).map(() => normalSample(rng));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeGreaterThan(0.97);
    expect(sd).toBeLessThan(1.03);
    expect(xs.every(Number.isFinite)).toBe(true);
  });
});

describe('regressionLogRatios', () => {
  it('is positive when the candidate is worse, in both directions', () => {
    // Latency: lower is better, so 110 ms against 100 ms is 10% worse.
    const lower = regressionLogRatios([110, 90], [100, 100], 'lower');
    expect(lower[0]).toBeCloseTo(Math.log(1.1), 12);
    expect(lower[1]).toBeCloseTo(Math.log(0.9), 12);
    // Throughput: higher is better, so 80 tokens/s against 100 is worse (badness 100/80 = 1.25).
    const higher = regressionLogRatios([80, 125], [100, 100], 'higher');
    expect(higher[0]).toBeCloseTo(Math.log(1.25), 12);
    expect(higher[1]).toBeCloseTo(Math.log(0.8), 12);
  });

  it('skips pairs with a non-finite or non-positive side, keeping the others paired', () => {
    const c = [100, Number.NaN, 120, 0, 130, -5, Number.POSITIVE_INFINITY, 150];
    const b = [100, 100, Number.NaN, 100, 0, 100, 100, 100];
    expect(regressionLogRatios(c, b, 'lower')).toEqual([0, Math.log(1.5)]);
    expect(regressionLogRatios(c, b, 'higher')).toEqual([0, Math.log(100 / 150)]);
    expect(regressionLogRatios([], [], 'lower')).toEqual([]);
  });

  it('refuses samples that are not paired', () => {
    expect(() => regressionLogRatios([1, 2], [1], 'lower')).toThrow(RangeError);
  });
});

describe('medianInterval', () => {
  it('uses the exact binomial ranks: n = 10 at 95% gives ranks 2 and 9', () => {
    const ci = medianInterval(shuffled(range(10), 1), 0.95);
    expect(ci).not.toBeNull();
    expect(ci!.ranks).toEqual([2, 9]);
    expect(ci!.lo).toBe(2);
    expect(ci!.hi).toBe(9);
    expect(ci!.estimate).toBe(5.5);
    expect(ci!.n).toBe(10);
    // 1 - 2 P(Bin(10, 1/2) <= 1) = 1 - 2 * 11 / 1024; ranks 3 and 8 would only cover 1 - 2 * 56 / 1024 = 89%.
    expect(ci!.coverage).toBeCloseTo(1 - 22 / 1024, 12);
  });

  it.each([
    [6, 0.95, 1, 1 - 2 / 64],
    [20, 0.95, 6, 0.9586105346679688],
    [100, 0.95, 40, 0.9647997997822952],
    [10, 0.8, 3, 1 - 112 / 1024],
    [12, 0.99875, 1, 1 - 2 / 4096],
  ])('n = %i at %f: lower rank %i with coverage %f', (n, confidence, k, coverage) => {
    const r = medianRanks(n, confidence);
    expect(r).not.toBeNull();
    expect(r!.k).toBe(k);
    expect(r!.coverage).toBeCloseTo(coverage, 10);
    expect(r!.coverage).toBeGreaterThanOrEqual(confidence);
  });

  it('is null when the sample is too small for the confidence', () => {
    expect(medianInterval([1, 2, 3, 4, 5], 0.95)).toBeNull();
    expect(medianInterval([], 0.95)).toBeNull();
    expect(medianInterval([1, 2, 3, 4, 5, 6], 0.95)).not.toBeNull();
    // At the 40-look per-look confidence, 11 pairs are the least that can give an interval.
    expect(medianInterval(range(10), perLookConfidence(0.95, 40))).toBeNull();
    expect(medianInterval(range(11), perLookConfidence(0.95, 40))).not.toBeNull();
  });

  it('stays exact for large n without overflow (2^-n underflows past n = 1074)', () => {
    for (const n of [2000, 5000, 100_000]) {
      const r = medianRanks(n, 0.95)!;
      // Normal approximation of the same rank: n/2 - 1.96 sqrt(n)/2.
      expect(Math.abs(r.k - (n / 2 - (1.96 * Math.sqrt(n)) / 2))).toBeLessThan(2);
      expect(r.coverage).toBeGreaterThanOrEqual(0.95);
      expect(r.coverage).toBeLessThan(0.96);
    }
  });

  it('covers the true median at least at the nominal rate, whatever the distribution', () => {
    const trials = 2000;
    const rng = mulberry32(2024);
    let normalHits = 0;
    let expHits = 0;
    for (let t = 0; t < trials; t++) {
      const normal = range(25).map(() => normalSample(rng));
      const ci = medianInterval(normal, 0.95)!;
      if (ci.lo <= 0 && 0 <= ci.hi) normalHits++;
      // A skewed one (exponential, median ln 2): the interval needs no symmetry.
      const exp = range(25).map(() => -Math.log(1 - rng()));
      const ce = medianInterval(exp, 0.95)!;
      if (ce.lo <= Math.LN2 && Math.LN2 <= ce.hi) expHits++;
    }
    // Exact coverage at n = 25 is 95.7%; the upper bound catches an interval that is needlessly wide.
    for (const hits of [normalHits, expHits]) {
      expect(hits / trials).toBeGreaterThanOrEqual(0.94);
      expect(hits / trials).toBeLessThan(0.975);
    }
  });

  it('narrows as n grows', () => {
    // Evenly spaced values on [-1, 1]: a sample without sampling noise.
    const sizes = [10, 20, 40, 80, 160, 320, 640];
    const widths = sizes.map((n) => {
      const ci = medianInterval(
        range(n, 0).map((i) => -1 + (2 * i) / (n - 1)),
        0.95,
      )!;
      return ci.hi - ci.lo;
    });
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThan(widths[i - 1]);
    // And on random normal samples, on average, about like 1/sqrt(n): quadrupling n halves the width.
    const rng = mulberry32(99);
    const meanWidth = (n: number): number => {
      let total = 0;
      for (let t = 0; t < 200; t++) {
        const ci = medianInterval(
          range(n).map(() => normalSample(rng)),
          0.95,
        )!;
        total += ci.hi - ci.lo;
      }
      return total / 200;
    };
    const [w20, w80, w320] = [meanWidth(20), meanWidth(80), meanWidth(320)];
    expect(w80 / w20).toBeGreaterThan(0.4);
    expect(w80 / w20).toBeLessThan(0.6);
    expect(w320 / w80).toBeGreaterThan(0.4);
    expect(w320 / w80).toBeLessThan(0.6);
  });

  it('refuses non-finite values and a confidence outside (0, 1)', () => {
    expect(() => medianInterval([1, Number.NaN, 3, 4, 5, 6], 0.95)).toThrow(RangeError);
    expect(() => medianInterval(range(10), 1)).toThrow(RangeError);
    expect(() => medianInterval(range(10), 0)).toThrow(RangeError);
  });
});

describe('perLookConfidence and sequentialPlan', () => {
  it('splits the error budget evenly over the looks (Bonferroni)', () => {
    expect(perLookConfidence(0.95, 1)).toBeCloseTo(0.95, 15);
    expect(perLookConfidence(0.95, 40)).toBeCloseTo(0.99875, 15);
    expect(perLookConfidence(0.9, 10)).toBeCloseTo(0.99, 15);
    expect(() => perLookConfidence(0.95, 0)).toThrow(RangeError);
    expect(() => perLookConfidence(0.95, 2.5)).toThrow(RangeError);
  });

  it('exports the documented defaults', () => {
    expect(DEFAULT_SEQUENTIAL).toEqual({ confidence: 0.95, minPairs: 12, batchPairs: 8, maxLooks: 40 });
  });

  it.each([100, 324, 325, 1200, 10_000])('plans at most maxLooks looks from minPairs to maxPairs = %i', (maxPairs) => {
    const plan = sequentialPlan({ maxPairs });
    const { lookAt } = plan;
    expect(lookAt[0]).toBe(DEFAULT_SEQUENTIAL.minPairs);
    expect(lookAt[lookAt.length - 1]).toBe(maxPairs);
    expect(lookAt.length).toBeLessThanOrEqual(DEFAULT_SEQUENTIAL.maxLooks);
    expect(plan.maxLooks).toBe(lookAt.length);
    expect(plan.lookConfidence).toBeCloseTo(perLookConfidence(0.95, lookAt.length), 15);
    for (let i = 1; i < lookAt.length; i++) {
      expect(lookAt[i]).toBeGreaterThan(lookAt[i - 1]);
      if (i < lookAt.length - 1)
        expect(lookAt[i] - lookAt[i - 1]).toBeGreaterThanOrEqual(DEFAULT_SEQUENTIAL.batchPairs);
    }
  });

  it('looks once when the budget is below the first look', () => {
    expect(sequentialPlan({ maxPairs: 8 }).lookAt).toEqual([8]);
    expect(sequentialPlan({ maxPairs: 500, maxLooks: 1 })).toMatchObject({ lookAt: [500], lookConfidence: 0.95 });
  });
});

describe('decidePaired', () => {
  const noisy = (center: number, sd: number, n: number, seed: number): number[] => {
    const rng = mulberry32(seed);
    return range(n).map(() => center + sd * normalSample(rng));
  };

  it('fails a clearly worse candidate', () => {
    const d = decidePaired({ logRatios: noisy(Math.log(1.5), 0.05, 40, 1), maxRegression: 0.05 });
    expect(d.verdict).toBe('fail');
    expect(d.estimate).toBeGreaterThan(0.45);
    expect(d.estimate).toBeLessThan(0.55);
    expect(d.lo).toBeGreaterThan(0.05);
    expect(d.lo).toBeLessThanOrEqual(d.estimate);
    expect(d.hi).toBeGreaterThanOrEqual(d.estimate);
    expect(d.n).toBe(40);
    expect(d.confidence).toBeCloseTo(0.99875, 15);
    expect(d.overallConfidence).toBe(0.95);
    expect(d.threshold).toBeCloseTo(Math.log(1.05), 15);
  });

  it('passes an identical candidate once there are enough pairs', () => {
    const d = decidePaired({ logRatios: new Array(20).fill(0), maxRegression: 0.05 });
    expect(d).toMatchObject({ verdict: 'pass', estimate: 0, lo: 0, hi: 0, n: 20 });
    expect(decidePaired({ logRatios: noisy(0, 0.02, 30, 2), maxRegression: 0.05 }).verdict).toBe('pass');
  });

  it('passes a better candidate: pass means "not worse than allowed"', () => {
    const d = decidePaired({ logRatios: noisy(Math.log(0.7), 0.05, 30, 3), maxRegression: 0.05 });
    expect(d.verdict).toBe('pass');
    expect(d.estimate).toBeLessThan(-0.25);
  });

  it('is undecided with too few pairs, however clear they look', () => {
    // 10 pairs cannot give a 99.875% interval: even (min, max) covers only 1 - 2^-9.
    const d = decidePaired({ logRatios: new Array(10).fill(Math.log(2)), maxRegression: 0.05 });
    expect(d.verdict).toBe('undecided');
    expect(d.estimate).toBeCloseTo(1, 12);
    expect(d.lo).toBe(-1);
    expect(d.hi).toBe(Number.POSITIVE_INFINITY);
    // The same ten pairs decide in a one-look test, which needs only 6.
    expect(decidePaired({ logRatios: new Array(10).fill(Math.log(2)), maxRegression: 0.05, looks: 1 }).verdict).toBe(
      'fail',
    );
    const empty = decidePaired({ logRatios: [], maxRegression: 0.05 });
    expect(empty.verdict).toBe('undecided');
    expect(empty.estimate).toBeNaN();
  });

  it('is undecided when the interval straddles or touches the threshold', () => {
    expect(decidePaired({ logRatios: noisy(Math.log(1.05), 0.2, 200, 4), maxRegression: 0.05 }).verdict).toBe(
      'undecided',
    );
    expect(decidePaired({ logRatios: new Array(50).fill(Math.log1p(0.05)), maxRegression: 0.05 }).verdict).toBe(
      'undecided',
    );
  });

  it('widens the interval with the number of looks', () => {
    const logRatios = noisy(0.02, 0.2, 300, 5);
    const one = decidePaired({ logRatios, maxRegression: 0.05, looks: 1 });
    const many = decidePaired({ logRatios, maxRegression: 0.05, looks: 40 });
    expect(many.estimate).toBe(one.estimate);
    expect(many.lo).toBeLessThan(one.lo);
    expect(many.hi).toBeGreaterThan(one.hi);
    expect(one.confidence).toBe(0.95);
  });

  it('refuses bad input', () => {
    expect(() => decidePaired({ logRatios: [0, Number.NaN], maxRegression: 0.05 })).toThrow(RangeError);
    expect(() => decidePaired({ logRatios: [0], maxRegression: Number.NaN })).toThrow(RangeError);
    expect(() => decidePaired({ logRatios: [0], maxRegression: -1 })).toThrow(RangeError);
  });
});

describe('simulated gate', () => {
  // The acceptance scenario: 5% allowed, log-normal noise sd 0.15 per measurement, 5% of measurements a 3x spike,
  // machine load shared within a pair. 1200 pairs is about a minute of tiny-model pairs at tens of ms each.
  const scenario = { noiseSd: 0.15, outlierRate: 0.05, drift: 0.05, maxRegression: 0.05, maxPairs: 1200 };

  function rates(trueRatio: number, trials: number, seed: number, extra: Partial<SimulateGateOptions> = {}) {
    const counts = { pass: 0, fail: 0, inconclusive: 0 };
    const pairs: number[] = [];
    for (let t = 0; t < trials; t++) {
      const r = simulateGate({ ...scenario, trueRatio, seed: seed + t, ...extra });
      counts[r.verdict]++;
      pairs.push(r.pairs);
    }
    pairs.sort((a, b) => a - b);
    return {
      pass: counts.pass / trials,
      fail: counts.fail / trials,
      inconclusive: counts.inconclusive / trials,
      medianPairs: pairs[trials >> 1],
    };
  }

  it('A/A: never fails and is rarely inconclusive', () => {
    const r = rates(1, 300, 10_000);
    expect(r.fail).toBe(0);
    expect(r.inconclusive).toBeLessThanOrEqual(0.05);
  });

  it('a 40% regression fails almost always, and quickly', () => {
    const r = rates(1.4, 300, 20_000);
    expect(r.fail).toBeGreaterThanOrEqual(0.99);
    expect(r.pass).toBe(0);
    expect(r.medianPairs).toBeLessThanOrEqual(100);
  });

  it('a 12% regression fails at least 95% of the time', () => {
    const r = rates(1.12, 300, 30_000);
    expect(r.fail).toBeGreaterThanOrEqual(0.95);
    expect(r.pass).toBe(0);
  });

  it('a 10% faster candidate passes almost always', () => {
    const r = rates(0.9, 300, 40_000);
    expect(r.pass).toBeGreaterThanOrEqual(0.99);
    expect(r.fail).toBe(0);
  });

  it('handles throughput (higher is better) exactly like latency', () => {
    for (let seed = 0; seed < 20; seed++) {
      const lower = simulateGate({ ...scenario, trueRatio: 1.08, seed });
      const higher = simulateGate({ ...scenario, trueRatio: 1.08, seed, direction: 'higher' });
      expect(higher.verdict).toBe(lower.verdict);
      expect(higher.pairs).toBe(lower.pairs);
    }
  });

  it('keeps wrong verdicts rare at the threshold, where peeking at 95% per look would not', () => {
    // True regression exactly 5%: neither verdict is right, both are errors. Plain log-normal pairs.
    const plan = sequentialPlan({ maxPairs: 400 });
    const trials = 200;
    const errorRate = (looks: number): number => {
      let wrong = 0;
      for (let t = 0; t < trials; t++) {
        const rng = mulberry32(50_000 + t);
        const logRatios: number[] = [];
        for (const at of plan.lookAt) {
          while (logRatios.length < at) logRatios.push(Math.log(1.05) + 0.2 * normalSample(rng));
          if (decidePaired({ logRatios, maxRegression: 0.05, looks }).verdict !== 'undecided') {
            wrong++;
            break;
          }
        }
      }
      return wrong / trials;
    };
    expect(errorRate(plan.maxLooks)).toBeLessThanOrEqual(0.05);
    // Without the correction the same data err several times more often: the correction is what keeps the 5%.
    expect(errorRate(1)).toBeGreaterThan(0.15);
  });
});
