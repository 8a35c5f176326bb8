import { describe, expect, it } from 'vitest';
import { subWindowSeconds } from '../../src/canary/analysis.js';

describe('the sub-windows that pair canary and stable', () => {
  it('are interval_s long until the window holds more than 30 of them', () => {
    expect(subWindowSeconds(60, 10)).toBe(10);
    expect(subWindowSeconds(300, 10)).toBe(10);
    expect(subWindowSeconds(300, 30)).toBe(30);
  });

  it('then cut the whole window into 30, so no request of the step is left out', () => {
    expect(subWindowSeconds(301, 10)).toBe(11);
    expect(subWindowSeconds(600, 10)).toBe(20);
    expect(subWindowSeconds(3600, 30)).toBe(120);
    for (const w of [301, 450, 999, 3600]) expect(30 * subWindowSeconds(w, 10)).toBeGreaterThanOrEqual(w);
  });
});
