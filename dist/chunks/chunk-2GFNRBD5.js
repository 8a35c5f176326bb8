import {
  storeStageHooks
} from "./chunk-SFJKREPF.js";
import {
  notRegistered
} from "./chunk-7N75Y2IP.js";
import {
  readArtifact
} from "./chunk-ZLBD6LEX.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/compare.ts
var COMPARE_ENV = "compare";
async function compareVersions(ctx, o) {
  let [baseline, candidate] = await Promise.all([registered(ctx, o.baseline), registered(ctx, o.candidate)]);
  if (formatArtifactId(baseline) === formatArtifactId(candidate))
    throw new MregError("USAGE", `compare needs two different artifacts, got ${o.candidate} twice`);
  for (let m of [baseline, candidate])
    if (m.kind === "lora")
      throw new MregError(
        "USAGE",
        `${formatArtifactId(m)} is a LoRA adapter: adapters are compared on their base by the gate of an environment (mreg gate)`
      );
  let store = storeStageHooks(), backend = o.backend ?? ctx.config.gate.backend, fetch = async (m) => (ctx.logger.info(`fetching ${formatArtifactId(m)} from ${m.artifact.uri}`), (await store.download(ctx, m)).path), [baselinePath, candidatePath] = backend === "openai" ? [null, ""] : [await fetch(baseline), await fetch(candidate)], entry = asEntry(baseline, ctx.now()), { runGate } = await import("./gate-4HQQRAOC.js"), s = ctx.settings;
  return runGate({
    candidatePath,
    candidateId: formatArtifactId(candidate),
    candidateQuantization: candidate.quantization,
    baselinePath,
    baselineEntry: entry,
    history: [entry],
    env: COMPARE_ENV,
    config: ctx.config,
    repoRoot: ctx.root,
    suitePath: o.suitePath,
    backend: o.backend,
    backendOptions: {
      ...s.gpu !== void 0 ? { gpu: s.gpu } : {},
      ...s.threads !== void 0 ? { threads: s.threads } : {}
    },
    fetchBaseline: async () => baselinePath,
    onProgress: (m) => ctx.logger.info(`compare: ${m}`)
  });
}
async function registered(ctx, id) {
  let ref = parseArtifactId(id), meta = await readArtifact(ctx.root, ref);
  if (!meta) throw await notRegistered(ctx.root, ref);
  return meta;
}
function asEntry(m, now) {
  return {
    id: 0,
    env: COMPARE_ENV,
    model: m.model,
    version: m.version,
    quantization: m.quantization,
    deployed_at: now,
    rolled_back: !1,
    metrics: null,
    action: "deploy",
    actor: "compare",
    reason: null,
    previous_version: null
  };
}

export {
  COMPARE_ENV,
  compareVersions
};
