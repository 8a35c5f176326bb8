import {
  applyConfigMap
} from "./chunk-V6ZNWR6W.js";
import {
  contextOptions,
  table
} from "./chunk-OOPOEU7K.js";
import {
  bool,
  reqStr,
  str
} from "./chunk-EAOWGWAA.js";
import "./chunk-ZBWX5BGC.js";
import {
  abortCanary,
  promoteCanary,
  readCanary,
  setCanaryPercent
} from "./chunk-KDF2RONQ.js";
import "./chunk-MR24QVH3.js";
import {
  medianInterval
} from "./chunk-YUVSAILZ.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-Z3HUOVBA.js";
import {
  syncWithRemote
} from "./chunk-YXUU4W6Y.js";
import "./chunk-DUFEKFER.js";
import "./chunk-7N75Y2IP.js";
import {
  readRegistry
} from "./chunk-ZLBD6LEX.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import {
  openContext
} from "./chunk-57RGRDFE.js";
import "./chunk-OKBEP5SG.js";
import {
  canaryConfig
} from "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/canary/act.ts
var canaryWrites = { setCanaryPercent, promoteCanary, abortCanary };
async function act(ctx, env, decision, o) {
  let writes = o.writes ?? canaryWrites, w = {
    reason: `canary analysis: ${decision.reason}`,
    analysis: decision.record,
    expectVersion: o.canaryVersion
  };
  return o.dryRun || decision.action === "wait" ? { committed: null, result: null } : decision.action === "promote-step" ? { committed: "step", result: await writes.setCanaryPercent(ctx, env, decision.nextPercent, w) } : decision.action === "promote" ? { committed: "promote", result: await writes.promoteCanary(ctx, env, w) } : { committed: "abort", result: await writes.abortCanary(ctx, env, w) };
}
async function readCanaryTarget(ctx, env) {
  await syncWithRemote(ctx);
  let { registry } = await readRegistry(ctx.root, { recent: !0 });
  if (!(env in registry.environments))
    throw new MregError(
      "NOT_FOUND",
      `environment ${JSON.stringify(env)} is not in registry/registry.json (it has ${Object.keys(registry.environments).join(", ")})`
    );
  let c = readCanary(registry, env);
  return c ? {
    environment: env,
    model: c.stable.model,
    stableVersion: c.stable.version,
    canaryVersion: c.canary.version,
    percent: c.canary.percent,
    startedAt: c.canary.started_at
  } : null;
}

// src/canary/decision.ts
function lookConfidence(confidence, look2) {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
  let k = Math.max(1, Math.floor(look2));
  return 1 - (1 - confidence) * 6 / (Math.PI * Math.PI * k * k);
}
function lookAt(elapsedS, intervalS) {
  return Math.max(1, Math.floor(elapsedS / intervalS) + 1);
}
function nextStep(steps, percent) {
  return steps.find((s) => s > percent) ?? null;
}
function confidences(input) {
  let { config } = input, abort = lookConfidence(config.confidence, input.look);
  if (input.elapsedS < config.soak_s) return { abort, pass: null };
  let passLook = input.passLook ?? lookAt(input.elapsedS - config.soak_s, config.interval_s);
  return { abort, pass: lookConfidence(config.confidence, passLook) };
}
function decideCanary(input) {
  let { config, requests } = input, confidence = confidences(input), checks = input.checks.map((m) => judge(m, confidence)), record = { checks, requests, window_s: input.windowS }, out = (action, reason, nextPercent = null) => ({
    action,
    nextPercent,
    reason,
    lookConfidence: confidence.abort,
    passConfidence: confidence.pass,
    record
  });
  if (Math.min(requests.canary, requests.stable) < config.min_requests)
    return out(
      "wait",
      `not sure yet: ${requests.canary} canary and ${requests.stable} stable requests in the window, ${config.min_requests} needed on each side`
    );
  let failed = checks.filter((c) => c.verdict === "fail");
  if (failed.length) return out("abort", `failed: ${failed.map(describe).join("; ")}`);
  if (input.elapsedS < config.soak_s)
    return out("wait", `soaking: ${Math.floor(input.elapsedS)} s of ${config.soak_s} s at ${input.percent}%`);
  let open = checks.filter((c) => c.verdict === "inconclusive");
  if (open.length) return out("wait", `not sure yet: ${open.map(describe).join("; ")}`);
  let next = nextStep(config.steps, input.percent);
  return next === null ? out("promote", `every check passed at ${input.percent}%, the last step`) : out("promote-step", `every check passed at ${input.percent}%; next step ${next}%`, next);
}
function describe(c) {
  let v = (x) => x === null ? "no data" : round(x), iv = c.interval ? ` (difference in [${round(c.interval[0])}, ${round(c.interval[1])}])` : "";
  return `${c.name} ${c.verdict}: canary ${v(c.canary)}, stable ${v(c.stable)}${iv}, threshold ${c.threshold}`;
}
function round(x) {
  return Number(x.toPrecision(4)).toString();
}
function judge(m, confidence) {
  let base = { name: m.name, query: m.query, ...sides(m), threshold: thresholdOf(m) }, atAbort = intervalOf(m, confidence.abort);
  if (atAbort && atAbort[0] > base.threshold) return { ...base, interval: atAbort, verdict: "fail" };
  let atPass = confidence.pass === null ? null : intervalOf(m, confidence.pass);
  return atPass ? { ...base, interval: atPass, verdict: atPass[1] <= base.threshold ? "pass" : "inconclusive" } : { ...base, interval: atAbort, verdict: "inconclusive" };
}
function thresholdOf(m) {
  return m.kind === "proportion" ? m.maxIncrease : m.maxRegression;
}
function sides(m) {
  if (m.kind === "ratio") return { canary: m.canary, stable: m.stable };
  let rate = (s) => s.total > 0 ? s.events / s.total : null;
  return { canary: rate(m.canary), stable: rate(m.stable) };
}
function intervalOf(m, confidence) {
  if (m.kind === "proportion")
    return m.canary.total <= 0 || m.stable.total <= 0 ? null : newcombeInterval(m.canary, m.stable, confidence);
  let iv = medianInterval(
    m.ratios.filter((r) => Number.isFinite(r) && r > 0),
    confidence
  );
  return iv ? m.direction === "lower" ? [iv.lo - 1, iv.hi - 1] : [1 - iv.hi, 1 - iv.lo] : null;
}
function wilsonInterval(events, total, confidence) {
  if (!(total > 0)) return [0, 1];
  let z = normalQuantile(1 - (1 - confidence) / 2), p = Math.min(1, Math.max(0, events / total)), z2 = z * z, centre = (p + z2 / (2 * total)) / (1 + z2 / total), half = z / (1 + z2 / total) * Math.sqrt(p * (1 - p) / total + z2 / (4 * total * total));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
function newcombeInterval(a, b, confidence) {
  let pa = a.events / a.total, pb = b.events / b.total, [la, ua] = wilsonInterval(a.events, a.total, confidence), [lb, ub] = wilsonInterval(b.events, b.total, confidence), d = pa - pb;
  return [d - Math.sqrt((pa - la) ** 2 + (ub - pb) ** 2), d + Math.sqrt((ua - pa) ** 2 + (pb - lb) ** 2)];
}
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs p in (0, 1), got ${p}`);
  let a = [
    -39.69683028665376,
    220.9460984245205,
    -275.9285104469687,
    138.357751867269,
    -30.66479806614716,
    2.506628277459239
  ], b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572], c = [
    -0.007784894002430293,
    -0.3223964580411365,
    -2.400758277161838,
    -2.549732539343734,
    4.374664141464968,
    2.938163982698783
  ], d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416], low = 0.02425;
  if (p < low) {
    let q2 = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q2 + c[1]) * q2 + c[2]) * q2 + c[3]) * q2 + c[4]) * q2 + c[5]) / ((((d[0] * q2 + d[1]) * q2 + d[2]) * q2 + d[3]) * q2 + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  let q = p - 0.5, r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// src/canary/analysis.ts
function selector(t, side, extra = "") {
  let version = side === "canary" ? t.canaryVersion : t.stableVersion, q = (v) => JSON.stringify(v);
  return `{environment=${q(t.environment)},model=${q(t.model)},version=${q(version)}${extra}}`;
}
function builtinQuery(name, sel, w) {
  let inc = (metric) => `sum(increase(${metric}${sel}[${w}s]))`;
  switch (name) {
    case "error_rate":
      return `${inc("mreg_requests_total").replace("}", ',outcome="error"}')} / ${inc("mreg_requests_total")}`;
    case "latency_p95":
      return `histogram_quantile(0.95, sum by (le) (increase(mreg_request_duration_seconds_bucket${sel}[${w}s])))`;
    case "tokens_per_s":
      return `${inc("mreg_generated_tokens_total")} / ${inc("mreg_generation_seconds_total")}`;
  }
  return null;
}
function customQuery(template, t, side, w) {
  return template.replaceAll("$environment", t.environment).replaceAll("$model", t.model).replaceAll("$version", side === "canary" ? t.canaryVersion : t.stableVersion).replaceAll("$role", side).replaceAll("$window", `${w}s`);
}
function windowSeconds(t, now) {
  let started = Date.parse(t.startedAt);
  if (!Number.isFinite(started))
    throw new MregError("PRECONDITION", `the canary's started_at ${JSON.stringify(t.startedAt)} is not a time`);
  return Math.max(1, Math.floor((now.getTime() - started) / 1e3));
}
async function countOf(prom, t, side, w, now, extra = "") {
  let v = await prom.scalar(`sum(increase(mreg_requests_total${selector(t, side, extra)}[${w}s]))`, now);
  return v === null ? 0 : Math.round(v);
}
async function measure(prom, t, check, window, requests) {
  let { w, subWindowS, now } = window;
  if (check.name === "error_rate") {
    let errors = {
      canary: await countOf(prom, t, "canary", w, now, ',outcome="error"'),
      stable: await countOf(prom, t, "stable", w, now, ',outcome="error"')
    };
    return {
      kind: "proportion",
      name: check.name,
      query: builtinQuery("error_rate", selector(t, "canary"), w),
      canary: { events: Math.min(errors.canary, requests.canary), total: requests.canary },
      stable: { events: Math.min(errors.stable, requests.stable), total: requests.stable },
      maxIncrease: check.max_increase ?? 0
    };
  }
  let queryOf = (side, span) => check.query !== void 0 ? customQuery(check.query, t, side, span) : builtinQuery(check.name, selector(t, side), span), canaryQuery = queryOf("canary", w);
  if (canaryQuery === null) throw new MregError("USAGE", `canary check ${check.name} has no query`);
  return {
    kind: "ratio",
    name: check.name,
    query: canaryQuery,
    canary: await prom.scalar(canaryQuery, now),
    stable: await prom.scalar(queryOf("stable", w), now),
    ratios: await windowRatios(prom, (side, span) => queryOf(side, span), w, subWindowS, now),
    direction: check.direction ?? (check.name === "tokens_per_s" ? "higher" : "lower"),
    maxRegression: check.max_regression ?? 0
  };
}
var MAX_PAIRS = 30;
async function windowRatios(prom, queryOf, w, span, now) {
  let ratios = [];
  for (let i = 0; i < Math.min(MAX_PAIRS, Math.floor(w / span)); i++) {
    let at = new Date(now.getTime() - i * span * 1e3), c = await prom.scalar(queryOf("canary", span), at), s = await prom.scalar(queryOf("stable", span), at);
    c !== null && s !== null && c > 0 && s > 0 && ratios.push(c / s);
  }
  return ratios;
}
async function analyseCanary(prom, t, config, o = {}) {
  let now = o.now ?? /* @__PURE__ */ new Date(), w = windowSeconds(t, now), requests = {
    canary: await countOf(prom, t, "canary", w, now),
    stable: await countOf(prom, t, "stable", w, now)
  }, checks = [], window = { w, subWindowS: config.interval_s, now };
  for (let c of config.checks) checks.push(await measure(prom, t, c, window, requests));
  let elapsedS = (now.getTime() - Date.parse(t.startedAt)) / 1e3, look2 = o.look ?? lookAt(elapsedS, config.interval_s), input = { config, percent: t.percent, elapsedS, look: look2, passLook: o.passLook, windowS: w, requests, checks };
  return { ...decideCanary(input), target: t };
}

// src/canary/prometheus-client.ts
var PrometheusClient = class {
  constructor(url, o = {}) {
    this.o = o;
    if (!/^https?:\/\//.test(url))
      throw new MregError("USAGE", `--prometheus expects an http(s) URL, got ${JSON.stringify(url)}`);
    this.base = url.replace(/\/+$/, "");
  }
  base;
  /** The instant vector of `query` at `time` (default: now). */
  async query(query, time) {
    let params = new URLSearchParams({ query });
    time && params.set("time", (time.getTime() / 1e3).toFixed(3));
    let url = `${this.base}/api/v1/query?${params}`, res = await fetch(url, {
      headers: { accept: "application/json", ...this.o.headers },
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 3e4)
    }).catch((err) => {
      throw new MregError(
        "SERVE",
        `Prometheus at ${this.base} did not answer the query ${query}: ${errorMessage(err)}`
      );
    }), text = await res.text(), body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new MregError(
        "SERVE",
        `Prometheus at ${this.base} answered HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`
      );
    }
    if (!res.ok || body.status !== "success")
      throw new MregError("SERVE", `Prometheus refused the query ${query}: ${body.error ?? `HTTP ${res.status}`}`);
    return samplesOf(body.data, query);
  }
  /** The single value of a query that sums to one series; null when it has none (no data yet). */
  async scalar(query, time) {
    let s = await this.query(query, time);
    if (s.length > 1)
      throw new MregError("SERVE", `the query ${query} returned ${s.length} series where one was expected`);
    return s.length && Number.isFinite(s[0].value) ? s[0].value : null;
  }
};
function samplesOf(data, query) {
  if (data?.resultType === "scalar") {
    let [, v] = data.result;
    return [{ metric: {}, value: Number(v) }];
  }
  if (data?.resultType !== "vector" || !Array.isArray(data.result))
    throw new MregError("SERVE", `the query ${query} did not return an instant vector (got ${data?.resultType})`);
  return data.result.map((r) => ({
    metric: r.metric,
    value: Number(r.value[1])
  }));
}

// src/cli/commands/canary-analysis.ts
async function look(args, io, env, prom) {
  let ctx = await openContext(contextOptions(args, io)), config = canaryConfig(ctx.config), target = await readCanaryTarget(ctx, env);
  if (!target) return null;
  let decision = await analyseCanary(prom, target, config), acted = await act(ctx, env, decision, { dryRun: bool(args, "dry-run"), canaryVersion: target.canaryVersion });
  if (acted.committed && bool(args, "k8s-apply")) {
    let r = await applyConfigMap({ repo: io.repo, env, environment: io.env });
    io.log(`ConfigMap ${r.namespace}/${r.name} ${r.outcome} (history id ${r.history_id})`);
  }
  return { target, decision, acted };
}
function lookText(l, dryRun) {
  let { target: t, decision: d } = l, n = (x) => x === null ? "-" : Number(x.toPrecision(4)), done = dryRun && d.action !== "wait" ? " (dry run: nothing committed)" : l.acted.committed ? " (committed)" : "";
  return [
    `${t.environment}: ${t.model} ${t.canaryVersion} at ${t.percent}% against ${t.stableVersion}, window ${d.record.window_s} s, requests ${d.record.requests.canary} canary / ${d.record.requests.stable} stable, confidence per look ${n(d.lookConfidence)} to abort, ${d.passConfidence === null ? "none yet" : n(d.passConfidence)} to pass`,
    `decision: ${d.action}${d.nextPercent !== null ? ` to ${d.nextPercent}%` : ""}${done}: ${d.reason}`,
    table(
      ["check", "canary", "stable", "interval", "threshold", "verdict"],
      d.record.checks.map((c) => [
        c.name,
        n(c.canary),
        n(c.stable),
        c.interval ? `[${n(c.interval[0])}, ${n(c.interval[1])}]` : "-",
        c.threshold,
        c.verdict
      ])
    )
  ].join(`
`);
}
function lookJson(l) {
  return {
    target: l.target,
    action: l.decision.action,
    nextPercent: l.decision.nextPercent,
    reason: l.decision.reason,
    lookConfidence: l.decision.lookConfidence,
    passConfidence: l.decision.passConfidence,
    analysis: l.decision.record,
    committed: l.acted.committed
  };
}
var NO_CANARY = (env) => ({ text: `${env} has no canary`, json: { env, action: null } });
function sleep(ms, signal) {
  return new Promise((resolve) => {
    let t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: !0 });
  });
}
async function watch(args, io, env, prom) {
  let dryRun = bool(args, "dry-run"), forever = bool(args, "keep-watching"), last = null;
  for (; !io.signal.aborted; ) {
    let l = await look(args, io, env, prom);
    if (l) {
      last = l, io.stdout(
        io.json ? JSON.stringify(lookJson(l)) + `
` : `${(/* @__PURE__ */ new Date()).toISOString()} ${lookText(l, dryRun)}

`
      );
      let a = l.decision.action;
      if ((a === "promote" || a === "abort" || dryRun && a !== "wait") && !forever) return { text: `${env}: ${a}${dryRun ? " (dry run)" : ""}`, json: lookJson(l) };
    } else if (!forever) return last ? { text: lookText(last, dryRun), json: lookJson(last) } : NO_CANARY(env);
    let ctx = await openContext(contextOptions(args, io));
    await sleep(canaryConfig(ctx.config).interval_s * 1e3, io.signal);
  }
  return { text: `${env}: stopped`, json: last ? lookJson(last) : { env, action: null } };
}
async function runCanaryAnalysis(sub, args, io) {
  let env = reqStr(args, "env", `canary ${sub}`), url = str(args, "prometheus") || io.env.MREG_PROMETHEUS_URL;
  if (!url) throw new MregError("USAGE", `mreg canary ${sub}: --prometheus URL (or $MREG_PROMETHEUS_URL) is required`);
  let prom = new PrometheusClient(url);
  if (sub === "watch") return watch(args, io, env, prom);
  let l = await look(args, io, env, prom);
  return l ? { text: lookText(l, bool(args, "dry-run")), json: lookJson(l) } : NO_CANARY(env);
}
export {
  runCanaryAnalysis
};
