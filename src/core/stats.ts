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
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller; 1 - u keeps log() away from 0). */
export function normalSample(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Per pair, the log of the "badness ratio": log(c/b) when lower is better, log(b/c) when higher is better, so a
 * positive value always means the candidate did worse. Pairs where either side is not a finite positive number (a
 * failed or timed-out run) are skipped rather than poisoning the sample; the pairing itself must be intact.
 */
export function regressionLogRatios(candidate: number[], baseline: number[], direction: MetricDirection): number[] {
  if (candidate.length !== baseline.length) {
    throw new RangeError(
      `paired samples differ in length: ${candidate.length} candidate vs ${baseline.length} baseline`,
    );
  }
  if (direction !== 'lower' && direction !== 'higher')
    throw new RangeError(`unknown metric direction ${JSON.stringify(direction)}`);
  const out: number[] = [];
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate[i];
    const b = baseline[i];
    if (!Number.isFinite(c) || !Number.isFinite(b) || c <= 0 || b <= 0) continue;
    out.push(direction === 'lower' ? Math.log(c / b) : Math.log(b / c));
  }
  return out;
}

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

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must lie strictly between 0 and 1, got ${confidence}`);
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
export function medianRanks(n: number, confidence: number): { k: number; coverage: number } | null {
  checkConfidence(confidence);
  if (!Number.isInteger(n) || n < 1) return null;
  const logAlpha = Math.log(1 - confidence);
  const logHalfN = -n * Math.LN2;
  let logPmf = logHalfN; // log P(B = 0)
  let logCdf = logHalfN; // log P(B <= j), j = 0
  let best: { k: number; coverage: number } | null = null;
  // Rank k is admissible when 2 P(B <= k - 1) <= 1 - confidence; k never passes the middle of the sample.
  for (let j = 0; j + 1 <= (n + 1) / 2; j++) {
    if (Math.LN2 + logCdf > logAlpha) break;
    best = { k: j + 1, coverage: 1 - 2 * Math.exp(logCdf) };
    logPmf += Math.log((n - j) / (j + 1)); // P(B = j + 1) from P(B = j)
    logCdf = logAddExp(logCdf, logPmf);
  }
  return best;
}

function logAddExp(a: number, b: number): number {
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

function sortedMedian(sorted: ArrayLike<number>, n: number): number {
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** medianInterval on an already ascending sample of length n (the simulator keeps one sorted as it grows). */
function intervalOfSorted(sorted: ArrayLike<number>, n: number, confidence: number): MedianInterval | null {
  const r = medianRanks(n, confidence);
  if (r === null) return null;
  const hiRank = n + 1 - r.k;
  return {
    estimate: sortedMedian(sorted, n),
    lo: sorted[r.k - 1],
    hi: sorted[hiRank - 1],
    n,
    ranks: [r.k, hiRank],
    coverage: r.coverage,
  };
}

/**
 * Distribution-free confidence interval of the median: the order statistics x_(k) and x_(n+1-k) with the largest k
 * whose exact binomial coverage is at least `confidence`. The estimate is the sample median. Null when the sample is
 * too small for any interval with that coverage (n < 6 at 95%). Values must be finite.
 */
export function medianInterval(values: number[], confidence: number): MedianInterval | null {
  checkConfidence(confidence);
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`medianInterval needs finite values, got ${v}`);
  const sorted = Float64Array.from(values).sort();
  return intervalOfSorted(sorted, sorted.length, confidence);
}

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
export function perLookConfidence(overall: number, maxLooks: number): number {
  checkConfidence(overall);
  if (!Number.isInteger(maxLooks) || maxLooks < 1)
    throw new RangeError(`maxLooks must be a positive integer, got ${maxLooks}`);
  return 1 - (1 - overall) / maxLooks;
}

/**
 * Defaults of the sequential gate. minPairs: the first look comes once a 40-look Bonferroni interval can exist at
 * all (11 pairs) plus a margin. batchPairs: the smallest step between looks (more frequent looks buy little and each
 * one costs confidence). maxLooks: the Bonferroni divisor.
 */
export const DEFAULT_SEQUENTIAL = Object.freeze({
  confidence: 0.95,
  minPairs: 12,
  batchPairs: 8,
  maxLooks: 40,
});

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
export function sequentialPlan(opts: {
  maxPairs: number;
  minPairs?: number;
  batchPairs?: number;
  maxLooks?: number;
  confidence?: number;
}): SequentialPlan {
  const { maxPairs } = opts;
  const minPairs = opts.minPairs ?? DEFAULT_SEQUENTIAL.minPairs;
  const batchPairs = opts.batchPairs ?? DEFAULT_SEQUENTIAL.batchPairs;
  const maxLooks = opts.maxLooks ?? DEFAULT_SEQUENTIAL.maxLooks;
  const confidence = opts.confidence ?? DEFAULT_SEQUENTIAL.confidence;
  for (const [name, v] of [
    ['maxPairs', maxPairs],
    ['minPairs', minPairs],
    ['batchPairs', batchPairs],
    ['maxLooks', maxLooks],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
  }
  checkConfidence(confidence);
  const lookAt: number[] = [];
  if (maxPairs <= minPairs || maxLooks === 1) {
    lookAt.push(maxPairs);
  } else {
    // 1 + ceil(span / step) looks, and step >= span / (maxLooks - 1) keeps that at most maxLooks.
    const span = maxPairs - minPairs;
    const step = Math.max(batchPairs, Math.ceil(span / (maxLooks - 1)));
    for (let n = minPairs; n < maxPairs; n += step) lookAt.push(n);
    lookAt.push(maxPairs);
  }
  return { lookAt, maxLooks: lookAt.length, confidence, lookConfidence: perLookConfidence(confidence, lookAt.length) };
}

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

function decideSorted(
  sorted: ArrayLike<number>,
  n: number,
  maxRegression: number,
  overall: number,
  looks: number,
): PairedDecision {
  if (!(Number.isFinite(maxRegression) && maxRegression > -1))
    throw new RangeError(`maxRegression must be a finite number above -1, got ${maxRegression}`);
  const threshold = Math.log1p(maxRegression);
  const lookConfidence = perLookConfidence(overall, looks);
  const base = { n, confidence: lookConfidence, overallConfidence: overall, threshold };
  const ci = intervalOfSorted(sorted, n, lookConfidence);
  if (ci === null) {
    const estimate = n > 0 ? Math.expm1(sortedMedian(sorted, n)) : Number.NaN;
    return { verdict: 'undecided', estimate, lo: -1, hi: Number.POSITIVE_INFINITY, ...base };
  }
  // Strict inequalities: an interval touching the threshold has not shown anything either way.
  const verdict: PairedVerdict = ci.lo > threshold ? 'fail' : ci.hi < threshold ? 'pass' : 'undecided';
  return { verdict, estimate: Math.expm1(ci.estimate), lo: Math.expm1(ci.lo), hi: Math.expm1(ci.hi), ...base };
}

/**
 * One look of the sequential gate. fail: the whole interval of the median log ratio lies above log(1 + maxRegression),
 * so the candidate is confidently worse than allowed. pass: the whole interval lies below it, so the candidate is
 * confidently not worse than allowed (it may well be better; pass is not "equivalent"). Otherwise undecided: sample
 * more, or report inconclusive when the budget is spent.
 */
export function decidePaired(input: PairedInput): PairedDecision {
  const overall = input.confidence ?? DEFAULT_SEQUENTIAL.confidence;
  const looks = input.looks ?? DEFAULT_SEQUENTIAL.maxLooks;
  for (const v of input.logRatios)
    if (!Number.isFinite(v)) throw new RangeError(`decidePaired needs finite log ratios, got ${v}`);
  const sorted = Float64Array.from(input.logRatios).sort();
  return decideSorted(sorted, sorted.length, input.maxRegression, overall, looks);
}

/**
 * About how many pairs an undecided metric needs before its interval clears the threshold, if the
 * estimate holds and the interval narrows as 1/sqrt(pairs): n (half-width / distance)^2. Infinite
 * when the estimate sits on the threshold or the interval is still unbounded. A plan, not a promise.
 */
export function projectedPairs(d: PairedDecision): number {
  if (d.verdict !== 'undecided') return d.n;
  if (!(d.lo > -1) || !Number.isFinite(d.hi)) return Number.POSITIVE_INFINITY;
  const half = (Math.log1p(d.hi) - Math.log1p(d.lo)) / 2;
  const gap = Math.abs(Math.log1p(d.estimate) - d.threshold);
  return gap > 0 ? Math.ceil(d.n * (half / gap) ** 2) : Number.POSITIVE_INFINITY;
}

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
export function simulateGate(opts: SimulateGateOptions): SimulatedGate {
  const rng = mulberry32(opts.seed);
  const drift = opts.drift ?? 0.05;
  const outlierRate = opts.outlierRate ?? 0;
  const outlierFactor = opts.outlierFactor ?? 3;
  const direction = opts.direction ?? 'lower';
  const plan = sequentialPlan(opts);
  const logTrue = Math.log(opts.trueRatio);
  const rho = 0.95; // load decorrelates over ~20 measurements, i.e. it changes slowly next to one pair
  let load = 0;
  const measure = (logCost: number): number => {
    load = rho * load + drift * normalSample(rng);
    let cost = Math.exp(logCost + load + opts.noiseSd * normalSample(rng));
    if (rng() < outlierRate) cost *= outlierFactor;
    // 'higher' metrics are throughput: proportional to 1/cost, so a spike lowers them just as it raises latency.
    return direction === 'lower' ? 100 * cost : 50 / cost;
  };

  // The log ratios, kept sorted as they arrive (binary insertion) so a look does not re-sort everything.
  const sorted = new Float64Array(plan.lookAt[plan.lookAt.length - 1]);
  let n = 0;
  let last: PairedDecision | undefined;
  for (let look = 0; look < plan.lookAt.length; look++) {
    while (n < plan.lookAt[look]) {
      // Alternate who goes first, so a load trend within a pair favours neither side on average.
      let c: number;
      let b: number;
      if (n % 2 === 0) {
        c = measure(logTrue);
        b = measure(0);
      } else {
        b = measure(0);
        c = measure(logTrue);
      }
      const r = regressionLogRatios([c], [b], direction);
      if (r.length === 1) insertSorted(sorted, n++, r[0]);
    }
    last = decideSorted(sorted, n, opts.maxRegression, plan.confidence, plan.maxLooks);
    if (last.verdict !== 'undecided') return { verdict: last.verdict, pairs: n, looks: look + 1, last };
  }
  return { verdict: 'inconclusive', pairs: n, looks: plan.lookAt.length, last: last as PairedDecision };
}

function insertSorted(arr: Float64Array, len: number, v: number): void {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  arr.copyWithin(lo + 1, lo, len);
  arr[lo] = v;
}
