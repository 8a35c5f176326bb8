import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  commitDeploy,
  commitRollback,
  planRollback,
  resolveQuantization
} from "./chunk-SVQ3YVKU.js";
import {
  refOf,
  requireEnv,
  sameArtifact
} from "./chunk-DLXUQDVA.js";
import {
  readArtifact,
  readRegistry
} from "./chunk-KTR63WAS.js";
import {
  formatArtifactId
} from "./chunk-TNIQPWLS.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/ops/pipeline.ts
async function timed(fn) {
  let t = performance.now();
  return { value: await fn(), ms: Math.round(performance.now() - t) };
}

// src/ops/deploy.ts
var PipelineError = class extends MregError {
  constructor(inner, stages, gate) {
    super(inner.code, inner.message, { problems: inner.problems, cause: inner });
    this.stages = stages;
    this.gate = gate;
  }
};
async function stage(stages, name, fn, gate = () => null) {
  let t = performance.now();
  try {
    let { value, detail } = await fn();
    return stages.push({ name, status: "ok", detail, ms: Math.round(performance.now() - t) }), value;
  } catch (err) {
    let inner = err instanceof MregError ? err : new MregError("INTERNAL", errorMessage(err), { cause: err });
    throw stages.push({ name, status: "failed", detail: inner.message, ms: Math.round(performance.now() - t) }), new PipelineError(inner, stages, gate());
  }
}
function notConfigured(stages, name, detail) {
  stages.push({ name, status: "not-configured", detail, ms: 0 });
}
async function deployVersion(ctx, o, hooks) {
  let ref = await resolveQuantization(ctx, o.model, o.version, o.quantization), id = formatArtifactId(ref);
  if (o.skipGate && !(o.reason && o.reason.trim())) throw new MregError("USAGE", "--skip-gate needs --reason (it is recorded in the history and the commit)");
  let { registry } = await readRegistry(ctx.root), current = requireEnv(registry, o.env), candidate = await readArtifact(ctx.root, ref);
  if (!candidate) throw new MregError("NOT_FOUND", `artifact ${id} is not registered (no registry/models/${ref.model}/${id}.json)`);
  if (candidate.status === "blocked") throw new MregError("BLOCKED", `artifact ${id} is blocked: ${candidate.blocked_reason ?? ""}`);
  if (sameArtifact(current, ref)) throw new MregError("PRECONDITION", `${o.env} already runs ${id}; nothing to deploy`);
  if (o.expectCurrent !== void 0 && (current?.version ?? "none") !== o.expectCurrent)
    throw new MregError("PRECONDITION", `${o.env} is at ${current?.version ?? "none"}, not ${o.expectCurrent} as --expect-current requires; nothing was changed`);
  let stages = [], gate = null;
  hooks.checkPresent ? await stage(stages, "check-store", async () => ({ value: await hooks.checkPresent(ctx, candidate), detail: `${candidate.artifact.uri} present (${candidate.artifact.size} bytes)` })) : notConfigured(stages, "check-store", "no artifact store support in this build");
  let localPath = null;
  hooks.download ? localPath = await stage(stages, "download", async () => {
    let r = await hooks.download(ctx, candidate);
    return { value: r.path, detail: `${r.downloaded ? "downloaded and verified" : "already cached, verified"}: ${r.path}` };
  }) : notConfigured(stages, "download", "no artifact store support in this build");
  let gateEnabled = ctx.config.gate.enabled && !o.skipGate;
  if (o.skipGate) stages.push({ name: "gate", status: "skipped", detail: `skipped: ${o.reason}`, ms: 0 });
  else if (!ctx.config.gate.enabled) stages.push({ name: "gate", status: "skipped", detail: "disabled in registry/config.json (gate.enabled: false)", ms: 0 });
  else if (!hooks.gate || !localPath) notConfigured(stages, "gate", "no benchmark gate support in this build");
  else if (candidate.kind === "lora") notConfigured(stages, "gate", "LoRA adapters are not gated yet: the eval backends load whole models (serve applies adapters on their base)");
  else {
    let baselineEntry = current ? registry.history.find((e) => e.id === current.history_id) ?? null : null, baseline = current ? await readArtifact(ctx.root, refOf(current)) ?? null : null;
    gate = await stage(stages, "gate", async () => {
      let outcome2 = await hooks.gate(ctx, { env: o.env, candidate, candidatePath: localPath, baseline, baselineEntry, history: registry.history });
      if (gate = outcome2, !(outcome2.verdict === "pass" || outcome2.verdict === "inconclusive" && ctx.config.gate.inconclusive === "allow")) {
        let hint = outcome2.verdict === "inconclusive" ? ' (the measured spread is wider than a threshold: re-run on a quieter machine, widen the threshold, or set gate.inconclusive to "allow")' : "";
        throw new MregError("GATE_FAILED", `gate ${outcome2.verdict} for ${id} in ${o.env}${hint}; the pointer was not moved
${outcome2.markdown}`);
      }
      return {
        value: outcome2,
        detail: outcome2.verdict === "pass" ? "pass: every metric within its threshold" : "inconclusive, allowed by gate.inconclusive: no metric conclusively worse"
      };
    }, () => gate);
  }
  ctx.config.smoke.enabled ? !hooks.smoke || !localPath ? notConfigured(stages, "smoke", "no smoke test support in this build") : candidate.kind === "lora" ? notConfigured(stages, "smoke", "LoRA adapters are not smoke-tested yet: the eval backends load whole models") : await stage(stages, "smoke", async () => {
    let r = await hooks.smoke(ctx, localPath);
    if (!r.ok) throw new MregError("SMOKE_FAILED", `smoke test failed for ${id}: ${r.detail}`);
    return { value: r, detail: r.detail };
  }, () => gate) : stages.push({ name: "smoke", status: "skipped", detail: "disabled in registry/config.json (smoke.enabled: false)", ms: 0 });
  let gateVerdict = o.skipGate ? "skipped" : gateEnabled && gate ? gate.verdict : "not-configured";
  return { outcome: await stage(stages, "update-registry", async () => {
    let out = await commitDeploy(ctx, {
      env: o.env,
      ref,
      reason: o.reason ?? null,
      metrics: gate ? gate.metrics : null,
      gate: gateVerdict,
      expectCurrent: o.expectCurrent,
      gatedAgainst: gate ? current?.history_id ?? null : void 0,
      skipGateReason: o.skipGate ? o.reason ?? void 0 : void 0
    });
    return { value: out, detail: `commit ${out.commit.slice(0, 12)}${out.pushed ? " pushed" : ` (${out.pushNote})`}` };
  }, () => gate), stages, gate, target: ref };
}
async function rollbackVersion(ctx, o, hooks) {
  let { target } = await planRollback(ctx, o), stages = [], meta = await readArtifact(ctx.root, refOf(target));
  hooks.checkPresent ? await stage(stages, "check-store", async () => ({ value: await hooks.checkPresent(ctx, meta), detail: `${meta.artifact.uri} present (${meta.artifact.size} bytes)` })) : notConfigured(stages, "check-store", "no artifact store support in this build");
  let { value: outcome, ms } = await timed(() => commitRollback(ctx, o, refOf(target)));
  return stages.push({ name: "update-registry", status: "ok", detail: `commit ${outcome.commit.slice(0, 12)}${outcome.pushed ? " pushed" : ` (${outcome.pushNote})`}`, ms }), { outcome, stages };
}

export {
  PipelineError,
  deployVersion,
  rollbackVersion
};
