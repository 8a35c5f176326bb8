// What a stateless check on GitHub's 5-minute schedule can decide, as docs/canary-analysis.md says:
// the look numbers count interval_s since the step started (to abort) and since the soak ended (to
// pass), however many looks were taken, so a paired check (latency, throughput) has an interval only
// once enough sub-windows have passed for that look's confidence.
import { describe, expect, it } from 'vitest';
import { decideCanary, lookAt, type CanaryConfig, type CheckMeasurement } from '../../src/canary/decision.js';

/** A latency check whose sub-windows of the window so far all show canary / stable = `ratio`. */
function paired(ratio: number, t: number, intervalS: number): CheckMeasurement {
  const pairs = Math.min(30, Math.floor(t / intervalS));
  const ratios = Array.from({ length: pairs }, (_, i) => ratio * (1 + i / 1000));
  return {
    kind: 'ratio',
    name: 'latency_p95',
    query: 'q',
    canary: ratio,
    stable: 1,
    ratios,
    direction: 'lower',
    maxRegression: 0.1,
  };
}

/** Minutes from the step's start to the first on-time 5-minute run that decides `expected`. */
function firstDecision(intervalS: number, soakS: number, ratio: number, expected: string): number | null {
  const config: CanaryConfig = {
    steps: [10, 50, 100],
    soak_s: soakS,
    interval_s: intervalS,
    min_requests: 0,
    confidence: 0.95,
    checks: [],
  };
  for (let t = 300; t <= 6 * 3600; t += 300) {
    const d = decideCanary({
      config,
      percent: 10,
      elapsedS: t,
      look: lookAt(t, intervalS),
      windowS: t,
      requests: { canary: 10_000, stable: 90_000 },
      checks: [paired(ratio, t, intervalS)],
    });
    if (d.action === expected) return t / 60;
  }
  return null;
}

describe('a canary check every 5 minutes', () => {
  it.each([
    [30, 300, 10, 5],
    [60, 1200, 15, 20],
    [120, 1200, 30, 20],
    [300, 1200, 70, 65],
  ])(
    'with interval_s %i and soak_s %i aborts a paired check from minute %i on and passes one from minute %i on',
    (intervalS, soakS, abortMinutes, passMinutes) => {
      expect(firstDecision(intervalS, soakS, 2, 'abort')).toBe(abortMinutes);
      expect(firstDecision(intervalS, soakS, 1, 'promote-step')).toBe(passMinutes);
    },
  );

  it('counts looks as if it had looked every interval_s: the run after 5 minutes of 30 s is look 11', () => {
    expect(lookAt(300, 30)).toBe(11);
    expect(lookAt(600, 30)).toBe(21);
    expect(lookAt(600, 300)).toBe(3);
  });
});
