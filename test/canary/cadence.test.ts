// What a stateless check on GitHub's 5-minute schedule can decide, as docs/canary-analysis.md says:
// the look number counts interval_s since the step started, however many looks were taken, so a
// paired check (latency, throughput) first has an interval once about 15 sub-windows have passed.
import { describe, expect, it } from 'vitest';
import { lookAt, lookConfidence } from '../../src/canary/decision.js';
import { medianInterval } from '../../src/core/stats.js';

/** Minutes from the step's start to the first run, every 5 minutes on time, whose pairs give an interval. */
function firstPairedVerdictMinutes(intervalS: number): number | null {
  for (let t = 300; t <= 6 * 3600; t += 300) {
    const pairs = Math.min(30, Math.floor(t / intervalS));
    const confidence = lookConfidence(0.95, lookAt(t, intervalS));
    const ratios = Array.from({ length: pairs }, (_, i) => 1 + i / 1000);
    if (pairs > 0 && medianInterval(ratios, confidence)) return t / 60;
  }
  return null;
}

describe('a canary check every 5 minutes', () => {
  it.each([
    [30, 10],
    [60, 15],
    [120, 30],
    [300, 70],
  ])('with interval_s %i judges a paired check from minute %i on', (intervalS, minutes) => {
    expect(firstPairedVerdictMinutes(intervalS)).toBe(minutes);
  });

  it('counts looks as if it had looked every interval_s: the run after 5 minutes of 30 s is look 11', () => {
    expect(lookAt(300, 30)).toBe(11);
    expect(lookAt(600, 30)).toBe(21);
    expect(lookAt(600, 300)).toBe(3);
  });
});
