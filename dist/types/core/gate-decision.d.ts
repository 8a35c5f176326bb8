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
export declare function gateAllows(verdict: GateVerdict, inconclusive?: 'block' | 'allow'): boolean;
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
    interval: {
        lo: number;
        hi: number;
        confidence: number;
        pairs: number;
        ms: number;
    } | null;
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
export declare function isQualityMetric(name: string, threshold?: Pick<GateThreshold, 'quality'>): boolean;
/**
 * Expected perplexity increase of each family relative to f16, from llama.cpp's quantize tool
 * (`llama-quantize --help`: "+0.1754 ppl @ Llama-3-8B" for Q4_K_M, ...), divided by Llama-3-8B's
 * f16 perplexity of about 6.23 on wikitext-2. They are typical figures for one model, so the
 * comparison across families uses them as an allowance on top of the threshold, not as truth:
 * set `gate.quantization_allowance` for your own models.
 */
export declare const DEFAULT_QUANTIZATION_ALLOWANCE: Readonly<Record<string, number>>;
/** The allowance of a family (config overrides first), or null when none is known. */
export declare function allowanceOf(quantization: string, overrides?: Record<string, number>): number | null;
/**
 * The baseline for quality comparisons: the latest deployment of the same quantization family in
 * the environment (history order), skipping entries that were rolled back (a known-bad version
 * is no standard to hold a candidate to).
 */
export declare function pickBaseline(history: HistoryEntry[], env: string, quantization: string): HistoryEntry | null;
export declare function decideGate(input: GateInput): GateDecision;
export interface MarkdownContext {
    title?: string;
    candidate?: {
        id: string;
    };
    baseline?: {
        id: string;
    } | null;
    lines?: string[];
}
/**
 * The gate's markdown: a verdict line, the table (metric, baseline, candidate, change, interval,
 * threshold, verdict) and notes. For paired performance metrics the values are the medians of the
 * samples, "change" is the typical per-pair change and "interval" its confidence interval, with
 * the pairs and the time they took.
 */
export declare function renderGateMarkdown(d: GateDecision, ctx?: MarkdownContext): string;
