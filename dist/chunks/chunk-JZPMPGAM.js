import {
  DEFAULT_SEQUENTIAL,
  decidePaired,
  projectedPairs,
  regressionLogRatios,
  sequentialPlan
} from "./chunk-YUVSAILZ.js";
import {
  decideGate,
  gateAllows,
  isQualityMetric,
  pickBaseline,
  renderGateMarkdown
} from "./chunk-YLWCWBCQ.js";
import {
  storeStageHooks
} from "./chunk-SFJKREPF.js";
import {
  LlamaBackend,
  loadSuite,
  matches,
  runSession
} from "./chunk-R6KNFTBF.js";
import {
  readArtifact,
  readRegistry
} from "./chunk-ZLBD6LEX.js";
import {
  entryOf,
  requireEnv,
  requireUsable
} from "./chunk-S2HYHD6V.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunk-6XFSSTIM.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/ops/gate.ts
import { createHash } from "node:crypto";
import path from "node:path";

// src/eval/backends/command-backend.ts
import { execFile } from "node:child_process";
var MAX_STDOUT = 1024 * 1024, CommandBackend = class {
  constructor(options) {
    this.options = options;
    if (!Array.isArray(options.argv) || options.argv.length === 0 || !options.argv.every((a) => typeof a == "string"))
      throw new MregError(
        "USAGE",
        "the command backend needs a command as an array of strings (gate.command in registry/config.json)"
      );
  }
  name = "command";
  repetition = 0;
  async describe() {
    return { device: this.options.device ?? `command: ${this.options.argv[0]}`, llamaCpp: null };
  }
  async runOnce(target, suite) {
    let rep = this.repetition++, fill = (a) => a.replaceAll("{model}", target).replaceAll("{suite}", suite.file).replaceAll("{repetition}", String(rep)), [file, ...args] = this.options.argv.map(fill), shown = [file, ...args].join(" "), stdout = await new Promise((resolve, reject) => {
      execFile(
        file,
        args,
        {
          shell: !1,
          cwd: this.options.cwd,
          timeout: this.options.timeoutMs ?? 6e5,
          maxBuffer: MAX_STDOUT,
          env: { ...process.env, MREG_MODEL: target, MREG_SUITE: suite.file, MREG_REPETITION: String(rep) },
          encoding: "utf8"
        },
        (err, out, errOut) => {
          if (err) {
            let e = err, why = e.killed ? "timed out" : e.code === "ENOENT" ? "not found" : `failed (${e.code ?? e.message})`;
            reject(
              new MregError(
                "EVAL",
                `command backend: ${shown} ${why}${errOut ? `: ${String(errOut).trim().slice(-500)}` : ""}`,
                { cause: err }
              )
            );
          } else resolve(out);
        }
      );
    });
    return { ...EMPTY, extra: parseMetricsOutput(stdout, shown) };
  }
}, EMPTY = {
  perplexity: null,
  accuracy: null,
  latenciesMs: [],
  generatedTokens: 0,
  generationMs: 0,
  loadMs: null
};
function parseMetricsOutput(stdout, shown) {
  let text = stdout.trim(), preview = JSON.stringify(text.length > 200 ? text.slice(0, 200) + "..." : text), raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new MregError(
      "EVAL",
      `command backend: ${shown} must print one JSON object of metrics on stdout, it printed ${preview}`
    );
  }
  if (!raw || typeof raw != "object" || Array.isArray(raw))
    throw new MregError(
      "EVAL",
      `command backend: ${shown} printed ${preview}: expected a JSON object like {"perplexity": 9.1, "latency_p50_ms": 120}`
    );
  let out = {};
  for (let [k, v] of Object.entries(raw)) {
    if (!/^[a-z][a-z0-9_]{0,63}$/.test(k))
      throw new MregError(
        "EVAL",
        `command backend: ${shown} printed metric name ${JSON.stringify(k)}: expected snake_case`
      );
    if (v !== null && (typeof v != "number" || !Number.isFinite(v)))
      throw new MregError(
        "EVAL",
        `command backend: ${shown} printed ${k}: ${JSON.stringify(v)}, expected a finite number or null`
      );
    out[k] = v;
  }
  return out;
}

// src/eval/backends/openai.ts
var OpenAiBackend = class {
  constructor(options) {
    this.options = options;
    if (!options.url)
      throw new MregError(
        "USAGE",
        "the openai backend needs a server URL (gate.openai_url in registry/config.json, or given for this run)"
      );
    let u;
    try {
      u = new URL(options.url);
    } catch {
      throw new MregError("USAGE", `openai backend URL ${JSON.stringify(options.url)} is not a URL`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:")
      throw new MregError("USAGE", `openai backend URL ${options.url}: expected http(s)`);
    this.base = options.url.replace(/\/+$/, "").replace(/\/v1$/, "") + "/v1";
  }
  name = "openai";
  base;
  notes = [];
  async describe() {
    return { device: `remote: ${new URL(this.base).host}`, llamaCpp: null };
  }
  async complete(body) {
    let url = `${this.base}/completions`, res;
    try {
      res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}
        },
        body: JSON.stringify({ model: this.options.model ?? "default", ...body }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 12e4)
      });
    } catch (err) {
      throw new MregError("EVAL", `openai backend: POST ${url} failed: ${errorMessage(err)}`, { cause: err });
    }
    let text = await res.text();
    if (!res.ok)
      throw new MregError("EVAL", `openai backend: POST ${url} answered ${res.status}: ${text.slice(0, 300)}`);
    try {
      let json = JSON.parse(text);
      if (!json || typeof json != "object" || !Array.isArray(json.choices)) throw new Error('no "choices" array');
      return json;
    } catch (err) {
      throw new MregError(
        "EVAL",
        `openai backend: POST ${url} answered something that is not a completion (${errorMessage(err)}): ${text.slice(0, 200)}`
      );
    }
  }
  /** Prompt log-probs of the corpus, in chunks; null when the server does not give them. */
  async perplexity(text) {
    let size = this.options.perplexityChunkChars ?? 4e3, sum = 0, n = 0;
    for (let i = 0; i < text.length; i += size) {
      let lp = (await this.complete({
        prompt: text.slice(i, i + size),
        max_tokens: 0,
        echo: !0,
        logprobs: 0,
        temperature: 0
      })).choices?.[0]?.logprobs?.token_logprobs;
      if (!Array.isArray(lp) || lp.length === 0) return null;
      for (let v of lp)
        typeof v == "number" && Number.isFinite(v) && (sum += v, n++);
    }
    return n ? { value: Math.exp(-sum / n), tokens: n } : null;
  }
  async runOnce(target, suite) {
    return runSession(await this.open(target, suite), suite);
  }
  /**
   * `ignore_eos` asks for exactly max_tokens tokens, so that a timed pair does the same work on both
   * sides: llama-server, vLLM and `mreg serve` honour it on /v1/completions (the route used here); a
   * server that ignores it times natural lengths.
   */
  async generate(prompt, maxTokens, ignoreEos = !1) {
    let r = await this.complete({
      prompt,
      max_tokens: maxTokens,
      temperature: 0,
      seed: 0,
      ...ignoreEos ? { ignore_eos: !0 } : {}
    });
    return { text: r.choices?.[0]?.text ?? "", tokens: r.usage?.completion_tokens ?? 0 };
  }
  /** The served model as a gate session (the server already loaded it: no load time). */
  async open(_target, suite) {
    return {
      loadMs: null,
      quality: async () => {
        let perplexity = null, perplexityTokens;
        if (suite.perplexity) {
          let r = await this.perplexity(suite.perplexity.text);
          r ? (perplexity = r.value, perplexityTokens = r.tokens) : this.notes.includes(PPL_NOTE) || this.notes.push(PPL_NOTE);
        }
        let accuracy = null;
        if (suite.accuracy.length) {
          let ok = 0;
          for (let item of suite.accuracy)
            matches(item, (await this.generate(item.prompt, item.maxTokens)).text) && ok++;
          accuracy = ok / suite.accuracy.length;
        }
        return { perplexity, perplexityTokens, accuracy };
      },
      generate: (prompt, maxTokens) => this.generate(prompt, maxTokens),
      generateTimed: (prompt, tokens) => this.generate(prompt, tokens, !0),
      close: async () => {
      }
    };
  }
}, PPL_NOTE = "openai backend: the server returned no prompt log-probs (echo + logprobs), so perplexity is not available.";

// src/eval/suite-metrics.ts
function percentile(values, p) {
  if (values.length === 0) return null;
  let s = [...values].sort((a, b) => a - b), rank = p / 100 * (s.length - 1), lo = Math.floor(rank), hi = Math.ceil(rank);
  return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}
function summarize(samples) {
  let finite = samples.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { value: null, spread: null, samples: [] };
  let median = percentile(finite, 50), spread = null;
  if (finite.length >= 2) {
    let range = Math.max(...finite) - Math.min(...finite);
    spread = range === 0 ? 0 : median === 0 ? 1 / 0 : range / Math.abs(median);
  }
  return { value: median, spread, samples: finite };
}
function sampleMetrics(s) {
  return { ...{
    perplexity: s.perplexity,
    accuracy: s.accuracy,
    latency_p50_ms: percentile(s.latenciesMs, 50),
    latency_p95_ms: percentile(s.latenciesMs, 95),
    tokens_per_s: s.generationMs > 0 && s.generatedTokens > 0 ? s.generatedTokens / (s.generationMs / 1e3) : null,
    load_ms: s.loadMs
  }, ...s.extra ?? {} };
}
function aggregate(samples) {
  let per = samples.map(sampleMetrics), names = new Set(per.flatMap((m) => Object.keys(m))), out = {};
  for (let name of names)
    out[name] = summarize(per.map((m) => m[name]).filter((v) => typeof v == "number"));
  return out;
}

// src/eval/paired.ts
var SERIES = {
  latency_p50_ms: { series: "latency", direction: "lower" },
  tokens_per_s: { series: "throughput", direction: "higher" }
};
function isPairedMetric(name) {
  return name in SERIES;
}
function sideValuesOf(samples) {
  let ms = samples.map((s) => s.ms), tokens = samples.reduce((a, s) => a + s.tokens, 0), total = ms.reduce((a, b) => a + b, 0);
  return {
    latency_p50_ms: percentile(ms, 50),
    latency_p95_ms: percentile(ms, 95),
    tokens_per_s: total > 0 && tokens > 0 ? tokens / (total / 1e3) : null
  };
}
async function timedGeneration(s, prompt, maxTokens) {
  let t = performance.now(), r = await s.generateTimed(prompt, maxTokens);
  return { ms: performance.now() - t, tokens: r.tokens };
}
async function samplePair(s, index) {
  let p = s.suite.latency[index % s.suite.latency.length];
  index % 2 === 0 ? (s.cs.push(await timedGeneration(s.candidate, p.prompt, p.maxTokens)), s.bs.push(await timedGeneration(s.baseline, p.prompt, p.maxTokens))) : (s.bs.push(await timedGeneration(s.baseline, p.prompt, p.maxTokens)), s.cs.push(await timedGeneration(s.candidate, p.prompt, p.maxTokens)));
}
function look(s, looks, final, record = !0) {
  let ratios = {
    latency: regressionLogRatios(
      s.cs.map((x) => x.ms),
      s.bs.map((x) => x.ms),
      "lower"
    ),
    throughput: regressionLogRatios(
      s.cs.map((x) => x.tokens / x.ms),
      s.bs.map((x) => x.tokens / x.ms),
      "higher"
    )
  }, open = [];
  for (let m of s.wanted) {
    if (s.decided.has(m.name)) continue;
    let d = decidePaired({
      logRatios: ratios[SERIES[m.name].series],
      maxRegression: m.maxRegression,
      confidence: s.o.confidence,
      looks
    });
    record && (d.verdict !== "undecided" || final) && s.decided.set(m.name, { decision: d, exhausted: d.verdict === "undecided", ms: performance.now() - s.t0 }), d.verdict === "undecided" && open.push(d);
  }
  return open;
}
function makePlan(s, pairs, open) {
  let o = s.o, pairMs = (performance.now() - s.t0) / Math.max(1, pairs), needed = Math.max(pairs, ...open.map(projectedPairs)), maxBudgetMs = Math.max(o.budgetMs, o.maxBudgetMs ?? o.budgetMs), allowMs = Math.min(
    maxBudgetMs,
    Math.max(o.budgetMs, Number.isFinite(needed) ? needed * pairMs * 1.25 : maxBudgetMs)
  ), hopeless = Number.isFinite(needed) ? needed * pairMs > 3 * maxBudgetMs : !1, deadline = (o.startedAt ?? s.t0) + allowMs, maxPairs = Math.max(
    pairs,
    Math.min(o.maxPairs, pairs + Math.floor(Math.max(0, deadline - performance.now()) / pairMs))
  ), plan = sequentialPlan({ maxPairs, confidence: o.confidence }), neededText = Number.isFinite(needed) ? `about ${needed}` : "an unknown number of", text = `after ${pairs} pairs (${(pairMs / 1e3).toFixed(2)} s each): ${neededText} pairs to decide; ` + (hopeless ? `more than 3 times the most this gate spends (${(maxBudgetMs / 1e3).toFixed(0)} s) if the first pairs' spread holds; sampling on for up to ${(allowMs / 1e3).toFixed(0)} s, since a spread from few pairs is wide` : `allowing ${(allowMs / 1e3).toFixed(0)} s (budget ${(o.budgetMs / 1e3).toFixed(0)} s, at most ${(maxBudgetMs / 1e3).toFixed(0)} s): up to ${maxPairs} pairs, ${plan.maxLooks} looks at ${(plan.lookConfidence * 100).toFixed(3)}% each`);
  return { plan, deadline, maxPairs, hopeless, text };
}
async function warmUp(suite, candidate, baseline) {
  let p0 = suite.latency[0];
  await candidate.generateTimed(p0.prompt, p0.maxTokens), await baseline.generateTimed(p0.prompt, p0.maxTokens);
}
function swapPoints(firstLook, plannedPairs) {
  let first = 2 * Math.ceil(firstLook / 4);
  if (plannedPairs === null) return [first];
  let back = 2 * Math.ceil((plannedPairs / 2 + first) / 2);
  return back < plannedPairs ? [first, back] : [first];
}
async function swapLoads(s, pairs) {
  let t = performance.now(), next = await s.o.swapLoadOrder();
  s.candidate = next.candidate, s.baseline = next.baseline, await warmUp(s.suite, s.candidate, s.baseline);
  let ms = performance.now() - t;
  return s.t0 += ms, s.swaps.push(`after ${pairs} pairs (${(ms / 1e3).toFixed(1)} s)`), s.o.onProgress?.(`load order swapped after ${pairs} pairs: both models reloaded (${(ms / 1e3).toFixed(1)} s)`), ms;
}
async function measurePaired(suite, candidate, baseline, o) {
  let s = {
    suite,
    candidate,
    baseline,
    o,
    wanted: o.metrics.filter((m) => isPairedMetric(m.name)),
    cs: [],
    bs: [],
    decided: /* @__PURE__ */ new Map(),
    t0: performance.now(),
    swaps: []
  }, result = (pairs2, stopped, plan2) => ({
    paired: Object.fromEntries(s.decided),
    candidate: sideValuesOf(s.cs),
    baseline: sideValuesOf(s.bs),
    pairs: pairs2,
    ms: performance.now() - s.t0,
    stopped,
    plan: [plan2, s.swaps.length ? `load order swapped ${s.swaps.join(" and ")}, both models reloaded` : null].filter(Boolean).join("; ") || null
  });
  if (suite.latency.length === 0) return result(0, "no-prompts", null);
  await warmUp(suite, candidate, baseline);
  let plan = sequentialPlan({ maxPairs: Math.min(o.maxPairs, DEFAULT_SEQUENTIAL.minPairs), confidence: o.confidence }), lookAt = new Set(plan.lookAt), deadline = (o.startedAt ?? s.t0) + o.budgetMs, maxPairs = Math.min(o.maxPairs, DEFAULT_SEQUENTIAL.minPairs), planText = null, swapAt = o.swapLoadOrder ? swapPoints(DEFAULT_SEQUENTIAL.minPairs, null) : [], pairs = 0;
  for (; s.decided.size < s.wanted.length; ) {
    if (await samplePair(s, pairs++), planText === null && pairs >= maxPairs && maxPairs < o.maxPairs) {
      let p = makePlan(s, pairs, look(s, DEFAULT_SEQUENTIAL.maxLooks, !1, !1));
      o.onProgress?.(`sampling plan: ${p.text}`), planText = p.text, { plan, deadline, maxPairs } = p, lookAt = new Set(plan.lookAt), o.swapLoadOrder && (swapAt = swapPoints(DEFAULT_SEQUENTIAL.minPairs, maxPairs));
    }
    let outOfTime = performance.now() >= deadline;
    if (lookAt.has(pairs) || outOfTime || pairs >= maxPairs) {
      let final = outOfTime || pairs >= maxPairs;
      if (look(s, plan.maxLooks, final), !final && lookAt.has(pairs) && o.onProgress?.(`${pairs} pairs, ${s.decided.size}/${s.wanted.length} performance metrics decided`), final)
        return result(
          pairs,
          s.decided.size === s.wanted.length && [...s.decided.values()].every((d) => !d.exhausted) ? "decided" : outOfTime ? "budget" : "max-pairs",
          planText
        );
    }
    swapAt.includes(pairs) && (deadline += await swapLoads(s, pairs));
  }
  return result(pairs, "decided", planText);
}
async function measureAlone(suite, session, rounds = 3) {
  let samples = [];
  for (let r = 0; r < rounds; r++)
    for (let p of suite.latency) samples.push(await timedGeneration(session, p.prompt, p.maxTokens));
  return sideValuesOf(samples);
}

// src/eval/blocks.ts
async function block(suite, s) {
  let samples = [];
  for (let p of suite.latency) {
    let t = performance.now(), r = await s.generateTimed(p.prompt, p.maxTokens);
    samples.push({ ms: performance.now() - t, tokens: r.tokens });
  }
  return { ms: samples.reduce((a, x) => a + x.ms, 0), tokens: samples.reduce((a, x) => a + x.tokens, 0), samples };
}
var SERIES2 = {
  latency_p50_ms: { direction: "lower", value: (b) => b.ms },
  tokens_per_s: { direction: "higher", value: (b) => b.tokens / b.ms }
};
async function qualityOnly(sides) {
  for (let side of ["candidate", "baseline"]) {
    let session = await sides.open(side);
    try {
      await sides.quality(side, session);
    } finally {
      await session.close();
    }
  }
}
function decideAtLook(l) {
  for (let m of l.wanted) {
    if (l.decided.has(m.name)) continue;
    let f = SERIES2[m.name], ratios = regressionLogRatios(
      l.blocks.candidate.slice(0, l.n).map(f.value),
      l.blocks.baseline.slice(0, l.n).map(f.value),
      f.direction
    ), d = decidePaired({
      logRatios: ratios,
      maxRegression: m.maxRegression,
      confidence: l.confidence,
      looks: l.looks
    });
    (d.verdict !== "undecided" || l.final) && l.decided.set(m.name, { decision: d, exhausted: d.verdict === "undecided", ms: performance.now() - l.t0 });
  }
}
async function measureInBlocks(suite, sides, o) {
  let t0 = performance.now(), deadline = (o.startedAt ?? t0) + Math.max(o.budgetMs, o.maxBudgetMs ?? o.budgetMs), blocks = { candidate: [], baseline: [] }, wanted = o.metrics.filter((m) => isPairedMetric(m.name)), decided = /* @__PURE__ */ new Map(), plan = sequentialPlan({
    maxPairs: Math.max(1, Math.min(o.maxPairs, 64)),
    minPairs: 4,
    batchPairs: 2,
    confidence: o.confidence
  }), values = (side) => sideValuesOf(blocks[side].flatMap((b) => b.samples)), result = (stopped, skipped) => ({
    paired: Object.fromEntries(decided),
    candidate: values("candidate"),
    baseline: values("baseline"),
    pairs: Math.min(blocks.candidate.length, blocks.baseline.length),
    ms: performance.now() - t0,
    stopped,
    plan: `one model at a time: block pairs of ${suite.latency.length} prompts each, looks after ${plan.lookAt.join(", ")} block pairs`,
    ...skipped ? { skipped } : {}
  });
  if (wanted.length === 0 || suite.latency.length === 0)
    return await qualityOnly(sides), result(suite.latency.length === 0 ? "no-prompts" : "decided");
  let held = { current: null };
  try {
    for (let i = 0; ; i++) {
      let side = i % 4 === 0 || i % 4 === 3 ? "candidate" : "baseline";
      if (held.current?.side !== side && (await held.current?.session.close(), held.current = null, o.onProgress?.(`one model at a time: loading the ${side}`), held.current = { side, session: await sides.open(side) }, blocks[side].length === 0 && await sides.quality(side, held.current.session), i === 1)) {
        let skip = sides.skip();
        if (skip) return result("decided", skip);
      }
      let session = held.current.session;
      blocks[side].length === 0 && await session.generateTimed(suite.latency[0].prompt, suite.latency[0].maxTokens), blocks[side].push(await block(suite, session));
      let n = Math.min(blocks.candidate.length, blocks.baseline.length), outOfTime = performance.now() >= deadline, final = outOfTime || n >= plan.lookAt[plan.lookAt.length - 1];
      if (blocks.candidate.length === blocks.baseline.length && (plan.lookAt.includes(n) || final) && (decideAtLook({ wanted, blocks, n, final, decided, confidence: o.confidence, looks: plan.maxLooks, t0 }), decided.size === wanted.length))
        return result(
          final && [...decided.values()].some((d) => d.exhausted) ? outOfTime ? "budget" : "max-pairs" : "decided"
        );
    }
  } finally {
    await held.current?.session.close();
  }
}

// src/eval/run-suite.ts
function createBackend(name, o = {}) {
  switch (name) {
    case "llama":
      return new LlamaBackend({
        gpu: o.gpu,
        threads: o.threads,
        adapterBases: o.adapterBases,
        memoryLimit: o.memoryLimit
      });
    case "openai":
      return new OpenAiBackend({ url: o.openaiUrl ?? "", model: o.openaiModel, apiKey: o.openaiApiKey });
    case "command":
      return new CommandBackend({ argv: o.command ?? [], cwd: o.cwd });
    default:
      throw new MregError("USAGE", `unknown eval backend ${JSON.stringify(name)}: expected llama, openai or command`);
  }
}
async function measureSideBySide(suite, candidate, baseline, onProgress) {
  let cs = [], bs = [];
  for (let r = 0; r < suite.repetitions; r++) {
    let order = [
      ["candidate", candidate]
    ];
    baseline && (r % 2 === 0 ? order.push.bind(order) : order.unshift.bind(order))(["baseline", baseline]);
    for (let [which, side] of order)
      onProgress?.(`repetition ${r + 1}/${suite.repetitions}: ${which} ${side.target}`), (which === "candidate" ? cs : bs).push(await side.backend.runOnce(side.target, suite));
  }
  let result = async (side, samples) => ({
    backend: side.backend.name,
    ...await side.backend.describe(),
    target: side.target,
    metrics: aggregate(samples),
    repetitions: samples.length,
    notes: [...side.backend.notes ?? []]
  });
  return { candidate: await result(candidate, cs), baseline: baseline ? await result(baseline, bs) : null };
}
async function measureOneAtATime(suite, candidate, baseline, o) {
  let q = { candidate: null, baseline: null }, tq = { ms: 0 }, r = await measureInBlocks(
    suite,
    {
      open: (side) => (side === "candidate" ? candidate : baseline).open((side === "candidate" ? candidate : baseline).target, suite),
      quality: async (side, s) => {
        let t = performance.now();
        q[side] = await qualityOf(s), tq.ms += performance.now() - t;
      },
      skip: () => q.candidate && q.baseline ? o.skipPerformance?.(q.candidate, q.baseline) ?? null : null
    },
    o
  );
  return {
    candidate: withSide(q.candidate ?? {}, r.candidate),
    baseline: withSide(q.baseline ?? {}, r.baseline),
    paired: r.paired,
    pairs: r.pairs,
    ms: r.ms,
    stopped: r.stopped,
    plan: r.plan,
    qualityMs: tq.ms,
    ...r.skipped ? { performanceSkipped: r.skipped } : {}
  };
}
async function qualityOf(session) {
  let q = await session.quality();
  return { perplexity: q.perplexity, accuracy: q.accuracy, load_ms: session.loadMs };
}
function withSide(quality, perf) {
  return { ...quality, ...perf };
}
var SWAP_RELOAD_SHARE = 0.1;
function swapLoadOrder(open, candidate, baseline, suite, o) {
  if (!((open.c?.loadMs ?? NaN) + (open.b?.loadMs ?? NaN) <= SWAP_RELOAD_SHARE * Math.max(o.budgetMs, o.maxBudgetMs ?? 0))) return;
  let candidateFirst = !0;
  return async () => {
    for (let k of ["c", "b"]) {
      let session = open[k];
      open[k] = null, await session?.close();
    }
    candidateFirst = !candidateFirst;
    let openers = { c: candidate, b: baseline };
    for (let k of candidateFirst ? ["c", "b"] : ["b", "c"])
      open[k] = await openers[k].open(openers[k].target, suite);
    return { candidate: open.c, baseline: open.b };
  };
}
async function measureUnpaired(suite, candidate, baseline, o) {
  let r = await measureSideBySide(suite, candidate, baseline, o.onProgress), values = (e) => Object.fromEntries(Object.entries(e.metrics).map(([k, v]) => [k, v.value]));
  return {
    candidate: values(r.candidate),
    baseline: r.baseline ? values(r.baseline) : null,
    paired: {},
    pairs: 0,
    ms: 0
  };
}
async function measureGateRun(suite, candidate, baseline, o) {
  let openCandidate = candidate.backend.open?.bind(candidate.backend), openBaseline = baseline ? baseline.backend.open?.bind(baseline.backend) : void 0;
  if (!openCandidate || baseline && !openBaseline) return measureUnpaired(suite, candidate, baseline, o);
  if (baseline && openBaseline && candidate.backend.fitsTogether && candidate.backend === baseline.backend) {
    let check = await candidate.backend.fitsTogether([candidate.target, baseline.target], suite);
    if (o.onProgress?.(check.text), candidate.backend.notes?.push(check.text), !check.fits)
      return measureOneAtATime(
        suite,
        { open: openCandidate, target: candidate.target },
        { open: openBaseline, target: baseline.target },
        o
      );
  }
  o.onProgress?.(`loading candidate ${candidate.target}`);
  let c = await openCandidate(candidate.target, suite), open = { c, b: null };
  try {
    baseline && openBaseline && (o.onProgress?.(`loading baseline ${baseline.target}`), open.b = await openBaseline(baseline.target, suite));
    let b = open.b;
    o.onProgress?.("quality: perplexity and accuracy, once per side");
    let tq = performance.now(), cq = await qualityOf(c), bq = b ? await qualityOf(b) : null, qualityMs = performance.now() - tq;
    if (!b || !bq)
      return { candidate: withSide(cq, await measureAlone(suite, c)), baseline: null, paired: {}, pairs: 0, ms: 0 };
    let skip = o.skipPerformance?.(cq, bq);
    if (skip)
      return o.onProgress?.(`performance: not sampled (${skip})`), {
        candidate: withSide(cq, await measureAlone(suite, c, 1)),
        baseline: withSide(bq, await measureAlone(suite, b, 1)),
        paired: {},
        pairs: 0,
        ms: 0,
        qualityMs,
        performanceSkipped: skip
      };
    o.onProgress?.("performance: sampling candidate/baseline pairs");
    let swap = swapLoadOrder(
      open,
      { open: openCandidate, target: candidate.target },
      { open: openBaseline, target: baseline.target },
      // b is open: both exist
      suite,
      o
    ), p = await measurePaired(suite, c, b, { ...o, ...swap ? { swapLoadOrder: swap } : {} });
    return {
      candidate: withSide(cq, p.candidate),
      baseline: withSide(bq, p.baseline),
      paired: p.paired,
      pairs: p.pairs,
      ms: p.ms,
      stopped: p.stopped,
      plan: p.plan,
      qualityMs
    };
  } finally {
    await open.c?.close(), await open.b?.close();
  }
}

// src/ops/gate.ts
function deviceId(backend, device) {
  return parseInt(createHash("sha256").update(`${backend}|${device}`).digest("hex").slice(0, 12), 16);
}
function entryId(e) {
  return formatArtifactId({ model: e.model, version: e.version, quantization: e.quantization });
}
function backendOptionsFromConfig(config, repoRoot, o = {}) {
  return { openaiUrl: config.gate.openai_url, command: config.gate.command, cwd: repoRoot, ...o };
}
var DEFAULT_BUDGET_S = 30, BUDGET_STRETCH = 3, DEFAULT_MAX_PAIRS = 1200;
async function chooseBaseline(opts, notes) {
  let family = quantizationFamily(opts.candidateQuantization), given = opts.baselineEntry ?? null, givenFits = given !== null && !given.rolled_back && quantizationFamily(given.quantization) === family, sameFamily = givenFits ? given : pickBaseline(opts.history, opts.env, opts.candidateQuantization), chosen = sameFamily ?? (given && !given.rolled_back ? given : null);
  if (given && !givenFits && sameFamily && notes.push(
    `The environment runs ${entryId(given)} (${given.quantization}); the candidate is compared with ${entryId(sameFamily)}, the latest ${family} deployment.`
  ), !chosen) return { chosen, path: null };
  if (opts.baselinePath && chosen === given) return { chosen, path: opts.baselinePath };
  if (!opts.fetchBaseline) return { chosen, path: null };
  try {
    return { chosen, path: await opts.fetchBaseline(chosen) };
  } catch (err) {
    return notes.push(
      `Could not fetch baseline ${entryId(chosen)} to re-measure it (${errorMessage(err)}); using its stored quality figures.`
    ), { chosen, path: null };
  }
}
function chooseAdapterBaseline(a, notes) {
  return notes.push(a.note), a.live ? {
    choice: { id: entryId(a.live.entry), quantization: a.base.quantization, entry: a.live.entry },
    path: a.live.path
  } : { choice: { id: a.base.id, quantization: a.base.quantization, entry: null }, path: a.base.path };
}
function roundMetrics(m) {
  return Object.fromEntries(
    Object.entries(m).map(([k, v]) => [k, v === null || !Number.isFinite(v) ? null : Number(v.toPrecision(6))])
  );
}
async function gateTargets(opts, backendName, bopts, notes) {
  let chosen, baselinePath, candidateQuantization = opts.adapter ? opts.adapter.base.quantization : opts.candidateQuantization;
  if (opts.adapter) {
    if (backendName !== "llama")
      throw new MregError(
        "USAGE",
        `LoRA adapters are gated with the llama backend (base + adapter in process), not ${backendName}: set gate.backend to llama`
      );
    let a = chooseAdapterBaseline(opts.adapter, notes);
    chosen = a.choice, baselinePath = a.path, bopts.adapterBases = {
      [opts.candidatePath]: opts.adapter.base.path,
      ...opts.adapter.live ? { [opts.adapter.live.path]: opts.adapter.base.path } : {}
    };
  } else {
    let c = await chooseBaseline(opts, notes);
    chosen = c.chosen ? { id: entryId(c.chosen), quantization: c.chosen.quantization, entry: c.chosen } : null, baselinePath = c.path;
  }
  let baselineBackend = null, baselineTarget = null;
  chosen && backendName === "openai" ? bopts.baselineOpenaiUrl && (baselineBackend = createBackend("openai", { ...bopts, openaiUrl: bopts.baselineOpenaiUrl }), baselineTarget = bopts.baselineOpenaiUrl) : chosen && baselinePath && (baselineTarget = baselinePath);
  let backend = createBackend(backendName, bopts);
  baselineBackend === null && baselineTarget !== null && (baselineBackend = backend);
  let candidateTarget = backendName === "openai" ? bopts.openaiUrl ?? "" : opts.candidatePath;
  return {
    chosen,
    candidateQuantization,
    backend,
    candidate: { backend, target: candidateTarget },
    baseline: baselineBackend && baselineTarget ? { backend: baselineBackend, target: baselineTarget } : null
  };
}
function gateBaseline(chosen, measured, hardware, notes) {
  if (!chosen) return null;
  let stored = { ...chosen.entry?.metrics ?? {} };
  return delete stored.device_id, !measured.baseline && chosen.entry && !chosen.entry.metrics && notes.push(`History entry #${chosen.entry.id} stored no metrics: nothing to compare with.`), {
    source: measured.baseline ? "remeasured" : "history",
    id: chosen.id,
    ...chosen.entry ? { historyId: chosen.entry.id } : {},
    quantization: chosen.quantization,
    hardware: measured.baseline ? hardware : null,
    metrics: measured.baseline ?? Object.fromEntries(Object.entries(stored).filter(([k]) => !k.endsWith("_spread")))
  };
}
var STOPPED = {
  decided: "stopped: every performance metric decided",
  budget: "stopped: the time allowed ran out first",
  "max-pairs": "stopped: the pair cap was reached first",
  projected: "stopped early: the first pairs showed the verdict could not come in the time this gate spends",
  "no-prompts": "stopped: the suite has no latency prompts"
};
function samplingLine(measured, budgetS, maxPairs, confidence) {
  let quality = measured.qualityMs !== void 0 ? `quality ${(measured.qualityMs / 1e3).toFixed(1)} s (both sides); ` : "";
  return measured.pairs ? `${quality}performance: ${measured.pairs} candidate/baseline pairs in ${(measured.ms / 1e3).toFixed(1)} s (budget ${budgetS} s, stretched up to ${budgetS * BUDGET_STRETCH} s when the plan needs it, at most ${maxPairs} pairs), intervals at ${(confidence * 100).toFixed(0)}% overall confidence across the sequential looks` + (measured.plan ? `; plan ${measured.plan}` : "") + (measured.stopped ? `; ${STOPPED[measured.stopped]}` : "") : `${quality}performance: no pairs sampled`;
}
function gateReport(r) {
  let {
    opts,
    suite,
    backendName,
    desc,
    measured,
    baseline,
    chosen,
    decision,
    wallMs,
    budgetS,
    maxPairs,
    confidence
  } = r, lines = [
    `backend: ${backendName}; device: ${desc.device}${desc.llamaCpp ? `; llama.cpp: ${desc.llamaCpp}` : ""}`,
    `suite: ${suite.name} (sha256 ${suite.sha256.slice(0, 16)}\u2026); quality measured once per side (deterministic); ${samplingLine(measured, budgetS, maxPairs, confidence)}; gate wall time ${(wallMs / 1e3).toFixed(1)} s`
  ], markdown = renderGateMarkdown(decision, {
    title: `Benchmark gate (${opts.env})`,
    candidate: { id: opts.candidateId },
    baseline: baseline ? { id: `${baseline.id}${baseline.source === "history" ? " (stored metrics)" : ""}` } : null,
    lines
  }), policy = opts.config.gate.inconclusive ?? "block", allowed = gateAllows(decision.verdict, policy), json = {
    verdict: decision.verdict,
    allowed,
    inconclusive_policy: policy,
    env: opts.env,
    candidate: {
      id: opts.candidateId,
      quantization: opts.candidateQuantization,
      path: opts.candidatePath,
      metrics: roundMetrics(measured.candidate)
    },
    baseline: baseline && chosen ? {
      id: baseline.id,
      quantization: baseline.quantization,
      source: baseline.source,
      history_id: chosen.entry?.id ?? null,
      metrics: roundMetrics(baseline.metrics)
    } : null,
    backend: backendName,
    device: desc.device,
    llama_cpp: desc.llamaCpp,
    suite: { name: suite.name, file: suite.file, sha256: suite.sha256 },
    sampling: {
      pairs: measured.pairs,
      ms: Math.round(measured.ms),
      budget_s: budgetS,
      max_budget_s: budgetS * BUDGET_STRETCH,
      max_pairs: maxPairs,
      confidence,
      quality_ms: measured.qualityMs === void 0 ? null : Math.round(measured.qualityMs),
      plan: measured.plan ?? null,
      stopped: measured.stopped ?? null
    },
    metrics: decision.metrics,
    notes: decision.notes,
    wall_ms: wallMs
  };
  return { markdown, json, allowed };
}
function performanceMetrics(gateConfig) {
  return Object.entries(gateConfig.metrics).filter(([name, th]) => !isQualityMetric(name, th)).map(([name, th]) => ({ name, maxRegression: th.max_regression ?? gateConfig.default_max_regression }));
}
function qualityGate(opts, t, cq, bq) {
  let gateConfig = opts.config.gate;
  return decideGate({
    candidate: { metrics: cq, quantization: t.candidateQuantization, hardware: null },
    baseline: {
      metrics: bq,
      quantization: t.chosen?.quantization ?? opts.candidateQuantization,
      hardware: null,
      source: "remeasured",
      id: ""
    },
    thresholds: Object.fromEntries(
      Object.entries(gateConfig.metrics).filter(([name, th]) => isQualityMetric(name, th))
    ),
    defaultMaxRegression: gateConfig.default_max_regression,
    allowances: gateConfig.quantization_allowance
  });
}
async function runGate(opts) {
  let t0 = performance.now(), gateConfig = opts.config.gate, suite = await loadSuite(opts.suitePath ?? path.resolve(opts.repoRoot, gateConfig.suite)), backendName = opts.backend ?? gateConfig.backend, bopts = backendOptionsFromConfig(opts.config, opts.repoRoot, opts.backendOptions), notes = [], budgetS = gateConfig.budget_s ?? DEFAULT_BUDGET_S, maxPairs = gateConfig.max_pairs ?? DEFAULT_MAX_PAIRS, confidence = gateConfig.confidence ?? DEFAULT_SEQUENTIAL.confidence, t = await gateTargets(opts, backendName, bopts, notes), measured = await measureGateRun(suite, t.candidate, t.baseline, {
    metrics: performanceMetrics(gateConfig),
    // The budget is the performance sampling's (quality is measured first, once, whatever it
    // costs); the plan may stretch it when the measured pairs show the verdict needs more.
    budgetMs: budgetS * 1e3,
    maxBudgetMs: budgetS * BUDGET_STRETCH * 1e3,
    maxPairs,
    confidence,
    onProgress: opts.onProgress,
    // A candidate that already failed on quality (exact) is refused whatever its speed: do not
    // spend the performance budget on it.
    skipPerformance: (cq, bq) => qualityGate(opts, t, cq, bq).verdict === "fail" ? "quality already failed, so performance cannot change the verdict" : null
  }), desc = await t.backend.describe(), hardware = `${backendName}|${desc.device}`, baseline = gateBaseline(t.chosen, measured, hardware, notes), decision = decideGate({
    candidate: { metrics: measured.candidate, quantization: t.candidateQuantization, hardware },
    baseline,
    paired: measured.paired,
    thresholds: gateConfig.metrics,
    defaultMaxRegression: gateConfig.default_max_regression,
    allowances: gateConfig.quantization_allowance,
    performanceSkipped: measured.performanceSkipped
  });
  decision.notes.push(...notes, ...t.backend.notes ?? []);
  let wallMs = Math.round(performance.now() - t0), { markdown, json, allowed } = gateReport({
    opts,
    suite,
    backendName,
    desc,
    measured,
    baseline,
    chosen: t.chosen,
    decision,
    wallMs,
    budgetS,
    maxPairs,
    confidence
  });
  return {
    verdict: decision.verdict,
    allowed,
    metrics: { ...roundMetrics(measured.candidate), device_id: deviceId(backendName, desc.device) },
    markdown,
    json,
    decision
  };
}
async function adapterGateInputs(ctx, candidate, liveEntry, fetch2) {
  let id = formatArtifactId(candidate);
  if (!candidate.base) throw new MregError("SCHEMA", `${id} is a LoRA adapter without a base in its metadata (#/base)`);
  let baseMeta = await readArtifact(ctx.root, parseArtifactId(candidate.base.id));
  if (!baseMeta) throw new MregError("NOT_FOUND", `${id}: its base ${candidate.base.id} is not registered`);
  let base = { id: candidate.base.id, quantization: baseMeta.quantization, path: await fetch2(baseMeta) }, live = liveEntry && !liveEntry.rolled_back ? liveEntry : null, liveMeta = live ? await readArtifact(ctx.root, { model: live.model, version: live.version, quantization: live.quantization }) : null;
  if (live && liveMeta?.kind === "lora" && liveMeta.base?.id === candidate.base.id)
    return {
      base,
      live: { entry: live, path: await fetch2(liveMeta) },
      note: `Adapter gate: base ${base.id} + ${id} against base ${base.id} + ${entryId(live)}, the environment's live adapter on the same base.`
    };
  let why = live ? formatArtifactId(live) === base.id ? `the environment runs ${base.id} alone` : `the environment runs ${entryId(live)}, not on this base` : "the environment runs nothing";
  return { base, live: null, note: `Adapter gate: base ${base.id} + ${id} against ${base.id} alone (${why}).` };
}
async function runSmoke(modelPath, config, opts = {}) {
  let { LlamaBackend: LlamaBackend2 } = await import("./llama-WTPQFZZG.js"), suitePath = opts.suitePath ?? (opts.repoRoot ? path.resolve(opts.repoRoot, config.gate.suite) : null), prompts = config.smoke.prompts, maxTokens = 8;
  if (suitePath)
    try {
      let suite = await loadSuite(suitePath);
      prompts ??= suite.smoke.prompts, maxTokens = suite.smoke.maxTokens;
    } catch {
    }
  prompts ??= ["Hello", "The", "Once upon a time"];
  let backend = new LlamaBackend2({
    gpu: opts.gpu,
    threads: opts.threads,
    adapterBases: opts.adapterBase ? { [modelPath]: opts.adapterBase } : void 0
  });
  try {
    let r = await backend.smoke(
      modelPath,
      {
        name: "smoke",
        file: "<smoke>",
        sha256: "",
        repetitions: 1,
        contextSize: 256,
        perplexity: null,
        accuracy: [],
        latency: [],
        latencyRuns: 1,
        smoke: { prompts, maxTokens }
      },
      config.smoke.timeout_ms
    );
    return { ...r, detail: r.details.join("; ") };
  } catch (err) {
    if (err instanceof MregError && (err.code === "GGUF" || err.code === "EVAL"))
      return { ok: !1, details: [err.message], detail: err.message };
    throw err;
  }
}
function settingsBackendOptions(ctx) {
  let s = ctx.settings;
  return {
    ...s.gpu !== void 0 ? { gpu: s.gpu } : {},
    ...s.threads !== void 0 ? { threads: s.threads } : {},
    ...s.openaiApiKey ? { openaiApiKey: s.openaiApiKey } : {}
  };
}
function gateStageHooks(download) {
  return {
    async gate(ctx, a) {
      let adapter = a.candidate.kind === "lora" ? await adapterGateInputs(ctx, a.candidate, a.baselineEntry, async (meta) => {
        if (!download)
          throw new MregError(
            "USAGE",
            "an adapter is gated on its base, and this build cannot download artifacts"
          );
        return (await download(ctx, meta)).path;
      }) : void 0, report = await runGate({
        adapter,
        candidatePath: a.candidatePath,
        candidateId: formatArtifactId({
          model: a.candidate.model,
          version: a.candidate.version,
          quantization: a.candidate.quantization
        }),
        candidateQuantization: a.candidate.quantization,
        baselineEntry: a.baselineEntry,
        history: a.history,
        env: a.env,
        config: ctx.config,
        repoRoot: ctx.root,
        fetchBaseline: download ? async (entry) => {
          let meta = await readArtifact(ctx.root, {
            model: entry.model,
            version: entry.version,
            quantization: entry.quantization
          });
          return meta ? (await download(ctx, meta)).path : null;
        } : void 0,
        backendOptions: settingsBackendOptions(ctx),
        onProgress: (m) => ctx.logger.info(`gate: ${m}`)
      });
      return { verdict: report.verdict, metrics: report.metrics, markdown: report.markdown, json: report.json };
    },
    async smoke(ctx, modelPath, meta) {
      let adapterBase;
      if (meta?.kind === "lora") {
        let baseMeta = meta.base ? await readArtifact(ctx.root, parseArtifactId(meta.base.id)) : null;
        if (!baseMeta || !download)
          return {
            ok: !1,
            detail: `${formatArtifactId(meta)}: its base ${meta.base?.id ?? "(none)"} cannot be fetched to apply the adapter to`
          };
        adapterBase = (await download(ctx, baseMeta)).path;
      }
      let r = await runSmoke(modelPath, ctx.config, {
        repoRoot: ctx.root,
        gpu: ctx.settings.gpu,
        threads: ctx.settings.threads,
        adapterBase
      });
      return { ok: r.ok, detail: r.detail };
    }
  };
}
async function gateVersion(ctx, o) {
  let id = formatArtifactId(o.candidate), { registry } = await readRegistry(ctx.root), current = requireEnv(registry, o.env), store = storeStageHooks(), backend = o.backend ?? ctx.config.gate.backend, candidatePath = o.modelPath;
  if (candidatePath === void 0 && backend !== "openai") {
    let meta = requireUsable(o.candidate, await readArtifact(ctx.root, o.candidate));
    ctx.logger.info(`fetching ${id} from ${meta.artifact.uri}`), candidatePath = (await store.download(ctx, meta)).path;
  }
  let baselineEntry = entryOf(registry, current), candidateMeta = await readArtifact(ctx.root, o.candidate), adapter = candidateMeta?.kind === "lora" ? await adapterGateInputs(ctx, candidateMeta, baselineEntry, async (m) => (await store.download(ctx, m)).path) : void 0;
  return runGate({
    adapter,
    candidatePath: candidatePath ?? "",
    // openai: measured at the server, nothing local
    candidateId: id,
    candidateQuantization: o.candidate.quantization,
    baselineEntry,
    history: registry.history,
    env: o.env,
    config: ctx.config,
    repoRoot: ctx.root,
    suitePath: o.suitePath,
    backend: o.backend,
    backendOptions: { ...settingsBackendOptions(ctx), ...o.backendOptions },
    fetchBaseline: async (e) => {
      let meta = await readArtifact(ctx.root, { model: e.model, version: e.version, quantization: e.quantization });
      return meta ? (ctx.logger.info(`fetching baseline ${formatArtifactId(e)}`), (await store.download(ctx, meta)).path) : null;
    },
    onProgress: (m) => ctx.logger.info(`gate: ${m}`)
  });
}

export {
  deviceId,
  runGate,
  adapterGateInputs,
  runSmoke,
  gateStageHooks,
  gateVersion
};
