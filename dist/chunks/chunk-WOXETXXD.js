import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  MregError
} from "./chunk-EX53TZF3.js";

// src/core/naming.ts
var MODEL_RE = /^[a-z0-9][a-z0-9._-]*$/, VERSION_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, QUANT_RE = /^[a-z0-9][a-z0-9_]*$/, ID_RE = /^([a-z0-9][a-z0-9._-]*)-v((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*))-([a-z0-9][a-z0-9_]*)$/, MAX_NAME = 128;
function refuse(what, value, expected) {
  throw new MregError("INVALID_NAME", `invalid ${what} ${JSON.stringify(value)}: expected ${expected}`);
}
function checkPathSafe(what, value) {
  (value.includes("\0") || value.includes("/") || value.includes("\\") || value.includes("..") || value.startsWith(".")) && refuse(what, value, 'a plain name (no "/", "\\", "..", NUL or leading ".")');
}
function checkModel(model) {
  return (typeof model != "string" || model.length === 0) && refuse("model name", String(model), "a non-empty name"), model.length > MAX_NAME && refuse("model name", model.slice(0, 40) + "...", `at most ${MAX_NAME} characters`), checkPathSafe("model name", model), MODEL_RE.test(model) || refuse("model name", model, "lowercase [a-z0-9][a-z0-9._-]*"), /-v\d/.test(model) && refuse("model name", model, 'no "-v<digit>" inside the name (it would read as a version)'), model;
}
function checkVersion(version) {
  return typeof version != "string" && refuse("version", String(version), "semver MAJOR.MINOR.PATCH"), version.length > 64 && refuse("version", version.slice(0, 40) + "...", "semver MAJOR.MINOR.PATCH"), (version.includes("\0") || version.includes("/") || version.includes("\\")) && refuse("version", version, "semver MAJOR.MINOR.PATCH"), VERSION_RE.test(version) || refuse("version", version, 'strict semver MAJOR.MINOR.PATCH without leading zeros or a "v" (e.g. 2.1.0)'), version;
}
function checkQuantization(quant) {
  return (typeof quant != "string" || quant.length === 0) && refuse("quantization", String(quant), "a lowercase token such as q4km, q8_0 or f16"), quant.length > 32 && refuse("quantization", quant.slice(0, 40), "at most 32 characters"), checkPathSafe("quantization", quant), QUANT_RE.test(quant) || refuse("quantization", quant, "a lowercase token such as q4km, q8_0 or f16"), quant;
}
function checkRef(ref) {
  return checkModel(ref.model), checkVersion(ref.version), checkQuantization(ref.quantization), ref;
}
function formatArtifactId(ref) {
  return checkRef(ref), `${ref.model}-v${ref.version}-${ref.quantization}`;
}
function parseArtifactId(id) {
  typeof id != "string" && refuse("artifact id", String(id), "{model}-v{major}.{minor}.{patch}-{quant}"), checkPathSafe("artifact id", id);
  let m = ID_RE.exec(id);
  return m || refuse("artifact id", id, "{model}-v{major}.{minor}.{patch}-{quant}, e.g. llama3-instruct-v2.1.0-q4km"), checkRef({ model: m[1], version: m[2], quantization: m[3] });
}
function metadataPath(ref) {
  return `registry/models/${ref.model}/${formatArtifactId(ref)}.json`;
}

// src/core/registry.ts
function emptyRegistry(environments) {
  return { schema_version: 1, environments: Object.fromEntries(environments.map((e) => [e, null])), history: [] };
}
function refOf(x) {
  return { model: x.model, version: x.version, quantization: x.quantization };
}
function sameArtifact(a, b) {
  return !!a && !!b && a.model === b.model && a.version === b.version && a.quantization === b.quantization;
}
function nextHistoryId(registry) {
  let max = 0;
  for (let e of registry.history) e.id > max && (max = e.id);
  return max + 1;
}
function requireEnv(registry, env) {
  if (!Object.prototype.hasOwnProperty.call(registry.environments, env)) {
    let known = Object.keys(registry.environments).join(", ") || "(none)";
    throw new MregError("NOT_FOUND", `unknown environment ${JSON.stringify(env)}: the registry has ${known}`);
  }
  return registry.environments[env];
}
function requireUsable(ref, lookup) {
  let id = formatArtifactId(ref), meta = lookup(ref);
  if (!meta) throw new MregError("NOT_FOUND", `artifact ${id} is not registered (no registry/models/${ref.model}/${id}.json)`);
  if (meta.status === "blocked")
    throw new MregError("BLOCKED", `artifact ${id} is blocked${meta.blocked_reason ? `: ${meta.blocked_reason}` : ""}`);
  return meta;
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
function checkExpectCurrent(registry, env, expect) {
  if (expect === void 0) return;
  let actual = registry.environments[env]?.version ?? "none";
  if (actual !== expect)
    throw new MregError("PRECONDITION", `${env} is at ${actual}, not ${expect} as --expect-current requires; nothing was changed`);
}
function deploy(registry, env, ref, lookup, input) {
  let current = requireEnv(registry, env);
  if (requireUsable(ref, lookup), sameArtifact(current, ref))
    throw new MregError("PRECONDITION", `${env} already runs ${formatArtifactId(ref)}; nothing to deploy`);
  return append(registry, env, ref, "deploy", input);
}
function promote(registry, from, to, order, lookup, input) {
  let source = requireEnv(registry, from), target = requireEnv(registry, to), fi = order.indexOf(from), ti = order.indexOf(to);
  if (fi < 0 || ti < 0 || ti <= fi)
    throw new MregError("PRECONDITION", `cannot promote from ${from} to ${to}: the promotion order is ${order.join(" -> ")}`);
  if (!source) throw new MregError("PRECONDITION", `${from} has no active version to promote`);
  let ref = refOf(source);
  if (requireUsable(ref, lookup), sameArtifact(target, ref))
    throw new MregError("PRECONDITION", `${to} already runs ${formatArtifactId(ref)}; nothing to promote`);
  let sourceEntry = registry.history.find((e) => e.id === source.history_id);
  return append(registry, to, ref, "promote", { ...input, metrics: input.metrics ?? sourceEntry?.metrics ?? null }, { from_env: from });
}
function rollbackTarget(registry, env, lookup, toVersion) {
  let pointer = requireEnv(registry, env);
  if (!pointer) throw new MregError("NOTHING_TO_ROLL_BACK", `${env} has no active version; nothing to roll back`);
  let envEntries = registry.history.filter((e) => e.env === env), current = envEntries.find((e) => e.id === pointer.history_id), latestByArtifact = /* @__PURE__ */ new Map();
  for (let e of envEntries) latestByArtifact.set(formatArtifactId(e), e);
  let abandoned = (e) => latestByArtifact.get(formatArtifactId(e))?.rolled_back === !0, skipped = [];
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
    if (!(toVersion === void 0 && (e.rolled_back || abandoned(e))))
      return { target: e, current };
  }
  let why = skipped.length ? ` (skipped: ${skipped.join(", ")})` : "";
  throw toVersion !== void 0 ? new MregError(
    "NOTHING_TO_ROLL_BACK",
    `${env} has no earlier usable deployment of version ${toVersion}${why}; use deploy for a version that never ran in ${env}`
  ) : new MregError("NOTHING_TO_ROLL_BACK", `${env} has nothing earlier to roll back to: it runs ${formatArtifactId(pointer)} and no earlier known-good version exists${why}`);
}
function rollback(registry, env, lookup, input) {
  let { target, current } = rollbackTarget(registry, env, lookup, input.toVersion), marked = current ? { ...registry, history: registry.history.map((e) => e.id === current.id ? { ...e, rolled_back: !0 } : e) } : registry;
  return { ...append(marked, env, refOf(target), "rollback", { ...input, metrics: input.metrics ?? target.metrics }), abandoned: current ? { ...current, rolled_back: !0 } : void 0 };
}
function statusChanges(registry, artifacts) {
  let live = /* @__PURE__ */ new Set();
  for (let p of Object.values(registry.environments)) p && live.add(formatArtifactId(p));
  let changed = [];
  for (let meta of artifacts) {
    if (meta.status === "blocked") continue;
    let id = formatArtifactId(meta);
    live.has(id) && meta.status !== "active" ? changed.push({ ...meta, status: "active" }) : !live.has(id) && meta.status === "active" && wasDeployed(registry, meta) && changed.push({ ...meta, status: "superseded" });
  }
  return changed;
}
function wasDeployed(registry, ref) {
  return registry.history.some((e) => sameArtifact(e, ref));
}
function envHistory(registry, env, limit) {
  let list = env ? registry.history.filter((e) => e.env === env) : registry.history;
  return limit !== void 0 ? list.slice(Math.max(0, list.length - limit)) : list;
}

export {
  checkModel,
  checkVersion,
  checkQuantization,
  checkRef,
  formatArtifactId,
  parseArtifactId,
  metadataPath,
  emptyRegistry,
  refOf,
  sameArtifact,
  nextHistoryId,
  requireEnv,
  checkExpectCurrent,
  deploy,
  promote,
  rollbackTarget,
  rollback,
  statusChanges,
  envHistory
};
