import {
  quantizationFamily
} from "./chunk-6XFSSTIM.js";

// src/core/gate-decision.ts
function gateAllows(verdict, inconclusive = "block") {
  return verdict === "pass" || verdict === "inconclusive" && inconclusive === "allow";
}
var QUALITY_DEFAULT = /* @__PURE__ */ new Set(["perplexity", "accuracy"]);
function isQualityMetric(name, threshold) {
  return threshold?.quality ?? QUALITY_DEFAULT.has(name);
}
var DEFAULT_QUANTIZATION_ALLOWANCE = Object.freeze({
  f32: 0,
  f16: 0,
  bf16: 0,
  q8_0: 4e-4,
  q6k: 35e-4,
  q5km: 91e-4,
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
  q2k: 0.5647
});
function allowanceOf(quantization, overrides = {}) {
  let family = quantizationFamily(quantization), own = Object.entries(overrides).find(([k]) => quantizationFamily(k) === family);
  return own ? own[1] : DEFAULT_QUANTIZATION_ALLOWANCE[family] ?? null;
}
function pickBaseline(history, env, quantization) {
  let family = quantizationFamily(quantization), best = null;
  for (let e of history)
    e.env !== env || e.rolled_back || quantizationFamily(e.quantization) === family && (!best || e.id > best.id) && (best = e);
  return best;
}
function pct(x) {
  if (!Number.isFinite(x)) return x > 0 ? "+inf%" : "-inf%";
  let v = x * 100;
  return `${v >= 0 ? "+" : ""}${Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)}%`;
}
function mag(x) {
  return pct(Math.abs(x)).replace(/^\+/, "");
}
function relativeChange(cand, base) {
  return base === 0 ? cand === 0 ? 0 : Math.sign(cand) * (1 / 0) : (cand - base) / Math.abs(base);
}
function decideQuality(row, name, t, input) {
  let b = input.baseline, cand = row.candidate, base = b?.metrics[name];
  if (!b) return note(row, "first deployment here: no baseline to compare with");
  if (base == null) return note(row, "baseline has no value");
  row.baseline = base, row.change = relativeChange(cand, base);
  let sameFamily = quantizationFamily(b.quantization) === quantizationFamily(input.candidate.quantization), expected = 1;
  if (sameFamily)
    row.comparedWith = "baseline";
  else {
    if (name === "perplexity") {
      let ca = allowanceOf(input.candidate.quantization, input.allowances), ba = allowanceOf(b.quantization, input.allowances);
      if (ca === null || ba === null) {
        row.verdict = row.verdict === "fail" ? "fail" : "inconclusive", row.reason = `baseline is ${b.quantization}, another quantization family, and no allowance is known for ${ca === null ? input.candidate.quantization : b.quantization}: set gate.quantization_allowance`;
        return;
      }
      expected = (1 + ca) / (1 + ba);
    }
    row.comparedWith = "normalized";
  }
  let normalized = relativeChange(cand, base * (t.direction === "lower" ? expected : 1 / expected)), regression = t.direction === "lower" ? normalized : -normalized;
  row.regression = regression;
  let how = sameFamily ? "" : name === "perplexity" ? ` after allowing ${pct(expected - 1)} for ${b.quantization} -> ${input.candidate.quantization}` : ` (across families ${b.quantization} -> ${input.candidate.quantization})`, absFailed = row.verdict === "fail";
  regression > row.maxRegression ? (row.verdict = "fail", row.reason = `worse by ${mag(regression)}${how}, more than ${mag(row.maxRegression)} (measured exactly)`) : (row.verdict = absFailed ? "fail" : "pass", row.reason = (regression > 0 ? `worse by ${mag(regression)}${how}, within ${mag(row.maxRegression)}` : `not worse${how}`) + (absFailed ? `; but ${row.reason}` : ""));
}
function decidePerformance(row, name, input) {
  let p = input.paired?.[name], b = input.baseline;
  if (!p) {
    b && b.source === "remeasured" && (row.baseline = b.metrics[name] ?? null, row.baseline !== null && row.candidate !== null && (row.change = relativeChange(row.candidate, row.baseline)));
    let why = b ? b.source === "history" ? "the baseline was not re-measured side by side in this run; stored performance figures are not compared" : input.performanceSkipped ?? "measured side by side but not decided by pairs (the paired test decides the typical request: latency_p50_ms, tokens_per_s); set an absolute limit to gate it" : "first deployment here: no baseline to compare with";
    return note(row, why);
  }
  let d = p.decision;
  row.baseline = b?.metrics[name] ?? null, row.change = row.baseline !== null && row.candidate !== null ? relativeChange(row.candidate, row.baseline) : null, row.regression = Number.isFinite(d.estimate) ? d.estimate : null, row.interval = { lo: d.lo, hi: d.hi, confidence: d.confidence, pairs: d.n, ms: p.ms }, row.comparedWith = "paired";
  let ci = `typical pair ${signed(d.estimate)} [${signed(d.lo)}, ${signed(d.hi)}] at ${(d.confidence * 100).toFixed(1)}%, ${d.n} pairs`, absFailed = row.verdict === "fail";
  d.verdict === "fail" ? (row.verdict = "fail", row.reason = `worse than ${mag(row.maxRegression)}: ${ci}`) : d.verdict === "pass" ? (row.verdict = absFailed ? "fail" : "pass", row.reason = `within ${mag(row.maxRegression)}: ${ci}`) : (row.verdict = absFailed ? "fail" : "inconclusive", row.reason = `${p.exhausted ? "budget ran out" : "undecided"} before the interval cleared ${mag(row.maxRegression)}: ${ci}`);
}
function note(row, why) {
  row.verdict === "skipped" ? row.reason = `${why}; no absolute limit configured` : row.reason += ` (${why})`;
}
var SUITE_HINT = ": scored on the accuracy items of the suite that registry/config.json gate.suite names; if they do not fit this model, write items of its own tasks (docs/writing-a-suite.md)";
function decideMetric(name, t, input) {
  let quality = isQualityMetric(name, t), cand = input.candidate.metrics[name] ?? null, row = {
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
    comparedWith: "nothing",
    verdict: "skipped",
    reason: ""
  };
  if (cand === null || !Number.isFinite(cand))
    return row.reason = "not measured by this backend", row;
  if (t.absolute !== void 0) {
    let broken = t.direction === "lower" ? cand > t.absolute : cand < t.absolute;
    row.comparedWith = "absolute", row.verdict = broken ? "fail" : "pass", row.reason = broken ? `${t.direction === "lower" ? "above the ceiling" : "below the floor"} ${t.absolute}` : `within the absolute limit ${t.absolute}`, broken && name === "accuracy" && (row.reason += SUITE_HINT);
  }
  return quality ? decideQuality(row, name, t, input) : decidePerformance(row, name, input), row;
}
function decideGate(input) {
  let notes = [], b = input.baseline;
  b ? (notes.push(
    b.source === "remeasured" ? `Baseline ${b.id} re-measured side by side in this run.` : `Baseline ${b.id}: quality from history entry #${b.historyId ?? "?"} (its artifact could not be re-measured); performance not compared.`
  ), quantizationFamily(b.quantization) !== quantizationFamily(input.candidate.quantization) && notes.push(
    `Baseline quantization ${b.quantization} differs from the candidate's ${input.candidate.quantization}: perplexity is compared after allowing for the families' expected difference (gate.quantization_allowance).`
  )) : notes.push(
    "First deployment in this environment: there is no baseline, so only absolute limits (and the smoke test) decide."
  );
  let metrics = Object.entries(input.thresholds).map(([name, t]) => decideMetric(name, t, input));
  return { verdict: metrics.some((m) => m.verdict === "fail") ? "fail" : metrics.some((m) => m.verdict === "inconclusive") ? "inconclusive" : "pass", metrics, notes };
}
function signed(x) {
  return Number.isFinite(x) ? pct(x) : x > 0 ? "+inf" : "n/a";
}
function fmt(v) {
  return v === null ? "n/a" : v === 0 ? "0" : Math.abs(v) >= 1e3 ? v.toFixed(0) : Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(3).replace(/\.?0+$/, "") : v.toPrecision(3);
}
var VERDICT_MARK = {
  pass: "pass",
  fail: "**FAIL**",
  inconclusive: "inconclusive",
  skipped: "skipped"
};
function renderGateMarkdown(d, ctx = {}) {
  let out = [], head = ctx.title ?? "Benchmark gate", who = ctx.candidate ? ` for \`${ctx.candidate.id}\`` : "", vs = ctx.baseline ? ` vs \`${ctx.baseline.id}\`` : "";
  out.push(`### ${head}: ${d.verdict.toUpperCase()}${who}${vs}`, ""), out.push(
    "| metric | baseline | candidate | change | interval | threshold | verdict |",
    "|---|---:|---:|---:|---|---:|---|"
  );
  for (let m of d.metrics) {
    let arrow = m.direction === "lower" ? "\u2193" : "\u2191", threshold = `${mag(m.maxRegression)}${m.absolute !== null ? `, ${m.direction === "lower" ? "\u2264" : "\u2265"} ${m.absolute}` : ""}`, change = m.interval && m.regression !== null ? pct(m.direction === "lower" ? m.regression : 1 / (1 + m.regression) - 1) : m.change === null ? "\u2014" : pct(m.change), iv = m.interval ? `${signed(m.interval.lo)} \u2026 ${signed(m.interval.hi)} worse (${(m.interval.confidence * 100).toFixed(1)}%, ${m.interval.pairs} pairs, ${(m.interval.ms / 1e3).toFixed(1)} s)` : m.quality && m.comparedWith !== "nothing" && m.comparedWith !== "absolute" ? "exact" : "\u2014";
    out.push(
      `| ${m.metric} ${arrow} | ${fmt(m.baseline)} | ${fmt(m.candidate)} | ${change} | ${iv} | ${threshold} | ${VERDICT_MARK[m.verdict]}: ${m.reason.replace(/\|/g, "\\|")} |`
    );
  }
  let notes = [...d.notes, ...ctx.lines ?? []];
  return notes.length && out.push("", ...notes.map((n) => `- ${n}`)), out.join(`
`) + `
`;
}

export {
  gateAllows,
  isQualityMetric,
  DEFAULT_QUANTIZATION_ALLOWANCE,
  pickBaseline,
  decideGate,
  renderGateMarkdown
};
