import {
  checkSourceUnchanged,
  planPointerChange
} from "./chunk-AZWLCOPS.js";
import {
  commitChange,
  syncWithRemote
} from "./chunk-YXUU4W6Y.js";
import {
  abortCanary,
  canaryRef,
  checkCanaryPercent,
  promoteAsCanary,
  promoteCanary,
  setCanary,
  startCanary
} from "./chunk-OUA4VDMS.js";
import {
  checkExpectCurrent,
  requireEnv
} from "./chunk-S2HYHD6V.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/canary.ts
function judged(registry, env, o) {
  let c = requireEnv(registry, env)?.canary;
  if (o.expectVersion !== void 0 && c && c.version !== o.expectVersion)
    throw new MregError(
      "CONFLICT",
      `the canary of ${env} is now ${c.version}, not ${o.expectVersion} as decided; nothing was changed`
    );
  return registry;
}
function analysisVerdict(a) {
  return a ? a.checks.some((c) => c.verdict === "fail") ? "fail" : a.checks.length && a.checks.every((c) => c.verdict === "pass") ? "pass" : "inconclusive" : "manual";
}
function num(v) {
  return v === null ? "none" : String(Number(v.toPrecision(6)));
}
function canaryMessage(percent, a, trailers = {}) {
  let lines = (a?.checks ?? []).map(
    (c) => `check ${c.name}: ${c.verdict}, canary ${num(c.canary)}, stable ${num(c.stable)}, interval ${c.interval ? `[${num(c.interval[0])}, ${num(c.interval[1])}]` : "none"}, threshold ${num(c.threshold)}; query: ${c.query}`
  );
  return {
    subjectSuffix: percent > 0 && percent < 100 ? ` at ${percent}%` : "",
    bodyLines: a ? [
      `analysis over ${a.window_s} s: ${a.requests.canary} canary and ${a.requests.stable} stable requests`,
      ...lines
    ] : [],
    trailers: {
      "Mreg-Canary-Percent": percent,
      "Mreg-Canary-Verdict": analysisVerdict(a),
      "Mreg-Canary-Requests": a ? `canary=${a.requests.canary} stable=${a.requests.stable}` : void 0,
      ...trailers
    }
  };
}
function inputOf(ctx, o) {
  return { actor: ctx.actor, reason: o.reason, now: ctx.now(), ...o.analysis ? { analysis: o.analysis } : {} };
}
async function commitCanaryStart(ctx, o) {
  return commitChange(
    ctx,
    () => planPointerChange(
      ctx,
      (registry, lookup) => {
        checkExpectCurrent(registry, o.env, o.expectCurrent);
        let now = requireEnv(registry, o.env)?.history_id ?? null;
        if (o.gatedAgainst !== void 0 && now !== o.gatedAgainst)
          throw new MregError(
            "CONFLICT",
            `${o.env} changed while the gate ran (now history entry ${now ?? "none"}); the verdict is about an older baseline, so no canary was started: run the deploy again`
          );
        return startCanary(registry, o.env, o.ref, o.percent, lookup, {
          ...inputOf(ctx, { reason: o.reason ?? null }),
          metrics: o.metrics ?? null,
          gate: o.gate
        });
      },
      canaryMessage(o.percent, void 0, { "Mreg-Gate-Skipped": o.skipGateReason })
    )
  );
}
async function commitCanaryPromotion(ctx, o) {
  return commitChange(
    ctx,
    () => planPointerChange(
      ctx,
      (registry, lookup) => {
        checkExpectCurrent(registry, o.to, o.expectCurrent);
        let t = promoteAsCanary(registry, o.from, o.to, ctx.config.environments, o.percent, lookup, {
          ...inputOf(ctx, { reason: o.reason ?? null }),
          gate: o.skipGateReason !== void 0 ? "skipped" : void 0
        });
        return checkSourceUnchanged(o, t.entry), t;
      },
      canaryMessage(o.percent, void 0, {
        "Mreg-From-Environment": o.from,
        "Mreg-Gate-Skipped": o.skipGateReason
      })
    )
  );
}
async function setCanaryPercent(ctx, env, percent, o) {
  return percent === 100 ? promoteCanary2(ctx, env, o) : (checkCanaryPercent(percent), await syncWithRemote(ctx), commitChange(
    ctx,
    () => planPointerChange(
      ctx,
      (registry) => setCanary(judged(registry, env, o), env, percent, inputOf(ctx, o)),
      canaryMessage(percent, o.analysis)
    )
  ));
}
async function promoteCanary2(ctx, env, o) {
  return await syncWithRemote(ctx), commitChange(
    ctx,
    () => planPointerChange(
      ctx,
      (registry, lookup) => promoteCanary(judged(registry, env, o), env, lookup, inputOf(ctx, o)),
      canaryMessage(100, o.analysis)
    )
  );
}
async function abortCanary2(ctx, env, o) {
  return await syncWithRemote(ctx), commitChange(
    ctx,
    () => planPointerChange(
      ctx,
      (registry) => abortCanary(judged(registry, env, o), env, inputOf(ctx, o)),
      canaryMessage(0, o.analysis)
    )
  );
}
async function moveCanaryByHand(ctx, env, op, o) {
  let reason = o.reason ?? (op === "set" ? `canary to ${o.percent}%` : `canary ${op} by hand`);
  if (op === "promote") return promoteCanary2(ctx, env, { reason });
  if (op === "abort") return abortCanary2(ctx, env, { reason });
  if (o.percent === void 0) throw new MregError("USAGE", "canary set: expected a percent");
  return setCanaryPercent(ctx, env, o.percent, { reason });
}
function readCanary(registry, env) {
  let p = requireEnv(registry, env);
  if (!p?.canary) return null;
  let ref = canaryRef(p, p.canary);
  return {
    env,
    stable: { model: p.model, version: p.version, quantization: p.quantization },
    canary: {
      version: ref.version,
      quantization: ref.quantization,
      percent: p.canary.percent,
      started_at: p.canary.started_at
    }
  };
}

export {
  analysisVerdict,
  commitCanaryStart,
  commitCanaryPromotion,
  setCanaryPercent,
  promoteCanary2 as promoteCanary,
  abortCanary2 as abortCanary,
  moveCanaryByHand,
  readCanary
};
