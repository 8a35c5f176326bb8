/**
 * The benchmark gate's decision, pure (no I/O): candidate metrics against a baseline's, per metric
 * direction and threshold, with the measured spread deciding whether a verdict can be trusted.
 *
 * Rules:
 * - Quality metrics (perplexity, accuracy, or any with `quality: true`) are compared only with a
 *   baseline of the same quantization family; the others (latency, throughput, load time) only
 *   with a baseline measured on the same hardware by the same backend.
 * - Without a comparable baseline a metric is checked only against its absolute floor/ceiling
 *   from the config (if any), and the report says so.
 * - regression = relative change in the bad direction. With noise = the larger spread of the two
 *   measurements: noise <= threshold: fail when regression > threshold. noise > threshold: the
 *   measurement cannot resolve the threshold, so the verdict is inconclusive, unless the
 *   candidate is worse even allowing for the noise (fail) or better by more than the noise (pass).
 * - Overall: any fail -> fail; else any inconclusive -> inconclusive; else pass.
 */
import type { GateThreshold, HistoryEntry } from './types.js';

export type GateVerdict = 'pass' | 'fail' | 'inconclusive';
export type MetricVerdictKind = GateVerdict | 'skipped';

export interface MetricStat {
  value: number | null;
  /** Relative range over repetitions (0.03 = 3%); null when unknown. */
  spread: number | null;
}

export interface GateSide {
  metrics: Record<string, MetricStat>;
  quantization: string;
  /** Backend + device string; null when unknown (e.g. an old history entry). */
  hardware: string | null;
}

export interface GateBaseline extends GateSide {
  /** re-measured side by side in this run, or the metrics stored in a history entry. */
  source: 'remeasured' | 'history';
  /** Artifact id, e.g. llama3-v2.0.0-q8_0. */
  id: string;
  historyId?: number;
}

export interface GateInput {
  candidate: GateSide;
  baseline: GateBaseline | null;
  thresholds: Record<string, GateThreshold>;
  defaultMaxRegression: number;
}

export interface MetricVerdict {
  metric: string;
  direction: 'lower' | 'higher';
  quality: boolean;
  baseline: number | null;
  candidate: number | null;
  /** Signed relative change (candidate - baseline) / |baseline|; null without a baseline. */
  change: number | null;
  /** Relative change in the bad direction (positive = worse). */
  regression: number | null;
  noise: number | null;
  maxRegression: number;
  absolute: number | null;
  comparedWith: 'baseline' | 'absolute' | 'nothing';
  verdict: MetricVerdictKind;
  reason: string;
}

export interface GateDecision {
  verdict: GateVerdict;
  metrics: MetricVerdict[];
  notes: string[];
}

const QUALITY_DEFAULT = new Set(['perplexity', 'accuracy']);

export function isQualityMetric(name: string, threshold?: Pick<GateThreshold, 'quality'>): boolean {
  return threshold?.quality ?? QUALITY_DEFAULT.has(name);
}

/**
 * The quantization family an artifact belongs to: its quantization token normalized
 * (`Q4_K_M`, `q4_k_m` and `q4km` are one family; `q8_0` and `f16` are different ones).
 */
export function quantizationFamily(quantization: string): string {
  const q = quantization.trim().toLowerCase();
  const k = /^q(\d)_k(?:_([sml]))?$/.exec(q);
  return k ? `q${k[1]}k${k[2] ?? ''}` : q;
}

/**
 * The baseline for quality comparisons: the latest deployment of the same quantization family in
 * the environment (history order), skipping entries that were rolled back (a known-bad version
 * is no standard to hold a candidate to).
 */
export function pickBaseline(history: HistoryEntry[], env: string, quantization: string): HistoryEntry | null {
  const family = quantizationFamily(quantization);
  let best: HistoryEntry | null = null;
  for (const e of history) {
    if (e.env !== env || e.rolled_back) continue;
    if (quantizationFamily(e.quantization) !== family) continue;
    if (!best || e.id > best.id) best = e;
  }
  return best;
}

function pct(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '+inf%' : '-inf%';
  const v = x * 100;
  return `${v >= 0 ? '+' : ''}${Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)}%`;
}

/** Unsigned percentage, for magnitudes (thresholds, spreads, "worse by"). */
function mag(x: number): string {
  return pct(Math.abs(x)).replace(/^\+/, '');
}

function decideMetric(name: string, t: GateThreshold, input: GateInput): MetricVerdict {
  const quality = isQualityMetric(name, t);
  const maxRegression = t.max_regression ?? input.defaultMaxRegression;
  const c = input.candidate.metrics[name];
  const cand = c?.value ?? null;
  const row: MetricVerdict = {
    metric: name,
    direction: t.direction,
    quality,
    baseline: null,
    candidate: cand,
    change: null,
    regression: null,
    noise: null,
    maxRegression,
    absolute: t.absolute ?? null,
    comparedWith: 'nothing',
    verdict: 'skipped',
    reason: '',
  };
  if (cand === null || !Number.isFinite(cand)) {
    row.reason = 'not measured by this backend';
    return row;
  }
  // Absolute floor/ceiling: applies with or without a baseline.
  if (t.absolute !== undefined) {
    const broken = t.direction === 'lower' ? cand > t.absolute : cand < t.absolute;
    row.comparedWith = 'absolute';
    if (broken) {
      row.verdict = 'fail';
      row.reason = `${t.direction === 'lower' ? 'above the ceiling' : 'below the floor'} ${t.absolute}`;
      return row;
    }
    row.verdict = 'pass';
    row.reason = `within the absolute limit ${t.absolute}`;
  }
  const b = input.baseline;
  let comparable = false;
  let why = '';
  if (!b) why = 'no baseline in this environment';
  else if (quality && quantizationFamily(b.quantization) !== quantizationFamily(input.candidate.quantization)) {
    why = `baseline is ${b.quantization}, another quantization family`;
  } else if (!quality && (b.hardware === null || input.candidate.hardware === null || b.hardware !== input.candidate.hardware)) {
    why = b.hardware === null ? 'baseline hardware unknown' : `baseline measured on other hardware (${b.hardware})`;
  } else if (b.metrics[name]?.value === null || b.metrics[name]?.value === undefined) {
    why = 'baseline has no value';
  } else comparable = true;
  if (!comparable) {
    if (row.verdict === 'skipped') row.reason = `${why}; no absolute limit configured`;
    else row.reason += ` (${why})`;
    return row;
  }
  const base = b!.metrics[name].value as number;
  row.baseline = base;
  row.comparedWith = 'baseline';
  const change = base === 0 ? (cand === 0 ? 0 : Math.sign(cand) * Infinity) : (cand - base) / Math.abs(base);
  const regression = t.direction === 'lower' ? change : -change;
  const noise = Math.max(c?.spread ?? 0, b!.metrics[name].spread ?? 0);
  row.change = change;
  row.regression = regression;
  row.noise = noise;
  const absFailed = row.verdict === 'fail';
  let v: GateVerdict;
  let reason: string;
  if (noise <= maxRegression) {
    v = regression > maxRegression ? 'fail' : 'pass';
    reason = v === 'fail' ? `worse by ${mag(regression)}, more than ${mag(maxRegression)}` : regression > 0 ? `worse by ${mag(regression)}, within ${mag(maxRegression)}` : 'not worse';
  } else if (regression > maxRegression + noise) {
    v = 'fail';
    reason = `worse by ${mag(regression)}, beyond the threshold plus the spread ${mag(noise)}`;
  } else if (regression < -noise) {
    v = 'pass';
    reason = `better by ${mag(regression)}, beyond the spread ${mag(noise)}`;
  } else {
    v = 'inconclusive';
    reason = `spread ${mag(noise)} is larger than the threshold ${mag(maxRegression)}`;
  }
  row.verdict = absFailed ? 'fail' : v;
  row.reason = reason;
  return row;
}

export function decideGate(input: GateInput): GateDecision {
  const notes: string[] = [];
  const b = input.baseline;
  if (!b) notes.push('No comparable baseline (no earlier deployment of this quantization family in the environment): only absolute limits apply.');
  else {
    notes.push(
      b.source === 'remeasured'
        ? `Baseline ${b.id} re-measured side by side in this run.`
        : `Baseline ${b.id}: metrics stored in history entry #${b.historyId ?? '?'} (its artifact was not re-measured).`,
    );
    if (quantizationFamily(b.quantization) !== quantizationFamily(input.candidate.quantization)) {
      notes.push(`Baseline quantization ${b.quantization} differs from the candidate's ${input.candidate.quantization}: quality metrics are not compared.`);
    }
    if (b.hardware !== input.candidate.hardware) notes.push('Baseline was measured on other or unknown hardware: latency and throughput are not compared.');
  }
  const metrics = Object.entries(input.thresholds).map(([name, t]) => decideMetric(name, t, input));
  const verdict: GateVerdict = metrics.some((m) => m.verdict === 'fail')
    ? 'fail'
    : metrics.some((m) => m.verdict === 'inconclusive')
      ? 'inconclusive'
      : 'pass';
  return { verdict, metrics, notes };
}

function fmt(v: number | null, spread?: number | null): string {
  if (v === null) return 'n/a';
  if (v === 0) return '0';
  const s = Math.abs(v) >= 1000 ? v.toFixed(0) : Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(3).replace(/\.?0+$/, '') : v.toPrecision(3);
  return spread ? `${s} ±${(spread * 50).toFixed(1)}%` : s;
}

export interface MarkdownContext {
  title?: string;
  candidate?: { id: string; metrics?: Record<string, MetricStat> };
  baseline?: { id: string; metrics?: Record<string, MetricStat> } | null;
  lines?: string[];
}

const VERDICT_MARK: Record<MetricVerdictKind, string> = { pass: 'pass', fail: '**FAIL**', inconclusive: 'inconclusive', skipped: 'skipped' };

/**
 * The gate's markdown: a verdict line, the table (metric, baseline, candidate, change, threshold,
 * verdict) and notes. "±x%" after a value is half its relative range over the repetitions.
 */
export function renderGateMarkdown(d: GateDecision, ctx: MarkdownContext = {}): string {
  const out: string[] = [];
  const head = ctx.title ?? 'Benchmark gate';
  const who = ctx.candidate ? ` for \`${ctx.candidate.id}\`` : '';
  const vs = ctx.baseline ? ` vs \`${ctx.baseline.id}\`` : '';
  out.push(`### ${head}: ${d.verdict.toUpperCase()}${who}${vs}`, '');
  out.push('| metric | baseline | candidate | change | threshold | verdict |', '|---|---:|---:|---:|---:|---|');
  for (const m of d.metrics) {
    const bs = ctx.baseline?.metrics?.[m.metric]?.spread ?? null;
    const cs = ctx.candidate?.metrics?.[m.metric]?.spread ?? null;
    const arrow = m.direction === 'lower' ? '↓' : '↑';
    const threshold = `${mag(m.maxRegression)}${m.absolute !== null ? `, ${m.direction === 'lower' ? '≤' : '≥'} ${m.absolute}` : ''}`;
    out.push(
      `| ${m.metric} ${arrow} | ${fmt(m.baseline, bs)} | ${fmt(m.candidate, cs)} | ${m.change === null ? '—' : pct(m.change)} | ${threshold} | ${VERDICT_MARK[m.verdict]}: ${m.reason.replace(/\|/g, '\\|')} |`,
    );
  }
  const notes = [...d.notes, ...(ctx.lines ?? [])];
  if (notes.length) out.push('', ...notes.map((n) => `- ${n}`));
  return out.join('\n') + '\n';
}
