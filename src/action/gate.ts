import { MregError } from '../core/errors.js';
import { formatArtifactId } from '../core/naming.js';
import { refOf, requireEnv } from '../core/registry.js';
import type { OpsContext } from '../ops/context.js';
import { gateStageHooks } from '../ops/gate.js';
import type { GateOutcome } from '../ops/pipeline.js';
import { resolveQuantization } from '../ops/registry-ops.js';
import { defaultHooks } from '../ops/stages.js';
import { readArtifact, readRegistry } from '../ops/state.js';

/**
 * The `gate` command: measure a registered candidate against the environment's live model, as the
 * deploy pipeline's gate stage would, without moving any pointer. It composes the same ops pieces
 * deploy uses (the store's download hook, then the gate stage from src/ops/gate.ts), so a pull
 * request's verdict is the verdict its merge will get.
 */
export interface GateCommandOptions {
  env: string;
  model: string;
  version: string;
  quantization?: string;
}

export async function runGateCommand(ctx: OpsContext, o: GateCommandOptions): Promise<GateOutcome> {
  const ref = await resolveQuantization(ctx, o.model, o.version, o.quantization);
  const id = formatArtifactId(ref);
  const { registry } = await readRegistry(ctx.root);
  const current = requireEnv(registry, o.env);
  const candidate = await readArtifact(ctx.root, ref);
  if (!candidate) throw new MregError('NOT_FOUND', `artifact ${id} is not registered (no registry/models/${ref.model}/${id}.json)`);
  if (candidate.status === 'blocked') throw new MregError('BLOCKED', `artifact ${id} is blocked: ${candidate.blocked_reason ?? ''}`);

  const hooks = await defaultHooks();
  if (!hooks.download) throw new MregError('STORE', 'this build has no artifact store support: the candidate cannot be fetched for the gate');
  const { gate } = gateStageHooks(hooks.download);
  if (!gate) throw new MregError('EVAL', 'this build has no benchmark gate');

  ctx.logger.info(`fetching ${id} from ${candidate.artifact.uri}`);
  const { path: candidatePath } = await hooks.download(ctx, candidate);
  const baselineEntry = current ? (registry.history.find((e) => e.id === current.history_id) ?? null) : null;
  const baseline = current ? ((await readArtifact(ctx.root, refOf(current))) ?? null) : null;
  return gate(ctx, { env: o.env, candidate, candidatePath, baseline, baselineEntry, history: registry.history });
}
