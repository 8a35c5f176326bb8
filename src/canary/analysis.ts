import { MregError } from '../core/errors.js';
import {
  decideCanary,
  lookAt,
  type CanaryCheckConfig,
  type CanaryConfig,
  type CanaryDecision,
  type CheckMeasurement,
} from './decision.js';
import type { PrometheusClient } from './prometheus-client.js';

/** The canary under analysis: which versions of which model, where, and since when at this percent. */
export interface CanaryTarget {
  environment: string;
  model: string;
  stableVersion: string;
  canaryVersion: string;
  percent: number;
  /** When the current step started (ISO 8601): the window starts there. */
  startedAt: string;
}

type Side = 'canary' | 'stable';

/**
 * The series of one side. A side is chosen by the version that answered (the `version` label),
 * not by the server's role: a canary server still switching answers with the stable version, and
 * its requests are the stable version's evidence.
 */
function selector(t: CanaryTarget, side: Side, extra = ''): string {
  const version = side === 'canary' ? t.canaryVersion : t.stableVersion;
  const q = (v: string) => JSON.stringify(v);
  return `{environment=${q(t.environment)},model=${q(t.model)},version=${q(version)}${extra}}`;
}

/** The built-in checks' PromQL over a window of `w` seconds. */
export function builtinQuery(name: string, sel: string, w: number): string | null {
  const inc = (metric: string) => `sum(increase(${metric}${sel}[${w}s]))`;
  switch (name) {
    case 'error_rate':
      return `${inc('mreg_requests_total').replace('}', ',outcome="error"}')} / ${inc('mreg_requests_total')}`;
    case 'latency_p95':
      return `histogram_quantile(0.95, sum by (le) (increase(mreg_request_duration_seconds_bucket${sel}[${w}s])))`;
    case 'tokens_per_s':
      return `${inc('mreg_generated_tokens_total')} / ${inc('mreg_generation_seconds_total')}`;
  }
  return null;
}

/** A team's own PromQL with its placeholders filled for one side. */
export function customQuery(template: string, t: CanaryTarget, side: Side, w: number): string {
  return template
    .replaceAll('$environment', t.environment)
    .replaceAll('$model', t.model)
    .replaceAll('$version', side === 'canary' ? t.canaryVersion : t.stableVersion)
    .replaceAll('$role', side)
    .replaceAll('$window', `${w}s`);
}

/** The window: from the step's start to now, in whole seconds (at least one). */
export function windowSeconds(t: CanaryTarget, now: Date): number {
  const started = Date.parse(t.startedAt);
  if (!Number.isFinite(started))
    throw new MregError('PRECONDITION', `the canary's started_at ${JSON.stringify(t.startedAt)} is not a time`);
  return Math.max(1, Math.floor((now.getTime() - started) / 1000));
}

async function countOf(
  prom: PrometheusClient,
  t: CanaryTarget,
  side: Side,
  w: number,
  now: Date,
  extra = '',
): Promise<number> {
  const v = await prom.scalar(`sum(increase(mreg_requests_total${selector(t, side, extra)}[${w}s]))`, now);
  // increase() extrapolates to the window's edges; a count is a whole number.
  return v === null ? 0 : Math.round(v);
}

async function measure(
  prom: PrometheusClient,
  t: CanaryTarget,
  check: CanaryCheckConfig,
  window: { w: number; subWindowS: number; now: Date },
  requests: { canary: number; stable: number },
): Promise<CheckMeasurement> {
  const { w, subWindowS, now } = window;
  if (check.name === 'error_rate') {
    const errors = {
      canary: await countOf(prom, t, 'canary', w, now, ',outcome="error"'),
      stable: await countOf(prom, t, 'stable', w, now, ',outcome="error"'),
    };
    return {
      kind: 'proportion',
      name: check.name,
      query: builtinQuery('error_rate', selector(t, 'canary'), w)!,
      canary: { events: Math.min(errors.canary, requests.canary), total: requests.canary },
      stable: { events: Math.min(errors.stable, requests.stable), total: requests.stable },
      maxIncrease: check.max_increase ?? 0,
    };
  }
  const queryOf = (side: Side, span: number) =>
    check.query !== undefined
      ? customQuery(check.query, t, side, span)
      : builtinQuery(check.name, selector(t, side), span);
  const canaryQuery = queryOf('canary', w);
  if (canaryQuery === null) throw new MregError('USAGE', `canary check ${check.name} has no query`);
  return {
    kind: 'ratio',
    name: check.name,
    query: canaryQuery,
    canary: await prom.scalar(canaryQuery, now),
    stable: await prom.scalar(queryOf('stable', w)!, now),
    ratios: await windowRatios(prom, (side, span) => queryOf(side, span)!, w, subWindowS, now),
    direction: check.direction ?? (check.name === 'tokens_per_s' ? 'higher' : 'lower'),
    maxRegression: check.max_regression ?? 0,
  };
}

/** The most sub-windows a look's window is cut into: a check's pairs. */
const MAX_PAIRS = 30;

/**
 * The length of the sub-windows that pair canary and stable: `interval_s`, until the window holds
 * more than MAX_PAIRS of them; then the window cut into MAX_PAIRS equal parts. So every request of
 * the step counts, and as the step goes on each pair sums more requests and scatters less: with a
 * fixed length and the newest 30 kept, a p95 over a few dozen requests per pair stayed as noisy as
 * at the start while each later look asked for stronger evidence, and a healthy canary whose pairs
 * scattered more than its threshold could never pass.
 */
export function subWindowSeconds(windowS: number, intervalS: number): number {
  return Math.max(intervalS, Math.ceil(windowS / MAX_PAIRS));
}

/** canary / stable in each whole sub-window of `span` seconds (at most MAX_PAIRS), newest first, where both have a value. */
async function windowRatios(
  prom: PrometheusClient,
  queryOf: (side: Side, span: number) => string,
  w: number,
  span: number,
  now: Date,
): Promise<number[]> {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(MAX_PAIRS, Math.floor(w / span)); i++) {
    const at = new Date(now.getTime() - i * span * 1000);
    const c = await prom.scalar(queryOf('canary', span), at);
    const s = await prom.scalar(queryOf('stable', span), at);
    if (c !== null && s !== null && c > 0 && s > 0) ratios.push(c / s);
  }
  return ratios;
}

/** Reads the window's evidence from Prometheus and decides: promote-step, promote, abort or wait. */
export async function analyseCanary(
  prom: PrometheusClient,
  t: CanaryTarget,
  config: CanaryConfig,
  o: { now?: Date; look?: number; passLook?: number } = {},
): Promise<CanaryDecision & { target: CanaryTarget }> {
  const now = o.now ?? new Date();
  const w = windowSeconds(t, now);
  const requests = {
    canary: await countOf(prom, t, 'canary', w, now),
    stable: await countOf(prom, t, 'stable', w, now),
  };
  const checks: CheckMeasurement[] = [];
  // A sub-window is at least one look interval long: set interval_s to a few scrape intervals at least.
  const window = { w, subWindowS: subWindowSeconds(w, config.interval_s), now };
  for (const c of config.checks) checks.push(await measure(prom, t, c, window, requests));
  const elapsedS = (now.getTime() - Date.parse(t.startedAt)) / 1000;
  const look = o.look ?? lookAt(elapsedS, config.interval_s);
  const input = { config, percent: t.percent, elapsedS, look, passLook: o.passLook, windowS: w, requests, checks };
  return { ...decideCanary(input), target: t };
}
