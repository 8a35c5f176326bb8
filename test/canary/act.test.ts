import { describe, expect, it } from 'vitest';
import { act, type CanaryWriteOptions, type CanaryWrites } from '../../src/canary/act.js';
import type { CanaryAction, CanaryDecision } from '../../src/canary/decision.js';
import type { OpsContext } from '../../src/state/context.js';

function decision(action: CanaryAction, nextPercent: number | null = null): CanaryDecision {
  return {
    action,
    nextPercent,
    reason: 'because',
    lookConfidence: 0.97,
    passConfidence: 0.97,
    record: { checks: [], requests: { canary: 60, stable: 600 }, window_s: 120 },
  };
}

/** Records which registry write a decision makes, with what. */
function recorder(): { calls: Array<[string, number | null, CanaryWriteOptions]>; writes: CanaryWrites } {
  const calls: Array<[string, number | null, CanaryWriteOptions]> = [];
  return {
    calls,
    writes: {
      setCanaryPercent: async (_c, _e, p, o) => void calls.push(['set', p, o]),
      promoteCanary: async (_c, _e, o) => void calls.push(['promote', null, o]),
      abortCanary: async (_c, _e, o) => void calls.push(['abort', null, o]),
    },
  };
}

const ctx = {} as OpsContext;

describe('act', () => {
  it('turns each decision into its one write, with the evidence', async () => {
    const r = recorder();
    expect(
      (await act(ctx, 'production', decision('promote-step', 50), { dryRun: false, writes: r.writes })).committed,
    ).toBe('step');
    expect((await act(ctx, 'production', decision('promote'), { dryRun: false, writes: r.writes })).committed).toBe(
      'promote',
    );
    expect((await act(ctx, 'production', decision('abort'), { dryRun: false, writes: r.writes })).committed).toBe(
      'abort',
    );
    expect(r.calls.map(([w, p]) => [w, p])).toEqual([
      ['set', 50],
      ['promote', null],
      ['abort', null],
    ]);
    expect(r.calls[2][2]).toEqual({ reason: 'canary analysis: because', analysis: decision('abort').record });
  });

  it('writes nothing for wait, nor on a dry run', async () => {
    const r = recorder();
    expect((await act(ctx, 'production', decision('wait'), { dryRun: false, writes: r.writes })).committed).toBeNull();
    expect((await act(ctx, 'production', decision('abort'), { dryRun: true, writes: r.writes })).committed).toBeNull();
    expect(r.calls).toEqual([]);
  });
});
