import {
  abortCanary as abortT,
  canaryRef,
  checkCanaryPercent,
  promoteAsCanary,
  promoteCanary as promoteT,
  setCanary,
  startCanary,
} from '../core/canary.js';
import { MregError } from '../core/errors.js';
import type { CanaryAnalysisRecord, Registry } from '../core/documents.js';
import { checkExpectCurrent, requireEnv } from '../core/rules.js';
import type { OpsContext } from '../state/context.js';
import { syncWithRemote } from '../state/sync.js';
import { commitChange } from '../state/transaction.js';
import {
  checkSourceUnchanged,
  planPointerChange,
  type CommitDeployOptions,
  type CommitPromoteOptions,
  type MessageExtras,
  type PointerOutcome,
} from './registry-ops.js';

/**
 * The canary's pointer moves: start (from deploy --canary), a new percent, promotion, abort. Each is
 * one commit through the registry's compare-and-swap transaction, with the percent, the verdict and
 * the analysis behind it in the history entry and the commit message.
 */

export type { CanaryAnalysisRecord } from '../core/documents.js';

export interface CanaryChangeOptions {
  reason: string;
  analysis?: CanaryAnalysisRecord;
  /**
   * The canary version the decision is about: refuse when the environment's canary is another one
   * by the time of the commit (aborted and restarted meanwhile), so a verdict never moves a canary
   * it did not judge.
   */
  expectVersion?: string;
}

/** The registry, once the environment's canary is checked to be the one the caller decided about. */
function judged(registry: Registry, env: string, o: CanaryChangeOptions): Registry {
  const c = requireEnv(registry, env)?.canary;
  if (o.expectVersion !== undefined && c && c.version !== o.expectVersion)
    throw new MregError(
      'CONFLICT',
      `the canary of ${env} is now ${c.version}, not ${o.expectVersion} as decided; nothing was changed`,
    );
  return registry;
}

/** The verdict an analysis comes to: any failed check fails it, all passed pass it. */
export function analysisVerdict(a: CanaryAnalysisRecord | undefined): 'pass' | 'fail' | 'inconclusive' | 'manual' {
  if (!a) return 'manual';
  if (a.checks.some((c) => c.verdict === 'fail')) return 'fail';
  return a.checks.length && a.checks.every((c) => c.verdict === 'pass') ? 'pass' : 'inconclusive';
}

function num(v: number | null): string {
  return v === null ? 'none' : String(Number(v.toPrecision(6)));
}

/** The commit message's canary part: percent and verdict trailers, one body line per check. */
function canaryMessage(
  percent: number,
  a: CanaryAnalysisRecord | undefined,
  trailers: MessageExtras['trailers'] = {},
): MessageExtras {
  const lines = (a?.checks ?? []).map(
    (c) =>
      `check ${c.name}: ${c.verdict}, canary ${num(c.canary)}, stable ${num(c.stable)}, interval ${c.interval ? `[${num(c.interval[0])}, ${num(c.interval[1])}]` : 'none'}, threshold ${num(c.threshold)}; query: ${c.query}`,
  );
  return {
    subjectSuffix: percent > 0 && percent < 100 ? ` at ${percent}%` : '',
    bodyLines: a
      ? [
          `analysis over ${a.window_s} s: ${a.requests.canary} canary and ${a.requests.stable} stable requests`,
          ...lines,
        ]
      : [],
    trailers: {
      'Mreg-Canary-Percent': percent,
      'Mreg-Canary-Verdict': analysisVerdict(a),
      'Mreg-Canary-Requests': a ? `canary=${a.requests.canary} stable=${a.requests.stable}` : undefined,
      ...trailers,
    },
  };
}

function inputOf(ctx: OpsContext, o: { reason: string | null; analysis?: CanaryAnalysisRecord }) {
  return { actor: ctx.actor, reason: o.reason, now: ctx.now(), ...(o.analysis ? { analysis: o.analysis } : {}) };
}

/** The last step of `deploy --canary`: record the canary beside the stable version. */
export async function commitCanaryStart(
  ctx: OpsContext,
  o: CommitDeployOptions & { percent: number },
): Promise<PointerOutcome> {
  return commitChange(ctx, () =>
    planPointerChange(
      ctx,
      (registry, lookup) => {
        checkExpectCurrent(registry, o.env, o.expectCurrent);
        const now = requireEnv(registry, o.env)?.history_id ?? null;
        if (o.gatedAgainst !== undefined && now !== o.gatedAgainst)
          throw new MregError(
            'CONFLICT',
            `${o.env} changed while the gate ran (now history entry ${now ?? 'none'}); the verdict is about an older baseline, so no canary was started: run the deploy again`,
          );
        return startCanary(registry, o.env, o.ref, o.percent, lookup, {
          ...inputOf(ctx, { reason: o.reason ?? null }),
          metrics: o.metrics ?? null,
          gate: o.gate,
        });
      },
      canaryMessage(o.percent, undefined, { 'Mreg-Gate-Skipped': o.skipGateReason }),
    ),
  );
}

/** The last step of `promote --canary`: the source environment's version starts as the target's canary. */
export async function commitCanaryPromotion(
  ctx: OpsContext,
  o: CommitPromoteOptions & { percent: number },
): Promise<PointerOutcome> {
  return commitChange(ctx, () =>
    planPointerChange(
      ctx,
      (registry, lookup) => {
        checkExpectCurrent(registry, o.to, o.expectCurrent);
        const t = promoteAsCanary(registry, o.from, o.to, ctx.config.environments, o.percent, lookup, {
          ...inputOf(ctx, { reason: o.reason ?? null }),
          gate: o.skipGateReason !== undefined ? 'skipped' : undefined,
        });
        checkSourceUnchanged(o, t.entry);
        return t;
      },
      canaryMessage(o.percent, undefined, {
        'Mreg-From-Environment': o.from,
        'Mreg-Gate-Skipped': o.skipGateReason,
      }),
    ),
  );
}

/** Moves the environment's canary to `percent` of the instances (100: promotes it). */
export async function setCanaryPercent(
  ctx: OpsContext,
  env: string,
  percent: number,
  o: CanaryChangeOptions,
): Promise<PointerOutcome> {
  if (percent === 100) return promoteCanary(ctx, env, o);
  checkCanaryPercent(percent);
  await syncWithRemote(ctx);
  return commitChange(ctx, () =>
    planPointerChange(
      ctx,
      (registry) => setCanary(judged(registry, env, o), env, percent, inputOf(ctx, o)),
      canaryMessage(percent, o.analysis),
    ),
  );
}

/** The canary becomes the environment's stable version; every instance converges on it. */
export async function promoteCanary(ctx: OpsContext, env: string, o: CanaryChangeOptions): Promise<PointerOutcome> {
  await syncWithRemote(ctx);
  return commitChange(ctx, () =>
    planPointerChange(
      ctx,
      (registry, lookup) => promoteT(judged(registry, env, o), env, lookup, inputOf(ctx, o)),
      canaryMessage(100, o.analysis),
    ),
  );
}

/** Removes the canary; every instance converges on the stable version, which stays as it was. */
export async function abortCanary(ctx: OpsContext, env: string, o: CanaryChangeOptions): Promise<PointerOutcome> {
  await syncWithRemote(ctx);
  return commitChange(ctx, () =>
    planPointerChange(
      ctx,
      (registry) => abortT(judged(registry, env, o), env, inputOf(ctx, o)),
      canaryMessage(0, o.analysis),
    ),
  );
}

/** A by-hand move of the canary (`mreg canary promote|abort|set`, the action's canary-* commands). */
export type CanaryHandOp = 'promote' | 'abort' | 'set';

/**
 * Promotes, aborts or moves the canary by hand; without a reason the history says what was done by
 * hand. `percent` is the new percent of `set`.
 */
export async function moveCanaryByHand(
  ctx: OpsContext,
  env: string,
  op: CanaryHandOp,
  o: { percent?: number; reason?: string },
): Promise<PointerOutcome> {
  const reason = o.reason ?? (op === 'set' ? `canary to ${o.percent}%` : `canary ${op} by hand`);
  if (op === 'promote') return promoteCanary(ctx, env, { reason });
  if (op === 'abort') return abortCanary(ctx, env, { reason });
  if (o.percent === undefined) throw new MregError('USAGE', 'canary set: expected a percent');
  return setCanaryPercent(ctx, env, o.percent, { reason });
}

export interface CanaryState {
  env: string;
  stable: { model: string; version: string; quantization: string };
  canary: { version: string; quantization: string; percent: number; started_at: string };
}

/** The environment's canary and the stable version beside it, or null when it runs none. */
export function readCanary(registry: Registry, env: string): CanaryState | null {
  const p = requireEnv(registry, env);
  if (!p?.canary) return null;
  const ref = canaryRef(p, p.canary);
  return {
    env,
    stable: { model: p.model, version: p.version, quantization: p.quantization },
    canary: {
      version: ref.version,
      quantization: ref.quantization,
      percent: p.canary.percent,
      started_at: p.canary.started_at,
    },
  };
}
