/**
 * Statistics for the benchmark gate's performance verdict. Pure functions: no I/O, no clock, no global randomness
 * (every random draw goes through a seeded generator so tests and benches are reproducible).
 *
 * How the gate measures: for each prompt the candidate and the baseline are timed back to back, in alternating order,
 * giving a pair (c_i, b_i). Whatever the machine is doing at that moment (thermal state, a noisy neighbour, page cache)
 * hits both halves of the pair alike, so the per-pair ratio c_i / b_i cancels it; comparing two separately collected
 * samples would not.
 *
 * Why the median of log ratios:
 * - Latency on a busy machine has a long right tail (GC, scheduling, a cold cache): a few pairs are off by 2-3x. The
 *   mean of the ratios follows those spikes; the median ignores them as long as they are a minority.
 * - A log ratio makes "x% slower" and "x% faster" symmetric (log 2 = -log 0.5), so the median of the log ratios is a
 *   sensible centre and exp(median) - 1 reads directly as "the typical pair is that much worse".
 * - The median has a distribution-free confidence interval from order statistics: no normality assumption, which the
 *   tail above would break.
 */
/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;
/** Which way a metric improves: latency and load time are 'lower' is better, tokens/s is 'higher' is better. */
export type MetricDirection = 'lower' | 'higher';
/**
 * mulberry32: a tiny 32-bit generator, good enough for simulations and seeded tests, and deterministic for a seed
 * (never use it for anything secret).
 */
export declare function mulberry32(seed: number): Rng;
/** A standard normal draw (Box-Muller; 1 - u keeps log() away from 0). */
export declare function normalSample(rng: Rng): number;
/**
 * Per pair, the log of the "badness ratio": log(c/b) when lower is better, log(b/c) when higher is better, so a
 * positive value always means the candidate did worse. Pairs where either side is not a finite positive number (a
 * failed or timed-out run) are skipped rather than poisoning the sample; the pairing itself must be intact.
 */
export declare function regressionLogRatios(candidate: number[], baseline: number[], direction: MetricDirection): number[];
export interface MedianInterval {
    /** The sample median. */
    estimate: number;
    lo: number;
    hi: number;
    n: number;
    /** 1-based ranks of lo and hi in the sorted sample: k and n + 1 - k. */
    ranks: [number, number];
    /** Exact coverage of that rank pair, 1 - 2 P(Bin(n, 1/2) <= k - 1); at least the confidence asked for. */
    coverage: number;
}
/**
 * The largest k such that the order statistics (k, n + 1 - k) cover the median with probability >= confidence, with
 * that coverage; null when even (1, n) falls short (n < 6 at 95%).
 *
 * The count of observations below the true median is Binomial(n, 1/2) whatever the distribution (for a continuous one),
 * so P(x_(k) <= median <= x_(n+1-k)) = 1 - 2 P(B <= k - 1). The binomial CDF is summed exactly in log space:
 * 2^-n underflows a double from n = 1075 on, while its logarithm is harmless at any n. The loop is O(n), which is
 * nothing next to the sort the caller already did.
 */
export declare function medianRanks(n: number, confidence: number): {
    k: number;
    coverage: number;
} | null;
/**
 * Distribution-free confidence interval of the median: the order statistics x_(k) and x_(n+1-k) with the largest k
 * whose exact binomial coverage is at least `confidence`. The estimate is the sample median. Null when the sample is
 * too small for any interval with that coverage (n < 6 at 95%). Values must be finite.
 */
export declare function medianInterval(values: number[], confidence: number): MedianInterval | null;
/**
 * Repeated looks. The gate decides after every batch and stops at the first decisive look; each look that could
 * decide is another chance to decide wrongly, so a 95% interval at every look would err far more than 5% overall.
 * The rule here is Bonferroni over a planned maximum number of looks L: every look uses a two-sided interval at
 * confidence 1 - (1 - overall) / L. By the union bound the chance that any of the L intervals misses the true median
 * is at most 1 - overall, whatever the looks' correlation and wherever the gate stops; so is the chance of any wrong
 * verdict (in fact each kind of wrong verdict is one-sided, so it is at most half that). Simpler than alpha spending
 * and only mildly conservative: at L = 40 a look works at 99.875% (z about 3.2 instead of 1.96), and the cost grows
 * only like sqrt(log L). The gate must fix L before it starts (see sequentialPlan) and may stop earlier.
 */
export declare function perLookConfidence(overall: number, maxLooks: number): number;
/**
 * Defaults of the sequential gate. minPairs: the first look comes once a 40-look Bonferroni interval can exist at
 * all (11 pairs) plus a margin. batchPairs: the smallest step between looks (more frequent looks buy little and each
 * one costs confidence). maxLooks: the Bonferroni divisor.
 */
export declare const DEFAULT_SEQUENTIAL: Readonly<{
    confidence: 0.95;
    minPairs: 12;
    batchPairs: 8;
    maxLooks: 40;
}>;
export interface SequentialPlan {
    /** Cumulative pair counts at which to look, ascending; the last one is maxPairs. */
    lookAt: number[];
    /** lookAt.length: the number of looks to pass to decidePaired as `looks`. */
    maxLooks: number;
    confidence: number;
    lookConfidence: number;
}
/**
 * When to look, given the most pairs the gate's time budget allows: the first look at minPairs, then evenly spaced
 * looks, at least batchPairs apart (the last gap may be shorter) and at most maxLooks of them, the last one at maxPairs. A plan with fewer looks than
 * the maximum also pays a smaller Bonferroni price, since the divisor is the number of looks actually planned.
 */
export declare function sequentialPlan(opts: {
    maxPairs: number;
    minPairs?: number;
    batchPairs?: number;
    maxLooks?: number;
    confidence?: number;
}): SequentialPlan;
export type PairedVerdict = 'pass' | 'fail' | 'undecided';
export interface PairedDecision {
    verdict: PairedVerdict;
    /** Relative regression of the typical pair, exp(median log ratio) - 1: 0.08 = 8% worse, -0.1 = 10% better; NaN with no pairs. */
    estimate: number;
    /** Interval of the relative regression at the per-look confidence; (-1, Infinity) when the sample is too small for one. */
    lo: number;
    hi: number;
    n: number;
    /** Coverage of [lo, hi] at this look (the per-look confidence), which is what a report should print next to it. */
    confidence: number;
    /** The error budget over all looks that the per-look confidence was derived from. */
    overallConfidence: number;
    /** log(1 + maxRegression), the threshold on the log-ratio scale. */
    threshold: number;
}
export interface PairedInput {
    /** Per-pair log badness ratios, from regressionLogRatios. */
    logRatios: number[];
    /** Largest tolerated relative regression, e.g. 0.05 for 5% worse. */
    maxRegression: number;
    /** Overall confidence across all looks; default DEFAULT_SEQUENTIAL.confidence. */
    confidence?: number;
    /** Planned maximum number of looks (the Bonferroni divisor); default DEFAULT_SEQUENTIAL.maxLooks; 1 for a one-off test. */
    looks?: number;
}
/**
 * One look of the sequential gate. fail: the whole interval of the median log ratio lies above log(1 + maxRegression),
 * so the candidate is confidently worse than allowed. pass: the whole interval lies below it, so the candidate is
 * confidently not worse than allowed (it may well be better; pass is not "equivalent"). Otherwise undecided: sample
 * more, or report inconclusive when the budget is spent.
 */
export declare function decidePaired(input: PairedInput): PairedDecision;
/**
 * About how many pairs an undecided metric needs before its interval clears the threshold, if the
 * estimate holds and the interval narrows as 1/sqrt(pairs): n (half-width / distance)^2. Infinite
 * when the estimate sits on the threshold or the interval is still unbounded. A plan, not a promise.
 */
export declare function projectedPairs(d: PairedDecision): number;
export interface SimulateGateOptions {
    /** True candidate/baseline cost ratio: 1.2 = candidate 20% slower (or, for 'higher', 1/1.2 of the throughput). */
    trueRatio: number;
    /** Log-normal sd of each single measurement's own noise. */
    noiseSd: number;
    /**
     * Machine load: an AR(1) process in log space, one step per measurement, with this innovation sd (default 0.05; the
     * stationary sd is about 5x that). It hits both halves of a pair nearly alike, and the alternating order cancels the
     * small change between the two.
     */
    drift?: number;
    /** Chance that one measurement is a spike (a GC pause, a page fault storm); default 0. */
    outlierRate?: number;
    /** How much slower a spiked measurement is; default 3. */
    outlierFactor?: number;
    maxRegression: number;
    /** The gate's pair budget. */
    maxPairs: number;
    seed: number;
    direction?: MetricDirection;
    confidence?: number;
    minPairs?: number;
    batchPairs?: number;
    maxLooks?: number;
}
export interface SimulatedGate {
    verdict: 'pass' | 'fail' | 'inconclusive';
    /** Pairs measured when the gate stopped. */
    pairs: number;
    /** Looks taken. */
    looks: number;
    /** The decision at the last look. */
    last: PairedDecision;
}
/**
 * Simulates the gate end to end on synthetic measurements: raw paired values, regressionLogRatios, and decidePaired
 * at every look of sequentialPlan, stopping at the first pass or fail. Inconclusive when the plan's last look (at
 * maxPairs) is still undecided.
 */
export declare function simulateGate(opts: SimulateGateOptions): SimulatedGate;
