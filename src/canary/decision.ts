/**
 * The canary's verdict, from numbers already measured: pure, no I/O. The discipline is the gate's:
 * no verdict on too few requests, an interval and a threshold per check where the data allow one,
 * and a stated confidence shared out over the looks a step may take.
 */

import type { CanaryCheckConfig, CanaryConfigDocument } from '../core/documents.js';
import { medianInterval } from '../core/stats.js';
import type { CanaryAnalysisRecord } from '../core/documents.js';

export type { CanaryCheckConfig };

/** registry/config.json `canary`, defaults filled (src/state/config.ts). */
export type CanaryConfig = CanaryConfigDocument;

export type Verdict = 'pass' | 'fail' | 'inconclusive';

/** The evidence a decision commits: the history entry's `analysis` (src/core/documents.ts). */
export type { CanaryAnalysisRecord };
/** One check's evidence, as committed in the history entry. */
export type CheckRecord = CanaryAnalysisRecord['checks'][number];

/** What a check measured on each side before it is judged. */
export type CheckMeasurement =
  | {
      kind: 'proportion';
      name: string;
      query: string;
      canary: { events: number; total: number };
      stable: { events: number; total: number };
      maxIncrease: number;
    }
  | {
      kind: 'ratio';
      name: string;
      query: string;
      /** Over the whole window, for the record. */
      canary: number | null;
      stable: number | null;
      /** canary / stable in each sub-window of the window where both sides had a value: the pairs. */
      ratios: number[];
      direction: 'lower' | 'higher';
      maxRegression: number;
    };

export type CanaryAction = 'promote-step' | 'promote' | 'abort' | 'wait';

export interface CanaryDecision {
  action: CanaryAction;
  /** promote-step: the percent to go to. */
  nextPercent: number | null;
  reason: string;
  /** The confidence this look's intervals were computed at to abort: the look counts from the step's start. */
  lookConfidence: number;
  /**
   * The confidence this look's intervals were computed at to pass, null during the soak (no check
   * can pass then): the look counts from the soak's end.
   */
  passConfidence: number | null;
  record: CanaryAnalysisRecord;
}

export interface DecisionInput {
  config: CanaryConfig;
  /** The canary's current percent. */
  percent: number;
  /** Seconds since the current step started. */
  elapsedS: number;
  /** Which look of this step this is (1, 2, ...), counted from the step's start; see lookConfidence. */
  look: number;
  /** Which look since the soak ended (1, 2, ...); default from elapsedS, soak_s and interval_s. */
  passLook?: number;
  /** The window the measurements cover, seconds. */
  windowS: number;
  requests: { canary: number; stable: number };
  checks: CheckMeasurement[];
}

/**
 * The confidence of look number `look` (1, 2, ...) of a step. Each look that can decide is another
 * chance to decide wrongly, and a watch looks for as long as it takes, so the error allowed,
 * 1 - confidence, is spent over the looks as (1 - confidence) * 6 / (pi^2 look^2): these sum to
 * 1 - confidence over any number of looks (Bonferroni, as the gate, without a fixed last look).
 * The price grows slowly: look 1 works at z 2.17, look 12 at 3.5, look 60 at 4.3 (confidence 0.95).
 */
export function lookConfidence(confidence: number, look: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
  const k = Math.max(1, Math.floor(look));
  return 1 - ((1 - confidence) * 6) / (Math.PI * Math.PI * k * k);
}

/** The look a stateless check is at: one per interval_s since the step started. */
export function lookAt(elapsedS: number, intervalS: number): number {
  return Math.max(1, Math.floor(elapsedS / intervalS) + 1);
}

/** The next step's percent after `percent`, or null when `percent` is the last step (or beyond it). */
export function nextStep(steps: number[], percent: number): number | null {
  return steps.find((s) => s > percent) ?? null;
}

/**
 * The two decisions spend their error allowed apart, each over the looks that can make it: any look
 * may abort (a wrong abort is bounded by 1 - confidence over all the looks of a step), but only the
 * looks after the soak may pass (a wrong pass is bounded by 1 - confidence over those). Counting the
 * soak's looks against the pass too would only ask a healthy canary for more requests. With the
 * defaults (a 5-minute soak, a look every 30 s) the first look after the soak is the step's 11th:
 * at its abort confidence, a canary with no errors in n requests (and 9n stable ones) is shown
 * within +0.01 from n = 1,327; at the first pass look's, from n = 464.
 */
function confidences(input: DecisionInput): { abort: number; pass: number | null } {
  const { config } = input;
  const abort = lookConfidence(config.confidence, input.look);
  if (input.elapsedS < config.soak_s) return { abort, pass: null };
  const passLook = input.passLook ?? lookAt(input.elapsedS - config.soak_s, config.interval_s);
  return { abort, pass: lookConfidence(config.confidence, passLook) };
}

export function decideCanary(input: DecisionInput): CanaryDecision {
  const { config, requests } = input;
  const confidence = confidences(input);
  const checks = input.checks.map((m) => judge(m, confidence));
  const record: CanaryAnalysisRecord = { checks, requests, window_s: input.windowS };
  const out = (action: CanaryAction, reason: string, nextPercent: number | null = null): CanaryDecision => ({
    action,
    nextPercent,
    reason,
    lookConfidence: confidence.abort,
    passConfidence: confidence.pass,
    record,
  });
  const fewest = Math.min(requests.canary, requests.stable);
  if (fewest < config.min_requests)
    return out(
      'wait',
      `not sure yet: ${requests.canary} canary and ${requests.stable} stable requests in the window, ${config.min_requests} needed on each side`,
    );
  const failed = checks.filter((c) => c.verdict === 'fail');
  if (failed.length) return out('abort', `failed: ${failed.map(describe).join('; ')}`);
  if (input.elapsedS < config.soak_s)
    return out('wait', `soaking: ${Math.floor(input.elapsedS)} s of ${config.soak_s} s at ${input.percent}%`);
  // Uncertainty never aborts: only evidence of harm does. A canary that cannot be shown safe waits
  // for more requests (the window grows with the step), or for a person's promote or abort.
  const open = checks.filter((c) => c.verdict === 'inconclusive');
  if (open.length) return out('wait', `not sure yet: ${open.map(describe).join('; ')}`);
  const next = nextStep(config.steps, input.percent);
  if (next === null) return out('promote', `every check passed at ${input.percent}%, the last step`);
  return out('promote-step', `every check passed at ${input.percent}%; next step ${next}%`, next);
}

function describe(c: CheckRecord): string {
  const v = (x: number | null) => (x === null ? 'no data' : round(x));
  const iv = c.interval ? ` (difference in [${round(c.interval[0])}, ${round(c.interval[1])}])` : '';
  return `${c.name} ${c.verdict}: canary ${v(c.canary)}, stable ${v(c.stable)}${iv}, threshold ${c.threshold}`;
}

function round(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/**
 * A check fails when its interval at the abort confidence lies wholly above the threshold, passes
 * when its interval at the pass confidence lies wholly at or below it, and is inconclusive while
 * neither holds. The record keeps the interval its verdict was read from (the pass one once the
 * soak is over, unless the check failed).
 */
function judge(m: CheckMeasurement, confidence: { abort: number; pass: number | null }): CheckRecord {
  const base = { name: m.name, query: m.query, ...sides(m), threshold: thresholdOf(m) };
  // Either may have no interval where the other has one: the abort confidence, later in the step,
  // can ask for more pairs than the sub-windows give yet.
  const atAbort = intervalOf(m, confidence.abort);
  if (atAbort && atAbort[0] > base.threshold) return { ...base, interval: atAbort, verdict: 'fail' };
  const atPass = confidence.pass === null ? null : intervalOf(m, confidence.pass);
  if (!atPass) return { ...base, interval: atAbort, verdict: 'inconclusive' };
  return { ...base, interval: atPass, verdict: atPass[1] <= base.threshold ? 'pass' : 'inconclusive' };
}

function thresholdOf(m: CheckMeasurement): number {
  return m.kind === 'proportion' ? m.maxIncrease : m.maxRegression;
}

function sides(m: CheckMeasurement): { canary: number | null; stable: number | null } {
  if (m.kind === 'ratio') return { canary: m.canary, stable: m.stable };
  const rate = (s: { events: number; total: number }) => (s.total > 0 ? s.events / s.total : null);
  return { canary: rate(m.canary), stable: rate(m.stable) };
}

/**
 * How much worse the canary is, as an interval: for a proportion, of (canary rate - stable rate)
 * (Newcombe); for a ratio, of the median canary / stable ratio less one, turned so that above zero
 * is worse. The ratio's pairs are the sub-windows: canary and stable over the same seconds, so load
 * that both sides share cancels out, as the gate pairs candidate and baseline prompt by prompt. Too
 * few requests or pairs give none.
 */
function intervalOf(m: CheckMeasurement, confidence: number): [number, number] | null {
  if (m.kind === 'proportion') {
    if (m.canary.total <= 0 || m.stable.total <= 0) return null;
    return newcombeInterval(m.canary, m.stable, confidence);
  }
  const iv = medianInterval(
    m.ratios.filter((r) => Number.isFinite(r) && r > 0),
    confidence,
  );
  if (!iv) return null;
  return m.direction === 'lower' ? [iv.lo - 1, iv.hi - 1] : [1 - iv.hi, 1 - iv.lo];
}

/** Wilson's score interval of a proportion: sound near 0 and 1, where error rates live. */
export function wilsonInterval(events: number, total: number, confidence: number): [number, number] {
  if (!(total > 0)) return [0, 1];
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = Math.min(1, Math.max(0, events / total));
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Newcombe's hybrid score interval (his method 10, 1998) of the difference of two independent
 * proportions a - b, from the Wilson intervals of each: good coverage even with no events at all.
 */
export function newcombeInterval(
  a: { events: number; total: number },
  b: { events: number; total: number },
  confidence: number,
): [number, number] {
  const pa = a.events / a.total;
  const pb = b.events / b.total;
  const [la, ua] = wilsonInterval(a.events, a.total, confidence);
  const [lb, ub] = wilsonInterval(b.events, b.total, confidence);
  const d = pa - pb;
  return [d - Math.sqrt((pa - la) ** 2 + (ub - pb) ** 2), d + Math.sqrt((ua - pa) ** 2 + (pb - lb) ** 2)];
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs p in (0, 1), got ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}
