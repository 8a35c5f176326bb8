import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);

// src/core/gate.ts
var QUALITY_DEFAULT = /* @__PURE__ */ new Set(["perplexity", "accuracy"]);
function isQualityMetric(name, threshold) {
  return threshold?.quality ?? QUALITY_DEFAULT.has(name);
}
function quantizationFamily(quantization) {
  let q = quantization.trim().toLowerCase(), k = /^q(\d)_k(?:_([sml]))?$/.exec(q);
  return k ? `q${k[1]}k${k[2] ?? ""}` : q;
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
function decideMetric(name, t, input) {
  let quality = isQualityMetric(name, t), maxRegression = t.max_regression ?? input.defaultMaxRegression, c = input.candidate.metrics[name], cand = c?.value ?? null, row = {
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
    comparedWith: "nothing",
    verdict: "skipped",
    reason: ""
  };
  if (cand === null || !Number.isFinite(cand))
    return row.reason = "not measured by this backend", row;
  if (t.absolute !== void 0) {
    let broken = t.direction === "lower" ? cand > t.absolute : cand < t.absolute;
    if (row.comparedWith = "absolute", broken)
      return row.verdict = "fail", row.reason = `${t.direction === "lower" ? "above the ceiling" : "below the floor"} ${t.absolute}`, row;
    row.verdict = "pass", row.reason = `within the absolute limit ${t.absolute}`;
  }
  let b = input.baseline, comparable = !1, why = "";
  if (b ? quality && quantizationFamily(b.quantization) !== quantizationFamily(input.candidate.quantization) ? why = `baseline is ${b.quantization}, another quantization family` : !quality && (b.hardware === null || input.candidate.hardware === null || b.hardware !== input.candidate.hardware) ? why = b.hardware === null ? "baseline hardware unknown" : `baseline measured on other hardware (${b.hardware})` : b.metrics[name]?.value === null || b.metrics[name]?.value === void 0 ? why = "baseline has no value" : comparable = !0 : why = "no baseline in this environment", !comparable)
    return row.verdict === "skipped" ? row.reason = `${why}; no absolute limit configured` : row.reason += ` (${why})`, row;
  let base = b.metrics[name].value;
  row.baseline = base, row.comparedWith = "baseline";
  let change = base === 0 ? cand === 0 ? 0 : Math.sign(cand) * (1 / 0) : (cand - base) / Math.abs(base), regression = t.direction === "lower" ? change : -change, noise = Math.max(c?.spread ?? 0, b.metrics[name].spread ?? 0);
  row.change = change, row.regression = regression, row.noise = noise;
  let absFailed = row.verdict === "fail", v, reason;
  return noise <= maxRegression ? (v = regression > maxRegression ? "fail" : "pass", reason = v === "fail" ? `worse by ${mag(regression)}, more than ${mag(maxRegression)}` : regression > 0 ? `worse by ${mag(regression)}, within ${mag(maxRegression)}` : "not worse") : regression > maxRegression + noise ? (v = "fail", reason = `worse by ${mag(regression)}, beyond the threshold plus the spread ${mag(noise)}`) : regression < -noise ? (v = "pass", reason = `better by ${mag(regression)}, beyond the spread ${mag(noise)}`) : (v = "inconclusive", reason = `spread ${mag(noise)} is larger than the threshold ${mag(maxRegression)}`), row.verdict = absFailed ? "fail" : v, row.reason = reason, row;
}
function decideGate(input) {
  let notes = [], b = input.baseline;
  b ? (notes.push(
    b.source === "remeasured" ? `Baseline ${b.id} re-measured side by side in this run.` : `Baseline ${b.id}: metrics stored in history entry #${b.historyId ?? "?"} (its artifact was not re-measured).`
  ), quantizationFamily(b.quantization) !== quantizationFamily(input.candidate.quantization) && notes.push(`Baseline quantization ${b.quantization} differs from the candidate's ${input.candidate.quantization}: quality metrics are not compared.`), b.hardware !== input.candidate.hardware && notes.push("Baseline was measured on other or unknown hardware: latency and throughput are not compared.")) : notes.push("No comparable baseline (no earlier deployment of this quantization family in the environment): only absolute limits apply.");
  let metrics = Object.entries(input.thresholds).map(([name, t]) => decideMetric(name, t, input));
  return { verdict: metrics.some((m) => m.verdict === "fail") ? "fail" : metrics.some((m) => m.verdict === "inconclusive") ? "inconclusive" : "pass", metrics, notes };
}
function fmt(v, spread) {
  if (v === null) return "n/a";
  if (v === 0) return "0";
  let s = Math.abs(v) >= 1e3 ? v.toFixed(0) : Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(3).replace(/\.?0+$/, "") : v.toPrecision(3);
  return spread ? `${s} \xB1${(spread * 50).toFixed(1)}%` : s;
}
var VERDICT_MARK = { pass: "pass", fail: "**FAIL**", inconclusive: "inconclusive", skipped: "skipped" };
function renderGateMarkdown(d, ctx = {}) {
  let out = [], head = ctx.title ?? "Benchmark gate", who = ctx.candidate ? ` for \`${ctx.candidate.id}\`` : "", vs = ctx.baseline ? ` vs \`${ctx.baseline.id}\`` : "";
  out.push(`### ${head}: ${d.verdict.toUpperCase()}${who}${vs}`, ""), out.push("| metric | baseline | candidate | change | threshold | verdict |", "|---|---:|---:|---:|---:|---|");
  for (let m of d.metrics) {
    let bs = ctx.baseline?.metrics?.[m.metric]?.spread ?? null, cs = ctx.candidate?.metrics?.[m.metric]?.spread ?? null, arrow = m.direction === "lower" ? "\u2193" : "\u2191", threshold = `${mag(m.maxRegression)}${m.absolute !== null ? `, ${m.direction === "lower" ? "\u2264" : "\u2265"} ${m.absolute}` : ""}`;
    out.push(
      `| ${m.metric} ${arrow} | ${fmt(m.baseline, bs)} | ${fmt(m.candidate, cs)} | ${m.change === null ? "\u2014" : pct(m.change)} | ${threshold} | ${VERDICT_MARK[m.verdict]}: ${m.reason.replace(/\|/g, "\\|")} |`
    );
  }
  let notes = [...d.notes, ...ctx.lines ?? []];
  return notes.length && out.push("", ...notes.map((n) => `- ${n}`)), out.join(`
`) + `
`;
}

// src/gguf/format.ts
var GGUF_MAGIC = 1179993927, GGUF_VERSION = 3, GGUF_DEFAULT_ALIGNMENT = 32;
var VALUE_TYPE_SIZE = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8
};
var GGML_TYPE_LAYOUT = {
  0: { block: 1, bytes: 4, name: "F32" },
  1: { block: 1, bytes: 2, name: "F16" },
  2: { block: 32, bytes: 18, name: "Q4_0" },
  3: { block: 32, bytes: 20, name: "Q4_1" },
  6: { block: 32, bytes: 22, name: "Q5_0" },
  7: { block: 32, bytes: 24, name: "Q5_1" },
  8: { block: 32, bytes: 34, name: "Q8_0" },
  10: { block: 256, bytes: 84, name: "Q2_K" },
  11: { block: 256, bytes: 110, name: "Q3_K" },
  12: { block: 256, bytes: 144, name: "Q4_K" },
  13: { block: 256, bytes: 176, name: "Q5_K" },
  14: { block: 256, bytes: 210, name: "Q6_K" },
  24: { block: 1, bytes: 1, name: "I8" },
  25: { block: 1, bytes: 2, name: "I16" },
  26: { block: 1, bytes: 4, name: "I32" },
  27: { block: 1, bytes: 8, name: "I64" },
  28: { block: 1, bytes: 8, name: "F64" },
  30: { block: 1, bytes: 2, name: "BF16" }
}, FILE_TYPE_QUANTIZATION = {
  0: "f32",
  1: "f16",
  2: "q4_0",
  3: "q4_1",
  7: "q8_0",
  8: "q5_0",
  9: "q5_1",
  10: "q2k",
  11: "q3ks",
  12: "q3km",
  13: "q3kl",
  14: "q4ks",
  15: "q4km",
  16: "q5ks",
  17: "q5km",
  18: "q6k",
  19: "iq2_xxs",
  20: "iq2_xs",
  21: "q2ks",
  22: "iq3_xs",
  23: "iq3_xxs",
  24: "iq1_s",
  25: "iq4_nl",
  26: "iq3_s",
  27: "iq3_m",
  28: "iq2_s",
  29: "iq2_m",
  30: "iq4_xs",
  31: "iq1_m",
  32: "bf16",
  36: "tq1_0",
  37: "tq2_0",
  38: "mxfp4_moe"
};
function quantizationForFileType(fileType) {
  return FILE_TYPE_QUANTIZATION[fileType];
}
function normalizeQuantization(quantization) {
  return quantizationFamily(quantization);
}

export {
  quantizationFamily,
  pickBaseline,
  decideGate,
  renderGateMarkdown,
  GGUF_MAGIC,
  GGUF_VERSION,
  GGUF_DEFAULT_ALIGNMENT,
  VALUE_TYPE_SIZE,
  GGML_TYPE_LAYOUT,
  quantizationForFileType,
  normalizeQuantization
};
