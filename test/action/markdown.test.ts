// The summary's number formatting and metric selection, on their own.
import { describe, expect, it } from 'vitest';
import { judgedMetrics, plainDecimal } from '../../src/action/markdown.js';

describe('plainDecimal', () => {
  it.each([
    [4e-7, '0.0000004'],
    [1.23456789e-9, '0.00000000123457'],
    [-2.5e-8, '-0.000000025'],
    [12.3456789, '12.3457'],
    [42, '42'],
    [3e21, '3000000000000000000000'],
  ])('%s -> %s', (v, expected) => {
    expect(plainDecimal(v)).toBe(expected);
    expect(plainDecimal(v)).not.toMatch(/e/i);
  });
});

describe('judgedMetrics', () => {
  it('keeps quality, latency and throughput, drops device_id and spreads', () => {
    expect(
      judgedMetrics({
        perplexity: 9.5,
        latency_p50_ms: 3,
        tokens_per_s: 50,
        device_id: 2,
        perplexity_spread: 0.1,
        tokens_per_s_spread: 3,
      }),
    ).toEqual({
      perplexity: 9.5,
      latency_p50_ms: 3,
      tokens_per_s: 50,
    });
  });
});
