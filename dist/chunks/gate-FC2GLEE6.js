import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  storeStageHooks
} from "./chunk-6MKVIXAV.js";
import "./chunk-KGYP6VR4.js";
import {
  LlamaBackend,
  loadSuite,
  measureGeneration
} from "./chunk-B5AHL2K2.js";
import "./chunk-JYLEHFCV.js";
import {
  decideGate,
  pickBaseline,
  quantizationFamily,
  renderGateMarkdown
} from "./chunk-BILUBZBG.js";
import {
  requireEnv
} from "./chunk-DLXUQDVA.js";
import {
  readArtifact,
  readRegistry
} from "./chunk-KTR63WAS.js";
import {
  formatArtifactId
} from "./chunk-TNIQPWLS.js";
import "./chunk-WL2XBJUI.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-KAQZ265V.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-SE6IUDCK.js";

// src/ops/gate.ts
import { createHash } from "node:crypto";
import path from "node:path";

// src/eval/metrics.ts
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
function toHistoryMetrics(m) {
  let out = {};
  for (let [name, s] of Object.entries(m)) out[name] = s.value === null ? null : round(s.value);
  for (let [name, s] of Object.entries(m))
    s.spread !== null && Number.isFinite(s.spread) && (out[`${name}_spread`] = round(s.spread));
  return out;
}
function fromHistoryMetrics(m) {
  let out = {};
  if (!m) return out;
  for (let [name, value] of Object.entries(m)) {
    if (name.endsWith("_spread")) continue;
    let spread = m[`${name}_spread`];
    out[name] = { value: typeof value == "number" ? value : null, spread: typeof spread == "number" ? spread : null, samples: [] };
  }
  return out;
}
function round(v) {
  return Number(v.toPrecision(6));
}

// src/eval/backends/command.ts
import { execFile } from "node:child_process";
var MAX_STDOUT = 1024 * 1024, CommandBackend = class {
  constructor(options) {
    this.options = options;
    if (!Array.isArray(options.argv) || options.argv.length === 0 || !options.argv.every((a) => typeof a == "string"))
      throw new MregError("USAGE", "the command backend needs a command as an array of strings (gate.command in registry/config.json)");
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
            reject(new MregError("EVAL", `command backend: ${shown} ${why}${errOut ? `: ${String(errOut).trim().slice(-500)}` : ""}`, { cause: err }));
          } else resolve(out);
        }
      );
    });
    return { ...EMPTY, extra: parseMetricsOutput(stdout, shown) };
  }
}, EMPTY = { perplexity: null, accuracy: null, latenciesMs: [], generatedTokens: 0, generationMs: 0, loadMs: null };
function parseMetricsOutput(stdout, shown) {
  let text = stdout.trim(), preview = JSON.stringify(text.length > 200 ? text.slice(0, 200) + "..." : text), raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new MregError("EVAL", `command backend: ${shown} must print one JSON object of metrics on stdout, it printed ${preview}`);
  }
  if (!raw || typeof raw != "object" || Array.isArray(raw))
    throw new MregError("EVAL", `command backend: ${shown} printed ${preview}: expected a JSON object like {"perplexity": 9.1, "latency_p50_ms": 120}`);
  let out = {};
  for (let [k, v] of Object.entries(raw)) {
    if (!/^[a-z][a-z0-9_]{0,63}$/.test(k)) throw new MregError("EVAL", `command backend: ${shown} printed metric name ${JSON.stringify(k)}: expected snake_case`);
    if (v !== null && (typeof v != "number" || !Number.isFinite(v)))
      throw new MregError("EVAL", `command backend: ${shown} printed ${k}: ${JSON.stringify(v)}, expected a finite number or null`);
    out[k] = v;
  }
  return out;
}

// src/eval/backends/openai.ts
var OpenAiBackend = class {
  constructor(options) {
    this.options = options;
    if (!options.url) throw new MregError("USAGE", "the openai backend needs a server URL (gate.openai_url in registry/config.json or --openai-url)");
    let u;
    try {
      u = new URL(options.url);
    } catch {
      throw new MregError("USAGE", `openai backend URL ${JSON.stringify(options.url)} is not a URL`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new MregError("USAGE", `openai backend URL ${options.url}: expected http(s)`);
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
    if (!res.ok) throw new MregError("EVAL", `openai backend: POST ${url} answered ${res.status}: ${text.slice(0, 300)}`);
    try {
      let json = JSON.parse(text);
      if (!json || typeof json != "object" || !Array.isArray(json.choices)) throw new Error('no "choices" array');
      return json;
    } catch (err) {
      throw new MregError("EVAL", `openai backend: POST ${url} answered something that is not a completion (${errorMessage(err)}): ${text.slice(0, 200)}`);
    }
  }
  /** Prompt log-probs of the corpus, in chunks; null when the server does not give them. */
  async perplexity(text) {
    let size = this.options.perplexityChunkChars ?? 4e3, sum = 0, n = 0;
    for (let i = 0; i < text.length; i += size) {
      let lp = (await this.complete({ prompt: text.slice(i, i + size), max_tokens: 0, echo: !0, logprobs: 0, temperature: 0 })).choices?.[0]?.logprobs?.token_logprobs;
      if (!Array.isArray(lp) || lp.length === 0) return null;
      for (let v of lp)
        typeof v == "number" && Number.isFinite(v) && (sum += v, n++);
    }
    return n ? { value: Math.exp(-sum / n), tokens: n } : null;
  }
  async runOnce(_target, suite) {
    let perplexity = null, perplexityTokens;
    if (suite.perplexity) {
      let r = await this.perplexity(suite.perplexity.text);
      r ? (perplexity = r.value, perplexityTokens = r.tokens) : this.notes.includes(PPL_NOTE) || this.notes.push(PPL_NOTE);
    }
    let generation = await measureGeneration(suite, async (prompt, maxTokens) => {
      let r = await this.complete({ prompt, max_tokens: maxTokens, temperature: 0 });
      return { text: r.choices?.[0]?.text ?? "", tokens: r.usage?.completion_tokens ?? 0 };
    });
    return { perplexity, perplexityTokens, ...generation, loadMs: null };
  }
}, PPL_NOTE = "openai backend: the server returned no prompt log-probs (echo + logprobs), so perplexity is not available.";

// src/eval/run.ts
function createBackend(name, o = {}) {
  switch (name) {
    case "llama":
      return new LlamaBackend({ gpu: o.gpu, threads: o.threads });
    case "openai":
      return new OpenAiBackend({ url: o.openaiUrl ?? "", model: o.openaiModel, apiKey: o.openaiApiKey ?? process.env.MREG_OPENAI_API_KEY });
    case "command":
      return new CommandBackend({ argv: o.command ?? [], cwd: o.cwd });
    default:
      throw new MregError("USAGE", `unknown eval backend ${JSON.stringify(name)}: expected llama, openai or command`);
  }
}
async function measureSideBySide(suite, candidate, baseline, onProgress) {
  let cs = [], bs = [];
  for (let r = 0; r < suite.repetitions; r++) {
    let order = [["candidate", candidate]];
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

// src/ops/gate.ts
function deviceId(backend, device) {
  return parseInt(createHash("sha256").update(`${backend}|${device}`).digest("hex").slice(0, 12), 16);
}
function stats(m) {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { value: v.value, spread: v.spread }]));
}
function entryId(e) {
  return formatArtifactId({ model: e.model, version: e.version, quantization: e.quantization });
}
function backendOptionsFromConfig(config, repoRoot, o = {}) {
  return { openaiUrl: config.gate.openai_url, command: config.gate.command, cwd: repoRoot, ...o };
}
async function runGate(opts) {
  let t0 = performance.now(), progress = opts.onProgress ?? (() => {
  }), suite = await loadSuite(opts.suitePath ?? path.resolve(opts.repoRoot, opts.config.gate.suite)), backendName = opts.backend ?? opts.config.gate.backend, bopts = backendOptionsFromConfig(opts.config, opts.repoRoot, opts.backendOptions), backend = createBackend(backendName, bopts), notes = [], family = quantizationFamily(opts.candidateQuantization), given = opts.baselineEntry ?? null, givenFits = given !== null && !given.rolled_back && quantizationFamily(given.quantization) === family, chosen = givenFits ? given : pickBaseline(opts.history, opts.env, opts.candidateQuantization);
  given && !givenFits && chosen && notes.push(`The environment runs ${entryId(given)} (${given.quantization}); quality is compared with ${entryId(chosen)}, the latest ${family} deployment.`);
  let baselinePath = null;
  if (chosen) {
    if (opts.baselinePath && (givenFits || opts.baselineEntry === void 0)) baselinePath = opts.baselinePath;
    else if (opts.fetchBaseline)
      try {
        baselinePath = await opts.fetchBaseline(chosen);
      } catch (err) {
        notes.push(`Could not fetch baseline ${entryId(chosen)} to re-measure it (${errorMessage(err)}); using its stored metrics.`);
      }
  }
  let baselineBackend = null, baselineTarget = null;
  chosen && backendName === "openai" ? bopts.baselineOpenaiUrl && (baselineBackend = createBackend("openai", { ...bopts, openaiUrl: bopts.baselineOpenaiUrl }), baselineTarget = bopts.baselineOpenaiUrl) : chosen && baselinePath && (baselineBackend = backend, baselineTarget = baselinePath);
  let candidateTarget = backendName === "openai" ? bopts.openaiUrl ?? "" : opts.candidatePath, measured = await measureSideBySide(
    suite,
    { backend, target: candidateTarget },
    baselineBackend && baselineTarget ? { backend: baselineBackend, target: baselineTarget } : null,
    progress
  ), cand = measured.candidate, hardware = `${cand.backend}|${cand.device}`, candDeviceId = deviceId(cand.backend, cand.device), baseline = null, baselineMetrics = {};
  if (chosen)
    if (measured.baseline)
      baselineMetrics = measured.baseline.metrics, baseline = {
        source: "remeasured",
        id: entryId(chosen),
        historyId: chosen.id,
        quantization: chosen.quantization,
        hardware: `${measured.baseline.backend}|${measured.baseline.device}`,
        metrics: stats(baselineMetrics)
      };
    else {
      baselineMetrics = fromHistoryMetrics(chosen.metrics), delete baselineMetrics.device_id;
      let storedDevice = chosen.metrics?.device_id;
      baseline = {
        source: "history",
        id: entryId(chosen),
        historyId: chosen.id,
        quantization: chosen.quantization,
        hardware: storedDevice === candDeviceId ? hardware : null,
        metrics: stats(baselineMetrics)
      }, chosen.metrics || notes.push(`History entry #${chosen.id} stored no metrics: nothing to compare with.`);
    }
  let decision = decideGate({
    candidate: { metrics: stats(cand.metrics), quantization: opts.candidateQuantization, hardware },
    baseline,
    thresholds: opts.config.gate.metrics,
    defaultMaxRegression: opts.config.gate.default_max_regression
  });
  decision.notes.push(...notes, ...cand.notes);
  let wallMs = Math.round(performance.now() - t0), lines = [
    `backend: ${cand.backend}; device: ${cand.device}${cand.llamaCpp ? `; llama.cpp: ${cand.llamaCpp}` : ""}`,
    `suite: ${suite.name} (sha256 ${suite.sha256.slice(0, 16)}\u2026), ${suite.repetitions} repetitions; \xB1x% = half the spread over them; gate wall time ${(wallMs / 1e3).toFixed(1)} s`
  ], markdown = renderGateMarkdown(decision, {
    title: `Benchmark gate (${opts.env})`,
    candidate: { id: opts.candidateId, metrics: stats(cand.metrics) },
    baseline: baseline ? { id: `${baseline.id}${baseline.source === "history" ? " (stored metrics)" : ""}`, metrics: stats(baselineMetrics) } : null,
    lines
  }), json = {
    verdict: decision.verdict,
    env: opts.env,
    candidate: { id: opts.candidateId, quantization: opts.candidateQuantization, path: opts.candidatePath, metrics: cand.metrics },
    baseline: baseline && chosen ? { id: baseline.id, quantization: baseline.quantization, source: baseline.source, history_id: chosen.id, metrics: baselineMetrics } : null,
    backend: cand.backend,
    device: cand.device,
    llama_cpp: cand.llamaCpp,
    suite: { name: suite.name, file: suite.file, sha256: suite.sha256, repetitions: suite.repetitions },
    metrics: decision.metrics,
    notes: decision.notes,
    wall_ms: wallMs
  };
  return {
    verdict: decision.verdict,
    metrics: { ...toHistoryMetrics(cand.metrics), device_id: candDeviceId },
    markdown,
    json,
    decision
  };
}
async function runSmoke(modelPath, config, opts = {}) {
  let { LlamaBackend: LlamaBackend2 } = await import("./llama-EB23CM6I.js"), suitePath = opts.suitePath ?? (opts.repoRoot ? path.resolve(opts.repoRoot, config.gate.suite) : null), prompts = config.smoke.prompts, maxTokens = 8;
  if (suitePath)
    try {
      let suite = await loadSuite(suitePath);
      prompts ??= suite.smoke.prompts, maxTokens = suite.smoke.maxTokens;
    } catch {
    }
  prompts ??= ["Hello", "The", "Once upon a time"];
  let backend = new LlamaBackend2({ gpu: opts.gpu });
  try {
    let r = await backend.smoke(
      modelPath,
      { name: "smoke", file: "<smoke>", sha256: "", repetitions: 1, contextSize: 256, perplexity: null, accuracy: [], latency: [], latencyRuns: 1, smoke: { prompts, maxTokens } },
      config.smoke.timeout_ms
    );
    return { ...r, detail: r.details.join("; ") };
  } catch (err) {
    if (err instanceof MregError && (err.code === "GGUF" || err.code === "EVAL"))
      return { ok: !1, details: [err.message], detail: err.message };
    throw err;
  }
}
function gateStageHooks(download) {
  return {
    async gate(ctx, a) {
      let { readArtifact: readArtifact2 } = await import("./state-TPV43ALF.js"), report = await runGate({
        candidatePath: a.candidatePath,
        candidateId: formatArtifactId({ model: a.candidate.model, version: a.candidate.version, quantization: a.candidate.quantization }),
        candidateQuantization: a.candidate.quantization,
        baselineEntry: a.baselineEntry,
        history: a.history,
        env: a.env,
        config: ctx.config,
        repoRoot: ctx.root,
        fetchBaseline: download ? async (entry) => {
          let meta = await readArtifact2(ctx.root, { model: entry.model, version: entry.version, quantization: entry.quantization });
          return meta ? (await download(ctx, meta)).path : null;
        } : void 0,
        onProgress: (m) => ctx.logger.info(`gate: ${m}`)
      });
      return { verdict: report.verdict, metrics: report.metrics, markdown: report.markdown, json: report.json };
    },
    async smoke(ctx, modelPath) {
      let r = await runSmoke(modelPath, ctx.config, { repoRoot: ctx.root });
      return { ok: r.ok, detail: r.detail };
    }
  };
}
async function gateVersion(ctx, o) {
  let id = formatArtifactId(o.candidate), { registry } = await readRegistry(ctx.root), current = requireEnv(registry, o.env), store = storeStageHooks(), backend = o.backend ?? ctx.config.gate.backend, candidatePath = o.modelPath;
  if (candidatePath === void 0 && backend !== "openai") {
    let meta = await readArtifact(ctx.root, o.candidate);
    if (!meta) throw new MregError("NOT_FOUND", `artifact ${id} is not registered (no registry/models/${o.candidate.model}/${id}.json)`);
    if (meta.status === "blocked") throw new MregError("BLOCKED", `artifact ${id} is blocked: ${meta.blocked_reason ?? ""}`);
    ctx.logger.info(`fetching ${id} from ${meta.artifact.uri}`), candidatePath = (await store.download(ctx, meta)).path;
  }
  let baselineEntry = current ? registry.history.find((e) => e.id === current.history_id) ?? null : null;
  return runGate({
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
    backendOptions: o.backendOptions,
    fetchBaseline: async (e) => {
      let meta = await readArtifact(ctx.root, { model: e.model, version: e.version, quantization: e.quantization });
      return meta ? (ctx.logger.info(`fetching baseline ${formatArtifactId(e)}`), (await store.download(ctx, meta)).path) : null;
    },
    onProgress: (m) => ctx.logger.info(`gate: ${m}`)
  });
}
export {
  deviceId,
  gateStageHooks,
  gateVersion,
  runGate,
  runSmoke
};
