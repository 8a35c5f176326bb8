import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  gateStageHooks
} from "./chunk-BVKN6S74.js";
import "./chunk-N3572SSH.js";
import {
  defaultHooks
} from "./chunk-IJFP3MEC.js";
import "./chunk-JYLEHFCV.js";
import "./chunk-BILUBZBG.js";
import {
  resolveQuantization
} from "./chunk-4SP4PX5H.js";
import "./chunk-ZCQDRY4H.js";
import {
  refOf,
  requireEnv
} from "./chunk-3NNKCBWN.js";
import {
  readArtifact,
  readRegistry
} from "./chunk-VAPLNXOQ.js";
import "./chunk-CBD5SVYV.js";
import "./chunk-KWCIOCME.js";
import "./chunk-IGKNCRU4.js";
import "./chunk-Y52MQDP2.js";
import {
  formatArtifactId
} from "./chunk-TNIQPWLS.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/action/gate.ts
async function runGateCommand(ctx, o) {
  let ref = await resolveQuantization(ctx, o.model, o.version, o.quantization), id = formatArtifactId(ref), { registry } = await readRegistry(ctx.root), current = requireEnv(registry, o.env), candidate = await readArtifact(ctx.root, ref);
  if (!candidate) throw new MregError("NOT_FOUND", `artifact ${id} is not registered (no registry/models/${ref.model}/${id}.json)`);
  if (candidate.status === "blocked") throw new MregError("BLOCKED", `artifact ${id} is blocked: ${candidate.blocked_reason ?? ""}`);
  let hooks = await defaultHooks();
  if (!hooks.download) throw new MregError("STORE", "this build has no artifact store support: the candidate cannot be fetched for the gate");
  let { gate } = gateStageHooks(hooks.download);
  if (!gate) throw new MregError("EVAL", "this build has no benchmark gate");
  ctx.logger.info(`fetching ${id} from ${candidate.artifact.uri}`);
  let { path: candidatePath } = await hooks.download(ctx, candidate), baselineEntry = current ? registry.history.find((e) => e.id === current.history_id) ?? null : null, baseline = current ? await readArtifact(ctx.root, refOf(current)) ?? null : null;
  return gate(ctx, { env: o.env, candidate, candidatePath, baseline, baselineEntry, history: registry.history });
}
export {
  runGateCommand
};
