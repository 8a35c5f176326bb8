import type { OpsContext } from '../state/context.js';
import { canaryConfig } from '../state/config.js';
import { act, readCanaryTarget, type Acted } from './act.js';
import { analyseCanary, type CanaryTarget } from './analysis.js';
import type { CanaryDecision } from './decision.js';
import type { PrometheusClient } from './prometheus-client.js';

/** One look at a canary: what was judged, the decision, and what was committed for it. */
export interface CanaryLook {
  target: CanaryTarget;
  decision: CanaryDecision;
  acted: Acted;
}

/**
 * One look, as `mreg canary check` and the action's canary-check take it: read the environment's
 * canary from the registry (after a fetch), analyse it from Prometheus with registry/config.json
 * `canary`, and commit the step, the promotion or the abort it decides. Null when the environment
 * runs no canary.
 */
export async function checkCanary(
  ctx: OpsContext,
  env: string,
  prom: PrometheusClient,
  o: { dryRun: boolean },
): Promise<CanaryLook | null> {
  const config = canaryConfig(ctx.config);
  const target = await readCanaryTarget(ctx, env);
  if (!target) return null;
  const decision = await analyseCanary(prom, target, config);
  const acted = await act(ctx, env, decision, { dryRun: o.dryRun, canaryVersion: target.canaryVersion });
  return { target, decision, acted };
}
