import {
  gateRecordOf,
  nextHistoryId,
  refOf
} from "./chunk-OKGDWLLR.js";
import {
  checkNoCanary,
  checkPromotionOrder,
  entryOf,
  requireEnv,
  requireUsable,
  sameArtifact
} from "./chunk-S2HYHD6V.js";
import {
  findEntry
} from "./chunk-XTZAVCCL.js";
import {
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/core/canary.ts
import { createHash } from "node:crypto";
var GOLDEN = (Math.sqrt(5) - 1) / 2;
function instancePosition(instance) {
  let ordinal = /-(\d{1,9})$/.exec(instance);
  if (ordinal) return (Number(ordinal[1]) + 1) * GOLDEN % 1;
  let h = createHash("sha256").update(instance).digest();
  return Number(h.readBigUInt64BE(0)) / 2 ** 64;
}
function canaryRole(instance, percent) {
  return !percent || percent <= 0 ? "stable" : percent >= 100 || instancePosition(instance) < percent / 100 ? "canary" : "stable";
}
function checkCanaryPercent(percent, what = "canary percent") {
  if (!Number.isInteger(percent) || percent < 1 || percent > 99) {
    let hint = percent === 100 ? " (100% is a promotion of the canary)" : percent === 0 ? " (0% is an abort of the canary)" : "";
    throw new MregError("USAGE", `${what} must be an integer from 1 to 99, got ${JSON.stringify(percent)}${hint}`);
  }
  return percent;
}
function canaryRef(pointer, canary) {
  return { model: pointer.model, version: canary.version, quantization: canary.quantization };
}
function canaryAsPointer(pointer, canary) {
  return { ...canaryRef(pointer, canary), history_id: canary.history_id };
}
function requireCanary(registry, env, verb) {
  let p = requireEnv(registry, env);
  if (!p?.canary)
    throw new MregError(
      "PRECONDITION",
      `${env} has no canary to ${verb}${p ? ` (it runs ${formatArtifactId(p)} alone)` : " (nothing is deployed)"}; nothing was changed`
    );
  return p;
}
function entryFor(registry, env, ref, action, stable, input) {
  return {
    id: nextHistoryId(registry),
    env,
    ...refOf(ref),
    deployed_at: input.now,
    rolled_back: !1,
    metrics: input.metrics ?? null,
    action,
    actor: input.actor,
    reason: input.reason,
    previous_version: stable.version,
    previous_quantization: stable.quantization,
    ...input.gate ? { gate: input.gate } : {},
    ...input.analysis ? { analysis: input.analysis } : {}
  };
}
function withPointer(registry, env, pointer, entry) {
  return {
    ...registry,
    environments: { ...registry.environments, [env]: pointer },
    history: [...registry.history, entry]
  };
}
function startCanary(registry, env, ref, percent, lookup, input, record = {}) {
  checkCanaryPercent(percent);
  let stable = requireEnv(registry, env);
  if (!stable)
    throw new MregError(
      "PRECONDITION",
      `${env} has no stable version for a canary to run beside: deploy ${formatArtifactId(ref)} without a canary first`
    );
  if (requireUsable(ref, lookup(ref)), ref.model !== stable.model)
    throw new MregError(
      "PRECONDITION",
      `a canary is a version of the model the environment runs: ${env} runs ${stable.model}, not ${ref.model}; deploy ${ref.model} without a canary to replace the model`
    );
  if (sameArtifact(stable, ref))
    throw new MregError(
      "PRECONDITION",
      `${env} already runs ${formatArtifactId(ref)} as its stable version; nothing to canary`
    );
  stable.canary && checkNoCanary(registry, env, "new canary");
  let entry = { ...entryFor(registry, env, ref, "canary", stable, input), ...record, canary_percent: percent }, canary = {
    version: ref.version,
    quantization: ref.quantization,
    history_id: entry.id,
    percent,
    started_at: input.now
  };
  return { registry: withPointer(registry, env, { ...stable, canary }, entry), entry, previous: stable };
}
function promoteAsCanary(registry, from, to, order, percent, lookup, input) {
  checkPromotionOrder(order, from, to);
  let source = requireEnv(registry, from);
  if (!source) throw new MregError("PRECONDITION", `${from} has no active version to promote`);
  if (!requireEnv(registry, to))
    throw new MregError(
      "PRECONDITION",
      `${to} has no stable version for a canary to run beside: promote ${formatArtifactId(source)} without a canary first`
    );
  let sourceEntry = entryOf(registry, source), carried = input.gate === void 0 && sourceEntry;
  return startCanary(
    registry,
    to,
    refOf(source),
    percent,
    lookup,
    { ...input, gate: input.gate ?? sourceEntry?.gate, metrics: input.metrics ?? sourceEntry?.metrics ?? null },
    { from_env: from, ...carried ? gateRecordOf(sourceEntry) : {} }
  );
}
function setCanary(registry, env, percent, input) {
  checkCanaryPercent(percent);
  let p = requireCanary(registry, env, "move");
  if (p.canary.percent === percent)
    throw new MregError(
      "PRECONDITION",
      `the canary of ${env} already runs on ${percent}% of its instances; nothing to change`
    );
  let ref = canaryRef(p, p.canary), started = entryOf(registry, { ...p, history_id: p.canary.history_id }), entry = {
    ...entryFor(registry, env, ref, "canary", p, {
      ...input,
      gate: input.gate ?? started?.gate,
      metrics: input.metrics ?? started?.metrics ?? null
    }),
    canary_percent: percent,
    ...started ? { gated_by: started.gated_by ?? started.id } : {}
  }, canary = { ...p.canary, history_id: entry.id, percent, started_at: input.now };
  return { registry: withPointer(registry, env, { ...p, canary }, entry), entry, previous: p };
}
function promoteCanary(registry, env, lookup, input) {
  let p = requireCanary(registry, env, "promote"), ref = canaryRef(p, p.canary);
  requireUsable(ref, lookup(ref));
  let last = findEntry(registry, p.canary.history_id), entry = {
    ...entryFor(registry, env, ref, "canary-promote", p, {
      ...input,
      gate: input.gate ?? last?.gate,
      metrics: input.metrics ?? last?.metrics ?? null
    }),
    ...last && last.gate ? { gated_by: last.gated_by ?? last.id } : {}
  }, stable = { ...ref, history_id: entry.id };
  return { registry: withPointer(registry, env, stable, entry), entry, previous: p };
}
function abortCanary(registry, env, input) {
  let p = requireCanary(registry, env, "abort"), ref = canaryRef(p, p.canary), marked = {
    ...registry,
    history: registry.history.map(
      (e) => e.env === env && e.action === "canary" && e.id > p.history_id && sameArtifact(e, ref) ? { ...e, rolled_back: !0 } : e
    )
  }, entry = entryFor(marked, env, ref, "canary-abort", p, input), stable = {
    model: p.model,
    version: p.version,
    quantization: p.quantization,
    history_id: p.history_id
  }, abandoned = findEntry(marked, p.canary.history_id) ?? void 0;
  return { registry: withPointer(marked, env, stable, entry), entry, previous: p, abandoned };
}

export {
  canaryRole,
  checkCanaryPercent,
  canaryRef,
  canaryAsPointer,
  startCanary,
  promoteAsCanary,
  setCanary,
  promoteCanary,
  abortCanary
};
