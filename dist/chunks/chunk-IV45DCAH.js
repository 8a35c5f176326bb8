import {
  abortCanary,
  commitCanaryPromotion,
  commitCanaryStart
} from "./chunk-PPZBBYQD.js";
import {
  gateAllows
} from "./chunk-YLWCWBCQ.js";
import {
  requireConfiguredStore
} from "./chunk-NZM3GUM3.js";
import {
  commitDeploy,
  commitPromote,
  commitRollback,
  planRollback,
  resolveQuantization
} from "./chunk-AZWLCOPS.js";
import {
  syncWithRemote
} from "./chunk-YXUU4W6Y.js";
import {
  notRegistered
} from "./chunk-7N75Y2IP.js";
import {
  readArtifact,
  readRegistry
} from "./chunk-ZLBD6LEX.js";
import {
  promoteAsCanary,
  startCanary
} from "./chunk-OUA4VDMS.js";
import {
  refOf
} from "./chunk-OKGDWLLR.js";
import {
  RefusedWithNextStep,
  checkDeployable,
  checkExpectCurrent,
  checkNoCanary,
  checkPromotionOrder,
  entryOf,
  liveEntry,
  previousEnvironment,
  requireEnv
} from "./chunk-S2HYHD6V.js";
import {
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/ops/pipeline.ts
var PipelineError = class extends MregError {
  constructor(inner, stages, gate) {
    super(inner.code, inner.message, { problems: inner.problems, cause: inner });
    this.stages = stages;
    this.gate = gate;
  }
};
function msSince(start) {
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}
var Pipeline = class {
  stages = [];
  /** The gate's report once the gate stage produced one (also when the gate then refused). */
  gate = null;
  /** Runs one stage and records it; a failure becomes a PipelineError carrying the report so far. */
  async run(name, fn) {
    let t = process.hrtime.bigint();
    try {
      let { value, detail } = await fn();
      return this.stages.push({ name, status: "ok", detail, ms: msSince(t) }), value;
    } catch (err) {
      let inner = err instanceof MregError ? err : new MregError("INTERNAL", errorMessage(err), { cause: err });
      throw this.stages.push({ name, status: "failed", detail: inner.message, ms: msSince(t) }), new PipelineError(inner, this.stages, this.gate);
    }
  }
  skip(name, detail) {
    this.stages.push({ name, status: "skipped", detail, ms: 0 });
  }
  notConfigured(name, detail) {
    this.stages.push({ name, status: "not-configured", detail, ms: 0 });
  }
};

// src/ops/deploy.ts
function requireSkipReason(skipGate, reason) {
  if (skipGate && !(reason && reason.trim()))
    throw new MregError("USAGE", "skipping the gate needs a reason (it is recorded in the history and the commit)");
}
async function checkStore(p, ctx, hooks, meta) {
  let check = hooks.checkPresent;
  if (!check) return p.notConfigured("check-store", "no artifact store support in this build");
  await p.run("check-store", async () => ({
    value: await check(ctx, meta),
    detail: `${meta.artifact.uri} present (${meta.artifact.size} bytes)`
  }));
}
function committed(out) {
  return `commit ${out.commit.slice(0, 12)}${out.pushed ? " pushed" : ` (${out.pushNote})`}`;
}
async function gateStage(p, ctx, hooks, a) {
  let { o, id, meta, localPath, current, baselineEntry } = a, gateHook = hooks.gate;
  if (o.skipGate) p.skip("gate", `skipped: ${o.reason}`);
  else if (!ctx.config.gate.enabled) p.skip("gate", "disabled in registry/config.json (gate.enabled: false)");
  else if (!gateHook || !localPath) p.notConfigured("gate", "no benchmark gate support in this build");
  else {
    let baseline = current ? await readArtifact(ctx.root, refOf(current)) ?? null : null;
    await p.run("gate", async () => {
      let { history } = (await readRegistry(ctx.root)).registry, outcome = await gateHook(ctx, {
        env: o.env,
        candidate: meta,
        candidatePath: localPath,
        baseline,
        baselineEntry,
        history
      });
      if (p.gate = outcome, !gateAllows(outcome.verdict, ctx.config.gate.inconclusive)) {
        let hint = outcome.verdict === "inconclusive" ? " (the time budget ran out before the measurements could tell: raise gate.budget_s, or run on a quieter machine)" : "";
        throw new RefusedWithNextStep(
          "GATE_FAILED",
          `gate ${outcome.verdict} for ${id} in ${o.env}${hint}; the pointer was not moved
${outcome.markdown}`,
          {
            kind: "skip-gate",
            command: "deploy"
          }
        );
      }
      return {
        value: outcome,
        detail: outcome.verdict === "pass" ? "pass: every metric within its threshold" : "inconclusive, allowed by gate.inconclusive: no metric conclusively worse"
      };
    });
  }
}
function checkTarget(ctx, registry, o, ref, candidate) {
  return o.canary === void 0 ? checkDeployable(registry, o.env, ref, candidate, { expectCurrent: o.expectCurrent }) : (checkExpectCurrent(registry, o.env, o.expectCurrent), startCanary(registry, o.env, ref, o.canary, () => candidate, { actor: ctx.actor, reason: null, now: ctx.now() }), requireEnv(registry, o.env));
}
async function deployVersion(ctx, o, hooks) {
  requireSkipReason(o.skipGate, o.reason), requireConfiguredStore(ctx), await syncWithRemote(ctx);
  let ref = await resolveQuantization(ctx, o.model, o.version, o.quantization), id = formatArtifactId(ref), { registry } = await readRegistry(ctx.root, { recent: !0 }), candidate = await readArtifact(ctx.root, ref);
  if (!candidate) throw await notRegistered(ctx.root, ref);
  let current = checkTarget(ctx, registry, o, ref, candidate), meta = candidate, baselineEntry = entryOf(registry, current), p = new Pipeline();
  await checkStore(p, ctx, hooks, meta);
  let download = hooks.download, localPath = download ? await p.run("download", async () => {
    let r = await download(ctx, meta);
    return {
      value: r.path,
      detail: `${r.downloaded ? "downloaded and verified" : "already cached, verified"}: ${r.path}`
    };
  }) : (p.notConfigured("download", "no artifact store support in this build"), null);
  await gateStage(p, ctx, hooks, { o, id, meta, localPath, current, baselineEntry });
  let smokeHook = hooks.smoke;
  ctx.config.smoke.enabled ? !smokeHook || !localPath ? p.notConfigured("smoke", "no smoke test support in this build") : await p.run("smoke", async () => {
    let r = await smokeHook(ctx, localPath, meta);
    if (!r.ok) throw new MregError("SMOKE_FAILED", `smoke test failed for ${id}: ${r.detail}`);
    return { value: r, detail: r.detail };
  }) : p.skip("smoke", "disabled in registry/config.json (smoke.enabled: false)");
  let gate = p.gate, gateVerdict = o.skipGate ? "skipped" : gate ? gate.verdict : "not-configured";
  return { outcome: await p.run("update-registry", async () => {
    let percent = o.canary, out = await ((x) => percent !== void 0 ? commitCanaryStart(ctx, { ...x, percent }) : commitDeploy(ctx, x))({
      env: o.env,
      ref,
      reason: o.reason ?? null,
      metrics: gate ? gate.metrics : null,
      gate: gateVerdict,
      expectCurrent: o.expectCurrent,
      gatedAgainst: gate ? current?.history_id ?? null : void 0,
      skipGateReason: o.skipGate ? o.reason ?? void 0 : void 0
    });
    return { value: out, detail: committed(out) };
  }), stages: p.stages, gate, target: ref };
}
async function promoteVersion(ctx, o, hooks) {
  requireSkipReason(o.skipGate, o.reason), requireConfiguredStore(ctx), await syncWithRemote(ctx);
  let from = o.from ?? previousEnvironment(ctx.config.environments, o.to);
  checkPromotionOrder(ctx.config.environments, from, o.to);
  let { registry } = await readRegistry(ctx.root, { recent: !0 }), source = requireEnv(registry, from);
  if (!source) throw new MregError("PRECONDITION", `${from} has no active version to promote`);
  let ref = refOf(source), meta = await readArtifact(ctx.root, ref);
  o.canary === void 0 ? checkDeployable(registry, o.to, ref, meta, { expectCurrent: o.expectCurrent, verb: "promote" }) : (checkExpectCurrent(registry, o.to, o.expectCurrent), promoteAsCanary(registry, from, o.to, ctx.config.environments, o.canary, () => meta, {
    actor: ctx.actor,
    reason: null,
    now: ctx.now()
  }));
  let sourceEntry = liveEntry(registry, from), p = new Pipeline();
  await checkStore(p, ctx, hooks, meta);
  let verdict = sourceEntry?.gate;
  return o.skipGate ? p.skip("gate", `skipped: ${o.reason}`) : ctx.config.gate.enabled ? await p.run("gate", async () => {
    if (verdict !== "pass") {
      let what = verdict === void 0 ? "has no gate record" : `has gate verdict "${verdict}"`;
      throw new RefusedWithNextStep(
        "GATE_FAILED",
        `${formatArtifactId(ref)} ${what} in ${from} (history entry #${sourceEntry?.id ?? "?"}): only a version that passed the gate is promoted; promote it as ungated with a reason, or deploy it through the gate`,
        { kind: "skip-gate", command: "promote" }
      );
    }
    let run = sourceEntry?.gated_by ?? sourceEntry?.id;
    return {
      value: null,
      detail: `pass, carried from ${from} (history entry #${sourceEntry?.id}, gate run of entry #${run})`
    };
  }) : p.skip("gate", "disabled in registry/config.json (gate.enabled: false)"), { outcome: await p.run("update-registry", async () => {
    let x = {
      from,
      to: o.to,
      reason: o.reason ?? null,
      expectCurrent: o.expectCurrent,
      mustBe: ref,
      skipGateReason: o.skipGate ? o.reason ?? void 0 : void 0
    }, percent = o.canary, out = await (percent !== void 0 ? commitCanaryPromotion(ctx, { ...x, percent }) : commitPromote(ctx, x));
    return { value: out, detail: committed(out) };
  }), stages: p.stages, gate: null, target: ref, from };
}
async function rollbackVersion(ctx, o, hooks) {
  requireConfiguredStore(ctx), await syncWithRemote(ctx);
  let canary = await rollbackOfCanary(ctx, o);
  if (canary) return canary;
  let { target, current } = await planRollback(ctx, o), meta = await readArtifact(ctx.root, refOf(target)), p = new Pipeline();
  await checkStore(p, ctx, hooks, meta);
  let outcome = await p.run("update-registry", async () => {
    let out = await commitRollback(ctx, { ...o, from: current?.history_id }, refOf(target));
    return { value: out, detail: out.noop ? `nothing to do: ${out.noop}` : committed(out) };
  });
  return { outcome, stages: p.stages, gate: null, target: refOf(target), noop: outcome.noop };
}
async function rollbackOfCanary(ctx, o) {
  let { registry } = await readRegistry(ctx.root, { recent: !0 }), pointer = requireEnv(registry, o.env);
  if (!pointer?.canary) return null;
  checkExpectCurrent(registry, o.env, o.expectCurrent), o.to !== void 0 && checkNoCanary(registry, o.env, `rollback to ${o.to}`);
  let p = new Pipeline();
  return { outcome: await p.run("update-registry", async () => {
    let out = await abortCanary(ctx, o.env, { reason: o.reason ?? "rollback of the canary environment" });
    return { value: out, detail: `canary aborted: ${committed(out)}` };
  }), stages: p.stages, gate: null, target: refOf(pointer) };
}

export {
  PipelineError,
  Pipeline,
  deployVersion,
  promoteVersion,
  rollbackVersion
};
