
// src/core/stats.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function regressionLogRatios(candidate, baseline, direction) {
  if (candidate.length !== baseline.length)
    throw new RangeError(
      `paired samples differ in length: ${candidate.length} candidate vs ${baseline.length} baseline`
    );
  if (direction !== "lower" && direction !== "higher")
    throw new RangeError(`unknown metric direction ${JSON.stringify(direction)}`);
  let out = [];
  for (let i = 0; i < candidate.length; i++) {
    let c = candidate[i], b = baseline[i];
    !Number.isFinite(c) || !Number.isFinite(b) || c <= 0 || b <= 0 || out.push(Math.log(direction === "lower" ? c / b : b / c));
  }
  return out;
}
function checkConfidence(confidence) {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must lie strictly between 0 and 1, got ${confidence}`);
}
function medianRanks(n, confidence) {
  if (checkConfidence(confidence), !Number.isInteger(n) || n < 1) return null;
  let logAlpha = Math.log(1 - confidence), logHalfN = -n * Math.LN2, logPmf = logHalfN, logCdf = logHalfN, best = null;
  for (let j = 0; j + 1 <= (n + 1) / 2 && !(Math.LN2 + logCdf > logAlpha); j++)
    best = { k: j + 1, coverage: 1 - 2 * Math.exp(logCdf) }, logPmf += Math.log((n - j) / (j + 1)), logCdf = logAddExp(logCdf, logPmf);
  return best;
}
function logAddExp(a, b) {
  let m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}
function sortedMedian(sorted, n) {
  let mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function intervalOfSorted(sorted, n, confidence) {
  let r = medianRanks(n, confidence);
  if (r === null) return null;
  let hiRank = n + 1 - r.k;
  return {
    estimate: sortedMedian(sorted, n),
    lo: sorted[r.k - 1],
    hi: sorted[hiRank - 1],
    n,
    ranks: [r.k, hiRank],
    coverage: r.coverage
  };
}
function medianInterval(values, confidence) {
  checkConfidence(confidence);
  for (let v of values) if (!Number.isFinite(v)) throw new RangeError(`medianInterval needs finite values, got ${v}`);
  let sorted = Float64Array.from(values).sort();
  return intervalOfSorted(sorted, sorted.length, confidence);
}
function perLookConfidence(overall, maxLooks) {
  if (checkConfidence(overall), !Number.isInteger(maxLooks) || maxLooks < 1)
    throw new RangeError(`maxLooks must be a positive integer, got ${maxLooks}`);
  return 1 - (1 - overall) / maxLooks;
}
var DEFAULT_SEQUENTIAL = Object.freeze({
  confidence: 0.95,
  minPairs: 12,
  batchPairs: 8,
  maxLooks: 40
});
function sequentialPlan(opts) {
  let { maxPairs } = opts, minPairs = opts.minPairs ?? DEFAULT_SEQUENTIAL.minPairs, batchPairs = opts.batchPairs ?? DEFAULT_SEQUENTIAL.batchPairs, maxLooks = opts.maxLooks ?? DEFAULT_SEQUENTIAL.maxLooks, confidence = opts.confidence ?? DEFAULT_SEQUENTIAL.confidence;
  for (let [name, v] of [
    ["maxPairs", maxPairs],
    ["minPairs", minPairs],
    ["batchPairs", batchPairs],
    ["maxLooks", maxLooks]
  ])
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
  checkConfidence(confidence);
  let lookAt = [];
  if (maxPairs <= minPairs || maxLooks === 1)
    lookAt.push(maxPairs);
  else {
    let span = maxPairs - minPairs, step = Math.max(batchPairs, Math.ceil(span / (maxLooks - 1)));
    for (let n = minPairs; n < maxPairs; n += step) lookAt.push(n);
    lookAt.push(maxPairs);
  }
  return { lookAt, maxLooks: lookAt.length, confidence, lookConfidence: perLookConfidence(confidence, lookAt.length) };
}
function decideSorted(sorted, n, maxRegression, overall, looks) {
  if (!(Number.isFinite(maxRegression) && maxRegression > -1))
    throw new RangeError(`maxRegression must be a finite number above -1, got ${maxRegression}`);
  let threshold = Math.log1p(maxRegression), lookConfidence = perLookConfidence(overall, looks), base = { n, confidence: lookConfidence, overallConfidence: overall, threshold }, ci = intervalOfSorted(sorted, n, lookConfidence);
  return ci === null ? { verdict: "undecided", estimate: n > 0 ? Math.expm1(sortedMedian(sorted, n)) : Number.NaN, lo: -1, hi: Number.POSITIVE_INFINITY, ...base } : { verdict: ci.lo > threshold ? "fail" : ci.hi < threshold ? "pass" : "undecided", estimate: Math.expm1(ci.estimate), lo: Math.expm1(ci.lo), hi: Math.expm1(ci.hi), ...base };
}
function decidePaired(input) {
  let overall = input.confidence ?? DEFAULT_SEQUENTIAL.confidence, looks = input.looks ?? DEFAULT_SEQUENTIAL.maxLooks;
  for (let v of input.logRatios)
    if (!Number.isFinite(v)) throw new RangeError(`decidePaired needs finite log ratios, got ${v}`);
  let sorted = Float64Array.from(input.logRatios).sort();
  return decideSorted(sorted, sorted.length, input.maxRegression, overall, looks);
}
function projectedPairs(d) {
  if (d.verdict !== "undecided") return d.n;
  if (!(d.lo > -1) || !Number.isFinite(d.hi)) return Number.POSITIVE_INFINITY;
  let half = (Math.log1p(d.hi) - Math.log1p(d.lo)) / 2, gap = Math.abs(Math.log1p(d.estimate) - d.threshold);
  return gap > 0 ? Math.ceil(d.n * (half / gap) ** 2) : Number.POSITIVE_INFINITY;
}

export {
  mulberry32,
  regressionLogRatios,
  medianInterval,
  DEFAULT_SEQUENTIAL,
  sequentialPlan,
  decidePaired,
  projectedPairs
};
