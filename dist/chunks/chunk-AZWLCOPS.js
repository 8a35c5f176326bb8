import {
  commitChange
} from "./chunk-YXUU4W6Y.js";
import {
  notRegistered
} from "./chunk-7N75Y2IP.js";
import {
  quantizationsOf,
  readArtifact,
  readRegistry,
  withArtifacts,
  withHistory
} from "./chunk-ZLBD6LEX.js";
import {
  AlreadyRolledBack,
  deploy,
  promote,
  refOf,
  refPointer,
  rollback,
  rollbackTarget,
  statusChanges
} from "./chunk-OKGDWLLR.js";
import {
  registryFiles
} from "./chunk-RFVOFJFX.js";
import {
  RefusedWithNextStep,
  checkExpectCurrent,
  liveEntry,
  requireEnv,
  sameArtifact
} from "./chunk-S2HYHD6V.js";
import {
  formatArtifactId,
  metadataPath
} from "./chunk-6XFSSTIM.js";
import {
  formatJson
} from "./chunk-VFSO6U6C.js";
import {
  headSha
} from "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/registry-ops.ts
async function resolveQuantization(ctx, model, version, quantization) {
  if (quantization) return { model, version, quantization };
  let quants = await quantizationsOf(ctx.root, model, version);
  if (quants.length === 1) return { model, version, quantization: quants[0] };
  throw quants.length === 0 ? await notRegistered(ctx.root, { model, version }) : new RefusedWithNextStep(
    "USAGE",
    `${model} ${version} is registered in several quantizations (${quants.join(", ")}); name the quantization`,
    {
      kind: "quantization",
      quantizations: quants
    }
  );
}
function subjectFor(action, env, from, to) {
  return action === "canary" && from ? `canary(${env}): ${to.model} ${to.version} (${to.quantization}) beside ${from.version}` : action === "canary-abort" && from ? `canary-abort(${env}): ${to.model} ${to.version} (${to.quantization}) removed, ${from.version} stays` : !from || from.model === to.model && from.quantization === to.quantization ? `${action}(${env}): ${to.model} ${from ? from.version : "none"} -> ${to.version} (${to.quantization})` : `${action}(${env}): ${from.model} ${from.version} (${from.quantization}) -> ${to.model} ${to.version} (${to.quantization})`;
}
async function statusFiles(ctx, next, touched) {
  let metas = (await Promise.all(touched.map((r) => readArtifact(ctx.root, r)))).filter(
    (m) => !!m
  ), unique = [...new Map(metas.map((m) => [formatArtifactId(m), m])).values()];
  return statusChanges(next, unique).map((m) => ({ path: metadataPath(m), content: formatJson(m) }));
}
async function planPointerChange(ctx, transition, extras = {}) {
  let { t, files, planned } = await withHistory(
    ctx.root,
    await readRegistry(ctx.root, { recent: !0 }),
    async (state) => {
      let t2 = await withArtifacts(ctx.root, (lookup) => transition(state.registry, lookup)), touched = [refOf(t2.entry)];
      t2.previous && touched.push(refOf(t2.previous)), t2.previous?.canary && touched.push({ model: t2.previous.model, ...t2.previous.canary });
      let files2 = [...registryFiles(t2.registry, state.loaded), ...await statusFiles(ctx, t2.registry, touched)];
      return { t: t2, files: files2, planned: state };
    }
  ), to = t.registry.environments[t.entry.env], e = t.entry;
  return {
    files,
    planned,
    subject: subjectFor(e.action, e.env, t.previous, e) + (extras.subjectSuffix ?? ""),
    body: [e.reason, ...extras.bodyLines ?? []].filter((l) => l).join(`
`) || null,
    trailers: {
      "Mreg-Action": e.action,
      "Mreg-Environment": e.env,
      "Mreg-Model": e.model,
      "Mreg-Version": e.version,
      "Mreg-Quantization": e.quantization,
      "Mreg-Previous-Version": e.previous_version ?? "none",
      "Mreg-History-Id": e.id,
      "Mreg-Actor": e.actor,
      "Mreg-Reason": e.reason,
      "Mreg-Gate": e.gate,
      "Mreg-Rolled-Back-Id": t.abandoned?.id,
      "Mreg-Gated-By": e.gated_by,
      ...extras.trailers
    },
    result: { env: e.env, action: e.action, from: t.previous, to, entry: e, abandoned: t.abandoned }
  };
}
async function commitDeploy(ctx, o) {
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
            `${o.env} changed while the gate ran (now history entry ${now ?? "none"}); the verdict is about an older baseline, so nothing was deployed: run the deploy again`
          );
        return deploy(registry, o.env, o.ref, lookup, {
          actor: ctx.actor,
          reason: o.reason ?? null,
          now: ctx.now(),
          metrics: o.metrics ?? null,
          gate: o.gate
        });
      },
      { trailers: { "Mreg-Gate-Skipped": o.skipGateReason } }
    )
  );
}
async function planRollback(ctx, o) {
  return withHistory(ctx.root, await readRegistry(ctx.root, { recent: !0 }), async ({ registry }) => {
    checkExpectCurrent(registry, o.env, o.expectCurrent);
    let { target } = await withArtifacts(ctx.root, (lookup) => rollbackTarget(registry, o.env, lookup, o.to));
    return { target, current: registry.environments[o.env] };
  });
}
async function commitRollback(ctx, o, mustBe) {
  try {
    return await commitChange(
      ctx,
      () => planPointerChange(ctx, (registry, lookup) => {
        let t = rollback(registry, o.env, lookup, {
          actor: ctx.actor,
          reason: o.reason ?? null,
          now: ctx.now(),
          toVersion: o.to,
          expectCurrent: o.expectCurrent,
          from: o.from
        });
        if (mustBe && !sameArtifact(t.entry, mustBe))
          throw new MregError(
            "CONFLICT",
            `the registry changed while rolling back: the target is now ${formatArtifactId(t.entry)}, not ${formatArtifactId(mustBe)}; run rollback again`
          );
        return t;
      })
    );
  } catch (err) {
    if (!(err instanceof AlreadyRolledBack)) throw err;
    let { registry } = await readRegistry(ctx.root), entry = err.by ?? liveEntry(registry, o.env), commit = await headSha(ctx.repo) ?? "";
    return {
      result: {
        env: o.env,
        action: "rollback",
        from: refPointer(err.left),
        to: err.now,
        entry: entry ?? err.left,
        abandoned: err.left
      },
      commit,
      pushed: !1,
      pushNote: `nothing to do: ${err.message}`,
      attempts: 1,
      noop: err.message
    };
  }
}
function checkSourceUnchanged(o, promoted) {
  if (o.mustBe && !sameArtifact(promoted, o.mustBe))
    throw new MregError(
      "CONFLICT",
      `${o.from} changed while promoting: it now runs ${formatArtifactId(promoted)}, not ${formatArtifactId(o.mustBe)}; run promote again`
    );
}
async function commitPromote(ctx, o) {
  return commitChange(
    ctx,
    () => planPointerChange(
      ctx,
      (registry, lookup) => {
        let t = promote(registry, o.from, o.to, ctx.config.environments, lookup, {
          actor: ctx.actor,
          reason: o.reason ?? null,
          now: ctx.now(),
          expectCurrent: o.expectCurrent,
          gate: o.skipGateReason !== void 0 ? "skipped" : void 0
        });
        return checkSourceUnchanged(o, t.entry), t;
      },
      { trailers: { "Mreg-From-Environment": o.from, "Mreg-Gate-Skipped": o.skipGateReason } }
    )
  );
}
async function blockArtifact(ctx, o) {
  if (!o.reason || !o.reason.trim())
    throw new MregError("USAGE", "blocking an artifact needs a reason (it is recorded)");
  return commitChange(ctx, async () => {
    let meta = await readArtifact(ctx.root, o.ref), id = formatArtifactId(o.ref);
    if (!meta) throw await notRegistered(ctx.root, o.ref);
    if (meta.status === "blocked")
      throw new MregError("PRECONDITION", `artifact ${id} is already blocked: ${meta.blocked_reason ?? ""}`);
    let live = await liveEnvironments(ctx, o.ref);
    if (live.length)
      throw new RefusedWithNextStep(
        "PRECONDITION",
        `${id} is active in ${live.join(", ")}: roll ${live.length > 1 ? "those environments" : "it"} back (or deploy another version) before blocking it, or block and roll back in one step; nothing was changed`,
        { kind: "block-rollback", id }
      );
    let next = { ...meta, status: "blocked", blocked_reason: o.reason };
    return {
      files: [{ path: metadataPath(o.ref), content: formatJson(next) }],
      subject: `block: ${o.ref.model} ${o.ref.version} (${o.ref.quantization})`,
      body: o.reason,
      trailers: {
        "Mreg-Action": "block",
        "Mreg-Model": o.ref.model,
        "Mreg-Version": o.ref.version,
        "Mreg-Quantization": o.ref.quantization,
        "Mreg-Actor": ctx.actor,
        "Mreg-Reason": o.reason
      },
      result: next
    };
  });
}
async function liveEnvironments(ctx, ref) {
  let { registry } = await readRegistry(ctx.root, { recent: !0 });
  return Object.entries(registry.environments).filter(
    ([, p]) => p && (sameArtifact(p, ref) || p.canary && sameArtifact({ model: p.model, ...p.canary }, ref))
  ).map(([e]) => e);
}

export {
  resolveQuantization,
  subjectFor,
  planPointerChange,
  commitDeploy,
  planRollback,
  commitRollback,
  checkSourceUnchanged,
  commitPromote,
  blockArtifact,
  liveEnvironments
};
