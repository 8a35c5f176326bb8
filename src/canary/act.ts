import { MregError } from '../core/errors.js';
import type { OpsContext } from '../state/context.js';
import { readRegistry } from '../state/read.js';
import { syncWithRemote } from '../state/sync.js';
import { abortCanary, promoteCanary, readCanary, setCanaryPercent } from '../ops/canary.js';
import type { CanaryTarget } from './analysis.js';
import type { CanaryAnalysisRecord, CanaryDecision } from './decision.js';

/** What a committed step, promotion or abort carries: the reason and the evidence. */
export interface CanaryWriteOptions {
  reason: string;
  analysis?: CanaryAnalysisRecord;
  expectVersion?: string;
}

/** The registry writes a decision makes; each commits through the compare-and-swap transaction. */
export interface CanaryWrites {
  setCanaryPercent(ctx: OpsContext, env: string, percent: number, o: CanaryWriteOptions): Promise<unknown>;
  promoteCanary(ctx: OpsContext, env: string, o: CanaryWriteOptions): Promise<unknown>;
  abortCanary(ctx: OpsContext, env: string, o: CanaryWriteOptions): Promise<unknown>;
}

/** The registry's own canary writes (src/ops/canary.ts). */
export const canaryWrites: CanaryWrites = { setCanaryPercent, promoteCanary, abortCanary };

export interface Acted {
  /** What was committed: the decision's action, or nothing for `wait` and a dry run. */
  committed: 'step' | 'promote' | 'abort' | null;
  result: unknown;
}

/** The one place where a decision becomes a commit. */
export async function act(
  ctx: OpsContext,
  env: string,
  decision: CanaryDecision,
  o: { dryRun: boolean; writes?: CanaryWrites; canaryVersion?: string },
): Promise<Acted> {
  const writes = o.writes ?? canaryWrites;
  // expectVersion: a verdict never moves a canary it did not judge (aborted and restarted meanwhile).
  const w: CanaryWriteOptions = {
    reason: `canary analysis: ${decision.reason}`,
    analysis: decision.record,
    expectVersion: o.canaryVersion,
  };
  if (o.dryRun || decision.action === 'wait') return { committed: null, result: null };
  if (decision.action === 'promote-step')
    return { committed: 'step', result: await writes.setCanaryPercent(ctx, env, decision.nextPercent!, w) };
  if (decision.action === 'promote') return { committed: 'promote', result: await writes.promoteCanary(ctx, env, w) };
  return { committed: 'abort', result: await writes.abortCanary(ctx, env, w) };
}

/**
 * The environment's canary as the registry records it now (after a fetch from the remote): the
 * stable and canary versions, the percent and when the current step started; null without one.
 */
export async function readCanaryTarget(ctx: OpsContext, env: string): Promise<CanaryTarget | null> {
  await syncWithRemote(ctx);
  const { registry } = await readRegistry(ctx.root, { recent: true });
  if (!(env in registry.environments))
    throw new MregError(
      'NOT_FOUND',
      `environment ${JSON.stringify(env)} is not in registry/registry.json (it has ${Object.keys(registry.environments).join(', ')})`,
    );
  const c = readCanary(registry, env);
  if (!c) return null;
  return {
    environment: env,
    model: c.stable.model,
    stableVersion: c.stable.version,
    canaryVersion: c.canary.version,
    percent: c.canary.percent,
    startedAt: c.canary.started_at,
  };
}
