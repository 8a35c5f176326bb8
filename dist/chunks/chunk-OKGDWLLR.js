import {
  RefusedWithNextStep,
  checkDeployable,
  checkExpectCurrent,
  checkNoCanary,
  checkPromotionOrder,
  entryOf,
  movedStable,
  requireEnv,
  sameArtifact
} from "./chunk-S2HYHD6V.js";
import {
  findEntry,
  needOlder,
  newestId
} from "./chunk-XTZAVCCL.js";
import {
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/core/registry-transitions.ts
function emptyRegistry(environments) {
  return { schema_version: 1, environments: Object.fromEntries(environments.map((e) => [e, null])), history: [] };
}
function refOf(x) {
  return { model: x.model, version: x.version, quantization: x.quantization };
}
function artifactKey(r) {
  return `${r.model}-v${r.version}-${r.quantization}`;
}
function nextHistoryId(registry) {
  return newestId(registry) + 1;
}
function append(registry, env, ref, action, input, extra = {}) {
  let previous = registry.environments[env] ?? null, entry = {
    id: nextHistoryId(registry),
    env,
    model: ref.model,
    version: ref.version,
    quantization: ref.quantization,
    deployed_at: input.now,
    rolled_back: !1,
    metrics: input.metrics ?? null,
    action,
    actor: input.actor,
    reason: input.reason,
    previous_version: previous?.version ?? null,
    previous_quantization: previous?.quantization ?? null,
    ...input.gate ? { gate: input.gate } : {},
    ...extra
  };
  return { registry: {
    ...registry,
    environments: { ...registry.environments, [env]: { ...refOf(ref), history_id: entry.id } },
    history: [...registry.history, entry]
  }, entry, previous };
}
function deploy(registry, env, ref, lookup, input) {
  return checkDeployable(registry, env, ref, lookup(ref), { expectCurrent: input.expectCurrent }), append(registry, env, ref, "deploy", input);
}
function promote(registry, from, to, order, lookup, input) {
  let source = requireEnv(registry, from);
  if (requireEnv(registry, to), checkPromotionOrder(order, from, to), !source) throw new MregError("PRECONDITION", `${from} has no active version to promote`);
  let ref = refOf(source);
  checkDeployable(registry, to, ref, lookup(ref), { expectCurrent: input.expectCurrent, verb: "promote" });
  let sourceEntry = entryOf(registry, source), record = { from_env: from };
  sourceEntry && input.gate === void 0 && Object.assign(record, gateRecordOf(sourceEntry));
  let gate = input.gate ?? sourceEntry?.gate;
  return append(
    registry,
    to,
    ref,
    "promote",
    { ...input, gate, metrics: input.metrics ?? sourceEntry?.metrics ?? null },
    record
  );
}
function gateRecordOf(e) {
  return e.gate === "pass" || e.gate === "fail" || e.gate === "inconclusive" ? { gated_by: e.gated_by ?? e.id } : {};
}
function rollbackTarget(registry, env, lookup, toVersion) {
  let pointer = requireEnv(registry, env);
  if (!pointer) throw new MregError("NOTHING_TO_ROLL_BACK", `${env} has no active version; nothing to roll back`);
  let envEntries = registry.history.filter((e) => e.env === env && movedStable(e)), current = findEntry(registry, pointer.history_id) ?? void 0, abandonedKeys = abandonedArtifacts(envEntries), skipped = [], abandonedVersions = [];
  for (let i = envEntries.length - 1; i >= 0; i--) {
    let e = envEntries[i];
    if (e.id === pointer.history_id || sameArtifact(e, pointer) || toVersion !== void 0 && e.version !== toVersion) continue;
    let meta = lookup(refOf(e));
    if (!meta) {
      skipped.push(`${formatArtifactId(e)} (not registered)`);
      continue;
    }
    if (meta.status === "blocked") {
      skipped.push(`${formatArtifactId(e)} (blocked)`);
      continue;
    }
    if (toVersion === void 0 && abandonedKeys.has(artifactKey(e))) {
      skipped.push(`${formatArtifactId(e)} (rolled back)`), abandonedVersions.includes(e.version) || abandonedVersions.push(e.version);
      continue;
    }
    return { target: e, current };
  }
  throw needOlder(registry, `an earlier known-good version of ${env}`), nothingToRollBackTo(env, pointer, toVersion, [...new Set(skipped)], abandonedVersions);
}
function abandonedArtifacts(envEntries) {
  let abandoned = /* @__PURE__ */ new Set();
  for (let i = 0; i < envEntries.length; i++) {
    let e = envEntries[i], next = envEntries[i + 1], key = artifactKey(e);
    e.rolled_back && !(next && next.action === "rollback" && next.explicit_target) ? abandoned.add(key) : abandoned.delete(key);
  }
  return abandoned;
}
function nothingToRollBackTo(env, pointer, toVersion, skipped, abandoned) {
  let why = skipped.length ? ` (skipped: ${skipped.join(", ")})` : "";
  if (toVersion !== void 0)
    return new MregError(
      "NOTHING_TO_ROLL_BACK",
      `${env} has no earlier usable deployment of version ${toVersion}${why}; use deploy for a version that never ran in ${env}`
    );
  let message = `${env} has nothing earlier to roll back to: it runs ${formatArtifactId(pointer)} and no earlier registered, unblocked version ran there${abandoned.length ? " that was not rolled back" : ""}${why}; nothing was changed`;
  return new RefusedWithNextStep("NOTHING_TO_ROLL_BACK", message, { kind: "rollback-to", env, versions: abandoned });
}
var AlreadyRolledBack = class extends MregError {
  constructor(left, by, now) {
    super(
      "PRECONDITION",
      `${formatArtifactId(left)} was already rolled back in ${left.env}${by ? ` by history entry #${by.id}` : ""}; it runs ${formatArtifactId(now)}`
    );
    this.left = left;
    this.by = by;
    this.now = now;
  }
};
function rollback(registry, env, lookup, input) {
  if (checkExpectCurrent(registry, env, input.expectCurrent), checkNoCanary(registry, env, "rollback"), input.from !== void 0) {
    let pointer = requireEnv(registry, env);
    if (pointer && pointer.history_id !== input.from) {
      let left = findEntry(registry, input.from), now = entryOf(registry, pointer);
      throw left && left.rolled_back ? new AlreadyRolledBack(left, now && now.action === "rollback" ? now : null, pointer) : new MregError(
        "CONFLICT",
        `${env} moved to ${formatArtifactId(pointer)} (history entry #${pointer.history_id}) while rolling back from entry #${input.from}; nothing was changed: check the environment and run rollback again`
      );
    }
  }
  let { target, current } = rollbackTarget(registry, env, lookup, input.toVersion), marked = current ? { ...registry, history: registry.history.map((e) => e.id === current.id ? { ...e, rolled_back: !0 } : e) } : registry, record = {
    ...gateRecordOf(target),
    ...input.toVersion !== void 0 ? { explicit_target: !0 } : {}
  };
  return { ...append(
    marked,
    env,
    refOf(target),
    "rollback",
    { ...input, gate: input.gate ?? target.gate, metrics: input.metrics ?? target.metrics },
    record
  ), abandoned: current ? { ...current, rolled_back: !0 } : void 0 };
}
function statusChanges(registry, artifacts) {
  let live = /* @__PURE__ */ new Set();
  for (let p of Object.values(registry.environments))
    p && live.add(formatArtifactId(p)), p?.canary && live.add(formatArtifactId({ model: p.model, ...p.canary }));
  let changed = [];
  for (let meta of artifacts) {
    if (meta.status === "blocked") continue;
    let id = formatArtifactId(meta);
    live.has(id) && meta.status !== "active" ? changed.push({ ...meta, status: "active" }) : !live.has(id) && meta.status === "active" && wasDeployed(registry, meta) && changed.push({ ...meta, status: "superseded" });
  }
  return changed;
}
function wasDeployed(registry, ref) {
  return registry.history.some((e) => sameArtifact(e, ref)) ? !0 : (needOlder(registry, `whether ${formatArtifactId(ref)} was ever deployed`), !1);
}
function envHistory(registry, env, limit) {
  let list = env ? registry.history.filter((e) => e.env === env) : registry.history;
  return (limit === void 0 || list.length < limit) && needOlder(registry, "older history entries"), limit !== void 0 ? list.slice(Math.max(0, list.length - limit)) : list;
}
function refPointer(e) {
  return { ...refOf(e), history_id: e.id };
}

export {
  emptyRegistry,
  refOf,
  nextHistoryId,
  deploy,
  promote,
  gateRecordOf,
  rollbackTarget,
  AlreadyRolledBack,
  rollback,
  statusChanges,
  envHistory,
  refPointer
};
