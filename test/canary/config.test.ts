import { describe, expect, it } from 'vitest';
import type { RegistryConfig } from '../../src/core/documents.js';
import { MregError } from '../../src/core/errors.js';
import { checkDocument } from '../../src/core/schema.js';
import { canaryConfig, DEFAULT_CANARY } from '../../src/state/config.js';

const FILE = 'registry/config.json';

function load(canary: unknown): RegistryConfig {
  return checkDocument<RegistryConfig>(
    'config',
    { schema_version: 1, store: 's', environments: ['production'], canary },
    FILE,
  );
}

function refusal(canary: unknown): { message: string; pointer: string } {
  try {
    canaryConfig(load(canary));
  } catch (err) {
    expect(err).toBeInstanceOf(MregError);
    const e = err as MregError;
    expect(e.code).toBe('SCHEMA');
    return { message: e.message, pointer: e.problems[0].pointer };
  }
  throw new Error(`accepted ${JSON.stringify(canary)}`);
}

describe('the canary section of registry/config.json', () => {
  it('fills what it leaves out from the defaults', () => {
    expect(canaryConfig(load({ soak_s: 30 }))).toEqual({ ...DEFAULT_CANARY, soak_s: 30 });
    expect(canaryConfig(load(undefined))).toEqual(DEFAULT_CANARY);
  });

  it('accepts a check of your own with its query', () => {
    const c = canaryConfig(
      load({
        checks: [{ name: 'ttft_p95', query: 'histogram_quantile(0.95, x{version="$version"})', max_regression: 0.2 }],
      }),
    );
    expect(c.checks[0].name).toBe('ttft_p95');
  });

  it('refuses bad input naming the JSON pointer and what was expected', () => {
    expect(refusal({ steps: [10, 150] })).toEqual({
      message: `${FILE}#/canary/steps/1: must be <= 100`,
      pointer: '/canary/steps/1',
    });
    expect(refusal({ steps: [50, 10] }).pointer).toBe('/canary/steps/1');
    expect(refusal({ steps: [50, 10] }).message).toMatch(/increasing order/);
    expect(refusal({ checks: [{ name: 'mine', max_regression: 0.1 }] }).message).toMatch(
      /#\/canary\/checks\/0: missing required property "query"/,
    );
    expect(refusal({ checks: [{ name: 'latency_p95' }] }).message).toMatch(
      /missing required property "max_regression"/,
    );
    expect(refusal({ checks: [{ name: 'error_rate', max_increase: 0.01, max_regression: 0.1 }] })).toMatchObject({
      pointer: '/canary/checks/0/max_regression',
    });
    expect(refusal({ checks: [{ name: 'error_rate', max_increase: 0.01, query: 'up' }] }).pointer).toBe(
      '/canary/checks/0/query',
    );
    expect(
      refusal({
        checks: [
          { name: 'error_rate', max_increase: 0.01 },
          { name: 'error_rate', max_increase: 0.02 },
        ],
      }).pointer,
    ).toBe('/canary/checks/1/name');
    expect(refusal({ soak: 3 })).toMatchObject({ pointer: '/canary/soak' });
    expect(refusal({ confidence: 1 }).pointer).toBe('/canary/confidence');
  });
});
