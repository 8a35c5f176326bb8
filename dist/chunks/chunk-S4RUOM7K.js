import {
  abortCanary,
  promoteCanary,
  readCanary,
  setCanaryPercent
} from "./chunk-PPZBBYQD.js";
import {
  medianInterval
} from "./chunk-YUVSAILZ.js";
import {
  syncWithRemote
} from "./chunk-YXUU4W6Y.js";
import {
  readRegistry
} from "./chunk-ZLBD6LEX.js";
import {
  canaryConfig
} from "./chunk-GMYYM25C.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

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
function lookConfidence(confidence, look) {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
  let k = Math.max(1, Math.floor(look));
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
function subWindowSeconds(windowS, intervalS) {
  return Math.max(intervalS, Math.ceil(windowS / MAX_PAIRS));
}
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
  }, checks = [], window = { w, subWindowS: subWindowSeconds(w, config.interval_s), now };
  for (let c of config.checks) checks.push(await measure(prom, t, c, window, requests));
  let elapsedS = (now.getTime() - Date.parse(t.startedAt)) / 1e3, look = o.look ?? lookAt(elapsedS, config.interval_s), input = { config, percent: t.percent, elapsedS, look, passLook: o.passLook, windowS: w, requests, checks };
  return { ...decideCanary(input), target: t };
}

// src/canary/check.ts
async function checkCanary(ctx, env, prom, o) {
  let config = canaryConfig(ctx.config), target = await readCanaryTarget(ctx, env);
  if (!target) return null;
  let decision = await analyseCanary(prom, target, config), acted = await act(ctx, env, decision, { dryRun: o.dryRun, canaryVersion: target.canaryVersion });
  return { target, decision, acted };
}

export {
  checkCanary
};
