import {
  findEntry
} from "./chunk-XTZAVCCL.js";
import {
  formatArtifactId,
  metadataPath
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/core/rules.ts
var RefusedWithNextStep = class extends MregError {
  constructor(code, message, next) {
    super(code, message);
    this.next = next;
  }
};
function requireEnv(registry, env) {
  if (!Object.prototype.hasOwnProperty.call(registry.environments, env)) {
    let known = Object.keys(registry.environments).join(", ") || "(none)";
    throw new MregError("NOT_FOUND", `unknown environment ${JSON.stringify(env)}: the registry has ${known}`);
  }
  return registry.environments[env];
}
function liveEntry(registry, env) {
  let pointer = requireEnv(registry, env);
  return pointer ? findEntry(registry, pointer.history_id) : null;
}
function entryOf(registry, pointer) {
  return pointer ? findEntry(registry, pointer.history_id) : null;
}
function previousEnvironment(order, env) {
  let i = order.indexOf(env);
  if (i < 0)
    throw new MregError(
      "NOT_FOUND",
      `unknown environment ${JSON.stringify(env)}: the promotion order is ${order.join(" -> ")}`
    );
  if (i === 0)
    throw new MregError(
      "USAGE",
      `${env} is first in the promotion order (${order.join(" -> ")}): nothing is promoted into it; deploy instead`
    );
  return order[i - 1];
}
function sameArtifact(a, b) {
  return !!a && !!b && a.model === b.model && a.version === b.version && a.quantization === b.quantization;
}
function requireUsable(ref, meta) {
  let id = formatArtifactId(ref);
  if (!meta) throw new MregError("NOT_FOUND", `artifact ${id} is not registered (no ${metadataPath(ref)})`);
  if (meta.status === "blocked")
    throw new MregError("BLOCKED", `artifact ${id} is blocked${meta.blocked_reason ? `: ${meta.blocked_reason}` : ""}`);
  return meta;
}
function checkExpectCurrent(registry, env, expect) {
  if (expect === void 0) return;
  let actual = registry.environments[env]?.version ?? "none";
  if (actual !== expect)
    throw new MregError("PRECONDITION", `${env} is at ${actual}, not ${expect} as expected; nothing was changed`);
}
function checkDeployable(registry, env, ref, meta, o = {}) {
  let current = requireEnv(registry, env);
  if (requireUsable(ref, meta), checkNoCanary(registry, env, o.verb ?? "deploy"), sameArtifact(current, ref))
    throw new MregError(
      "PRECONDITION",
      `${env} already runs ${formatArtifactId(ref)}; nothing to ${o.verb ?? "deploy"}`
    );
  return checkExpectCurrent(registry, env, o.expectCurrent), current;
}
function checkNoCanary(registry, env, verb) {
  let p = registry.environments[env];
  if (p?.canary)
    throw new RefusedWithNextStep(
      "PRECONDITION",
      `${env} runs a canary of ${p.model} ${p.canary.version} (${p.canary.quantization}) on ${p.canary.percent}% of its instances beside ${p.version}: promote or abort the canary before a ${verb}; nothing was changed`,
      { kind: "canary-open", env }
    );
}
function movedStable(e) {
  return e.action !== "canary" && e.action !== "canary-abort";
}
function basePinProblem(adapter, base) {
  return adapter.base ? base ? base.artifact.sha256 !== adapter.base.sha256 ? {
    pointer: "/base/sha256",
    message: `pins ${adapter.base.sha256}, but ${adapter.base.id} has sha256 ${base.artifact.sha256}`
  } : null : { pointer: "/base/id", message: `base artifact ${adapter.base.id} is not registered` } : null;
}
function checkPromotionOrder(order, from, to) {
  let fi = order.indexOf(from), ti = order.indexOf(to);
  if (fi < 0 || ti < 0 || ti <= fi)
    throw new MregError(
      "PRECONDITION",
      `cannot promote from ${from} to ${to}: the promotion order is ${order.join(" -> ")}`
    );
}

export {
  RefusedWithNextStep,
  requireEnv,
  liveEntry,
  entryOf,
  previousEnvironment,
  sameArtifact,
  requireUsable,
  checkExpectCurrent,
  checkDeployable,
  checkNoCanary,
  movedStable,
  basePinProblem,
  checkPromotionOrder
};
