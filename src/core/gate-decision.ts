/**
 * The benchmark gate's decision, pure (no I/O): the candidate's metrics against a baseline's, per
 * metric direction and threshold, each verdict saying how sure it is.
 *
 * Two kinds of metric, two kinds of evidence:
 * - Quality (perplexity, accuracy, or any with `quality: true`) is deterministic: one artifact on
 *   one backend and device gives the same value run after run (greedy decoding, fixed threads and
 *   batch). It is measured once and compared exactly: regression > threshold fails, else passes.
 *   Within a quantization family values compare directly. Across families the baseline is scaled
 *   by the families' expected perplexity increase relative to f16 (the allowance table, defaults
 *   from llama.cpp's published figures), and the report says so; a family without an allowance
 *   cannot be compared and is inconclusive, never a silent pass.
 * - Performance (latency, throughput) is noisy. It is sampled in pairs, candidate and baseline
 *   back to back in alternating order, and decided by a confidence interval of the median per-pair
 *   log ratio (src/core/stats.ts), looked at sequentially until it lies wholly inside or beyond the
 *   threshold, or the time budget runs out (inconclusive). Without pairs (the baseline could not be
 *   re-measured in this run) performance is not compared, and the report says so.
 * - Absolute floors and ceilings from the config apply with or without a baseline.
 * - Overall: any fail -> fail; else any inconclusive -> inconclusive; else pass. With no baseline
 *   at all (a first deployment) only absolute limits and the smoke test decide, and the report says so.
 */
import { quantizationFamily } from './naming.js';
import type { PairedDecision } from './stats.js';
import type { GateThreshold, HistoryEntry } from './documents.js';

export { quantizationFamily };

export type GateVerdict = 'pass' | 'fail' | 'inconclusive';

/**
 * Whether a verdict lets the candidate through, by `gate.inconclusive` (default block): the one
 * rule that deploy, `mreg gate`, the action's gate and the pull-request check all follow, so a
 * check never passes what the deploy would refuse.
 */
export function gateAllows(verdict: GateVerdict, inconclusive: 'block' | 'allow' = 'block'): boolean {
  return verdict === 'pass' || (verdict === 'inconclusive' && inconclusive === 'allow');
}
export type MetricVerdictKind = GateVerdict | 'skipped';

export interface GateSide {
  /** One value per metric: quality measured once, performance the median of the paired samples. */
  metrics: Record<string, number | null>;
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

/** A performance metric sampled in pairs: its decision, with what it took. */
export interface PairedMetric {
  decision: PairedDecision;
  /** The sampling ran out of time or pairs before this metric was decided. */
  exhausted: boolean;
  ms: number;
}

export interface GateInput {
  candidate: GateSide;
  baseline: GateBaseline | null;
  /** Performance metrics measured side by side in this run, by name. */
  paired?: Record<string, PairedMetric>;
  thresholds: Record<string, GateThreshold>;
  defaultMaxRegression: number;
  /** Expected perplexity increase per quantization family relative to f16 (0.028 = +2.8%). */
  allowances?: Record<string, number>;
  /** Why performance was not sampled in pairs this run (e.g. quality had already failed). */
  performanceSkipped?: string;
}

export interface MetricVerdict {
  metric: string;
  direction: 'lower' | 'higher';
  quality: boolean;
  baseline: number | null;
  candidate: number | null;
  /** Signed relative change (candidate - baseline) / |baseline|; null without a baseline. */
  change: number | null;
  /** Relative change in the bad direction (positive = worse); after normalization across families. */
  regression: number | null;
  /** Paired performance metrics: the interval of the typical regression, and what it took. */
  interval: { lo: number; hi: number; confidence: number; pairs: number; ms: number } | null;
  maxRegression: number;
  absolute: number | null;
  comparedWith: 'baseline' | 'normalized' | 'paired' | 'absolute' | 'nothing';
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
 * Expected perplexity increase of each family relative to f16, from llama.cpp's quantize tool
 * (`llama-quantize --help`: "+0.1754 ppl @ Llama-3-8B" for Q4_K_M, ...), divided by Llama-3-8B's
 * f16 perplexity of about 6.23 on wikitext-2. They are typical figures for one model, so the
 * comparison across families uses them as an allowance on top of the threshold, not as truth:
 * set `gate.quantization_allowance` for your own models.
 */
export const DEFAULT_QUANTIZATION_ALLOWANCE: Readonly<Record<string, number>> = Object.freeze({
  f32: 0,
  f16: 0,
  bf16: 0,
  q8_0: 0.0004,
  q6k: 0.0035,
  q5km: 0.0091,
  q5ks: 0.0168,
  q5_1: 0.017,
  q5_0: 0.0211,
  q4km: 0.0281,
  q4ks: 0.0431,
  q4_1: 0.0724,
  q4_0: 0.0752,
  q3kl: 0.0892,
  q3km: 0.1054,
  q3ks: 0.2618,
  q2k: 0.5647,
});

/** The allowance of a family (config overrides first), or null when none is known. */
export function allowanceOf(quantization: string, overrides: Record<string, number> = {}): number | null {
  const family = quantizationFamily(quantization);
  const own = Object.entries(overrides).find(([k]) => quantizationFamily(k) === family);
  if (own) return own[1];
  return DEFAULT_QUANTIZATION_ALLOWANCE[family] ?? null;
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

function relativeChange(cand: number, base: number): number {
  return base === 0 ? (cand === 0 ? 0 : Math.sign(cand) * Infinity) : (cand - base) / Math.abs(base);
}

function decideQuality(row: MetricVerdict, name: string, t: GateThreshold, input: GateInput): void {
  const b = input.baseline;
  const cand = row.candidate as number;
  const base = b?.metrics[name];
  if (!b) return note(row, 'first deployment here: no baseline to compare with');
  if (base === null || base === undefined) return note(row, 'baseline has no value');
  row.baseline = base;
  row.change = relativeChange(cand, base);
  const sameFamily = quantizationFamily(b.quantization) === quantizationFamily(input.candidate.quantization);
  let expected = 1;
  if (!sameFamily) {
    // Only perplexity has published per-family figures; other quality metrics compare as they are.
    if (name === 'perplexity') {
      const ca = allowanceOf(input.candidate.quantization, input.allowances);
      const ba = allowanceOf(b.quantization, input.allowances);
      if (ca === null || ba === null) {
        row.verdict = row.verdict === 'fail' ? 'fail' : 'inconclusive';
        row.reason = `baseline is ${b.quantization}, another quantization family, and no allowance is known for ${ca === null ? input.candidate.quantization : b.quantization}: set gate.quantization_allowance`;
        return;
      }
      expected = (1 + ca) / (1 + ba);
    }
    row.comparedWith = 'normalized';
  } else row.comparedWith = 'baseline';
  const normalized = relativeChange(cand, base * (t.direction === 'lower' ? expected : 1 / expected));
  const regression = t.direction === 'lower' ? normalized : -normalized;
  row.regression = regression;
  const how = sameFamily
    ? ''
    : name === 'perplexity'
      ? ` after allowing ${pct(expected - 1)} for ${b.quantization} -> ${input.candidate.quantization}`
      : ` (across families ${b.quantization} -> ${input.candidate.quantization})`;
  const absFailed = row.verdict === 'fail';
  if (regression > row.maxRegression) {
    row.verdict = 'fail';
    row.reason = `worse by ${mag(regression)}${how}, more than ${mag(row.maxRegression)} (measured exactly)`;
  } else {
    row.verdict = absFailed ? 'fail' : 'pass';
    row.reason =
      (regression > 0 ? `worse by ${mag(regression)}${how}, within ${mag(row.maxRegression)}` : `not worse${how}`) +
      (absFailed ? `; but ${row.reason}` : '');
  }
}

function decidePerformance(row: MetricVerdict, name: string, input: GateInput): void {
  const p = input.paired?.[name];
  const b = input.baseline;
  if (!p) {
    // Measured side by side in this run: show both values, even though no verdict rests on them.
    if (b && b.source === 'remeasured') {
      row.baseline = b.metrics[name] ?? null;
      if (row.baseline !== null && row.candidate !== null) row.change = relativeChange(row.candidate, row.baseline);
    }
    const why = !b
      ? 'first deployment here: no baseline to compare with'
      : b.source === 'history'
        ? 'the baseline was not re-measured side by side in this run; stored performance figures are not compared'
        : (input.performanceSkipped ??
          'measured side by side but not decided by pairs (the paired test decides the typical request: latency_p50_ms, tokens_per_s); set an absolute limit to gate it');
    return note(row, why);
  }
  const d = p.decision;
  row.baseline = b?.metrics[name] ?? null;
  row.change = row.baseline !== null && row.candidate !== null ? relativeChange(row.candidate, row.baseline) : null;
  row.regression = Number.isFinite(d.estimate) ? d.estimate : null;
  row.interval = { lo: d.lo, hi: d.hi, confidence: d.confidence, pairs: d.n, ms: p.ms };
  row.comparedWith = 'paired';
  const ci = `typical pair ${signed(d.estimate)} [${signed(d.lo)}, ${signed(d.hi)}] at ${(d.confidence * 100).toFixed(1)}%, ${d.n} pairs`;
  const absFailed = row.verdict === 'fail';
  if (d.verdict === 'fail') {
    row.verdict = 'fail';
    row.reason = `worse than ${mag(row.maxRegression)}: ${ci}`;
  } else if (d.verdict === 'pass') {
    row.verdict = absFailed ? 'fail' : 'pass';
    row.reason = `within ${mag(row.maxRegression)}: ${ci}`;
  } else {
    row.verdict = absFailed ? 'fail' : 'inconclusive';
    row.reason = `${p.exhausted ? 'budget ran out' : 'undecided'} before the interval cleared ${mag(row.maxRegression)}: ${ci}`;
  }
}

/** Leaves the row as the absolute check left it, adding why nothing was compared. */
function note(row: MetricVerdict, why: string): void {
  if (row.verdict === 'skipped') row.reason = `${why}; no absolute limit configured`;
  else row.reason += ` (${why})`;
}

const SUITE_HINT =
  ': scored on the accuracy items of the suite that registry/config.json gate.suite names; if they do not fit this model, write items of its own tasks (docs/writing-a-suite.md)';

function decideMetric(name: string, t: GateThreshold, input: GateInput): MetricVerdict {
  const quality = isQualityMetric(name, t);
  const cand = input.candidate.metrics[name] ?? null;
  const row: MetricVerdict = {
    metric: name,
    direction: t.direction,
    quality,
    baseline: null,
    candidate: cand,
    change: null,
    regression: null,
    interval: null,
    maxRegression: t.max_regression ?? input.defaultMaxRegression,
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
    row.verdict = broken ? 'fail' : 'pass';
    row.reason = broken
      ? `${t.direction === 'lower' ? 'above the ceiling' : 'below the floor'} ${t.absolute}`
      : `within the absolute limit ${t.absolute}`;
    // Accuracy is the share of the suite's own items answered: a floor missed may say more about
    // the items than about the model.
    if (broken && name === 'accuracy') row.reason += SUITE_HINT;
  }
  if (quality) decideQuality(row, name, t, input);
  else decidePerformance(row, name, input);
  return row;
}

export function decideGate(input: GateInput): GateDecision {
  const notes: string[] = [];
  const b = input.baseline;
  if (!b) {
    notes.push(
      'First deployment in this environment: there is no baseline, so only absolute limits (and the smoke test) decide.',
    );
  } else {
    notes.push(
      b.source === 'remeasured'
        ? `Baseline ${b.id} re-measured side by side in this run.`
        : `Baseline ${b.id}: quality from history entry #${b.historyId ?? '?'} (its artifact could not be re-measured); performance not compared.`,
    );
    if (quantizationFamily(b.quantization) !== quantizationFamily(input.candidate.quantization)) {
      notes.push(
        `Baseline quantization ${b.quantization} differs from the candidate's ${input.candidate.quantization}: perplexity is compared after allowing for the families' expected difference (gate.quantization_allowance).`,
      );
    }
  }
  const metrics = Object.entries(input.thresholds).map(([name, t]) => decideMetric(name, t, input));
  const verdict: GateVerdict = metrics.some((m) => m.verdict === 'fail')
    ? 'fail'
    : metrics.some((m) => m.verdict === 'inconclusive')
      ? 'inconclusive'
      : 'pass';
  return { verdict, metrics, notes };
}

function signed(x: number): string {
  return Number.isFinite(x) ? pct(x) : x > 0 ? '+inf' : 'n/a';
}

function fmt(v: number | null): string {
  if (v === null) return 'n/a';
  if (v === 0) return '0';
  return Math.abs(v) >= 1000
    ? v.toFixed(0)
    : Math.abs(v) >= 100
      ? v.toFixed(1)
      : Math.abs(v) >= 1
        ? v.toFixed(3).replace(/\.?0+$/, '')
        : v.toPrecision(3);
}

export interface MarkdownContext {
  title?: string;
  candidate?: { id: string };
  baseline?: { id: string } | null;
  lines?: string[];
}

const VERDICT_MARK: Record<MetricVerdictKind, string> = {
  pass: 'pass',
  fail: '**FAIL**',
  inconclusive: 'inconclusive',
  skipped: 'skipped',
};

/**
 * The gate's markdown: a verdict line, the table (metric, baseline, candidate, change, interval,
 * threshold, verdict) and notes. For paired performance metrics the values are the medians of the
 * samples, "change" is the typical per-pair change and "interval" its confidence interval, with
 * the pairs and the time they took.
 */
export function renderGateMarkdown(d: GateDecision, ctx: MarkdownContext = {}): string {
  const out: string[] = [];
  const head = ctx.title ?? 'Benchmark gate';
  const who = ctx.candidate ? ` for \`${ctx.candidate.id}\`` : '';
  const vs = ctx.baseline ? ` vs \`${ctx.baseline.id}\`` : '';
  out.push(`### ${head}: ${d.verdict.toUpperCase()}${who}${vs}`, '');
  out.push(
    '| metric | baseline | candidate | change | interval | threshold | verdict |',
    '|---|---:|---:|---:|---|---:|---|',
  );
  for (const m of d.metrics) {
    const arrow = m.direction === 'lower' ? '↓' : '↑';
    const threshold = `${mag(m.maxRegression)}${m.absolute !== null ? `, ${m.direction === 'lower' ? '≤' : '≥'} ${m.absolute}` : ''}`;
    const change =
      m.interval && m.regression !== null
        ? pct(m.direction === 'lower' ? m.regression : 1 / (1 + m.regression) - 1)
        : m.change === null
          ? '—'
          : pct(m.change);
    const iv = m.interval
      ? `${signed(m.interval.lo)} … ${signed(m.interval.hi)} worse (${(m.interval.confidence * 100).toFixed(1)}%, ${m.interval.pairs} pairs, ${(m.interval.ms / 1000).toFixed(1)} s)`
      : m.quality && m.comparedWith !== 'nothing' && m.comparedWith !== 'absolute'
        ? 'exact'
        : '—';
    out.push(
      `| ${m.metric} ${arrow} | ${fmt(m.baseline)} | ${fmt(m.candidate)} | ${change} | ${iv} | ${threshold} | ${VERDICT_MARK[m.verdict]}: ${m.reason.replace(/\|/g, '\\|')} |`,
    );
  }
  const notes = [...d.notes, ...(ctx.lines ?? [])];
  if (notes.length) out.push('', ...notes.map((n) => `- ${n}`));
  return out.join('\n') + '\n';
}
