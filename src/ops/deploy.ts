import { MregError, errorMessage } from '../core/errors.js';
import { formatArtifactId, type ArtifactRef } from '../core/naming.js';
import { refOf, requireEnv, sameArtifact } from '../core/registry.js';
import type { ArtifactMetadata, HistoryEntry } from '../core/types.js';
import type { OpsContext } from './context.js';
import type { GateOutcome, StageHooks, StageReport } from './pipeline.js';
import { timed } from './pipeline.js';
import { commitDeploy, commitRollback, planRollback, resolveQuantization, type PointerOutcome } from './registry-ops.js';
import { readArtifact, readRegistry } from './state.js';

/**
 * deploy: download, validate (gate), smoke test, then move the pointer. Any failure before the
 * last step leaves the registry exactly as it was.
 */
export interface DeployOptions {
  env: string;
  model: string;
  version: string;
  quantization?: string;
  reason?: string | null;
  expectCurrent?: string;
  /** Skip the gate; requires a reason, recorded in the history and the commit trailers. */
  skipGate?: boolean;
}

export interface DeployResult {
  outcome: PointerOutcome | null;
  stages: StageReport[];
  gate: GateOutcome | null;
  target: ArtifactRef;
}

export class PipelineError extends MregError {
  constructor(
    inner: MregError,
    readonly stages: StageReport[],
    readonly gate: GateOutcome | null,
  ) {
    super(inner.code, inner.message, { problems: inner.problems, cause: inner });
  }
}

/** Runs one stage and records it; a failure carries the stages so far and the gate report, if any. */
async function stage<T>(
  stages: StageReport[],
  name: StageReport['name'],
  fn: () => Promise<{ value: T; detail: string }>,
  gate: () => GateOutcome | null = () => null,
): Promise<T> {
  const t = performance.now();
  try {
    const { value, detail } = await fn();
    stages.push({ name, status: 'ok', detail, ms: Math.round(performance.now() - t) });
    return value;
  } catch (err) {
    const inner = err instanceof MregError ? err : new MregError('INTERNAL', errorMessage(err), { cause: err });
    stages.push({ name, status: 'failed', detail: inner.message, ms: Math.round(performance.now() - t) });
    throw new PipelineError(inner, stages, gate());
  }
}

function notConfigured(stages: StageReport[], name: StageReport['name'], detail: string): void {
  stages.push({ name, status: 'not-configured', detail, ms: 0 });
}

export async function deployVersion(ctx: OpsContext, o: DeployOptions, hooks: StageHooks): Promise<DeployResult> {
  const ref = await resolveQuantization(ctx, o.model, o.version, o.quantization);
  const id = formatArtifactId(ref);
  if (o.skipGate && !(o.reason && o.reason.trim())) throw new MregError('USAGE', '--skip-gate needs --reason (it is recorded in the history and the commit)');

  // Refuse early (before any download) what the transition would refuse anyway.
  const { registry } = await readRegistry(ctx.root);
  const current = requireEnv(registry, o.env);
  const candidate = await readArtifact(ctx.root, ref);
  if (!candidate) throw new MregError('NOT_FOUND', `artifact ${id} is not registered (no registry/models/${ref.model}/${id}.json)`);
  if (candidate.status === 'blocked') throw new MregError('BLOCKED', `artifact ${id} is blocked: ${candidate.blocked_reason ?? ''}`);
  if (sameArtifact(current, ref)) throw new MregError('PRECONDITION', `${o.env} already runs ${id}; nothing to deploy`);
  if (o.expectCurrent !== undefined && (current?.version ?? 'none') !== o.expectCurrent) {
    throw new MregError('PRECONDITION', `${o.env} is at ${current?.version ?? 'none'}, not ${o.expectCurrent} as --expect-current requires; nothing was changed`);
  }

  const stages: StageReport[] = [];
  let gate: GateOutcome | null = null;
  if (hooks.checkPresent) await stage(stages, 'check-store', async () => ({ value: await hooks.checkPresent!(ctx, candidate), detail: `${candidate.artifact.uri} present (${candidate.artifact.size} bytes)` }));
  else notConfigured(stages, 'check-store', 'no artifact store support in this build');

  let localPath: string | null = null;
  if (hooks.download) {
    localPath = await stage(stages, 'download', async () => {
      const r = await hooks.download!(ctx, candidate);
      return { value: r.path, detail: `${r.downloaded ? 'downloaded and verified' : 'already cached, verified'}: ${r.path}` };
    });
  } else notConfigured(stages, 'download', 'no artifact store support in this build');

  const gateEnabled = ctx.config.gate.enabled && !o.skipGate;
  if (o.skipGate) stages.push({ name: 'gate', status: 'skipped', detail: `skipped: ${o.reason}`, ms: 0 });
  else if (!ctx.config.gate.enabled) stages.push({ name: 'gate', status: 'skipped', detail: 'disabled in registry/config.json (gate.enabled: false)', ms: 0 });
  else if (!hooks.gate || !localPath) notConfigured(stages, 'gate', 'no benchmark gate support in this build');
  else if (candidate.kind === 'lora') notConfigured(stages, 'gate', 'LoRA adapters are not gated yet: the eval backends load whole models (serve applies adapters on their base)');
  else {
    const baselineEntry = current ? (registry.history.find((e) => e.id === current.history_id) ?? null) : null;
    const baseline = current ? ((await readArtifact(ctx.root, refOf(current))) ?? null) : null;
    const g = await stage(stages, 'gate', async () => {
      const outcome = await hooks.gate!(ctx, { env: o.env, candidate, candidatePath: localPath!, baseline, baselineEntry, history: registry.history });
      gate = outcome;
      const allowed = outcome.verdict === 'pass' || (outcome.verdict === 'inconclusive' && ctx.config.gate.inconclusive === 'allow');
      if (!allowed) {
        const hint = outcome.verdict === 'inconclusive' ? ' (the measured spread is wider than a threshold: re-run on a quieter machine, widen the threshold, or set gate.inconclusive to "allow")' : '';
        throw new MregError('GATE_FAILED', `gate ${outcome.verdict} for ${id} in ${o.env}${hint}; the pointer was not moved\n${outcome.markdown}`);
      }
      return {
        value: outcome,
        detail: outcome.verdict === 'pass' ? 'pass: every metric within its threshold' : 'inconclusive, allowed by gate.inconclusive: no metric conclusively worse',
      };
    }, () => gate);
    gate = g;
  }

  if (!ctx.config.smoke.enabled) stages.push({ name: 'smoke', status: 'skipped', detail: 'disabled in registry/config.json (smoke.enabled: false)', ms: 0 });
  else if (!hooks.smoke || !localPath) notConfigured(stages, 'smoke', 'no smoke test support in this build');
  else if (candidate.kind === 'lora') notConfigured(stages, 'smoke', 'LoRA adapters are not smoke-tested yet: the eval backends load whole models');
  else
    await stage(stages, 'smoke', async () => {
      const r = await hooks.smoke!(ctx, localPath!);
      if (!r.ok) throw new MregError('SMOKE_FAILED', `smoke test failed for ${id}: ${r.detail}`);
      return { value: r, detail: r.detail };
    }, () => gate);

  const gateVerdict: HistoryEntry['gate'] = o.skipGate ? 'skipped' : gateEnabled && gate ? (gate as GateOutcome).verdict : 'not-configured';
  const outcome = await stage(stages, 'update-registry', async () => {
    const out = await commitDeploy(ctx, {
      env: o.env,
      ref,
      reason: o.reason ?? null,
      metrics: gate ? (gate as GateOutcome).metrics : null,
      gate: gateVerdict,
      expectCurrent: o.expectCurrent,
      gatedAgainst: gate ? (current?.history_id ?? null) : undefined,
      skipGateReason: o.skipGate ? (o.reason ?? undefined) : undefined,
    });
    return { value: out, detail: `commit ${out.commit.slice(0, 12)}${out.pushed ? ' pushed' : ` (${out.pushNote})`}` };
  }, () => gate);
  return { outcome, stages, gate, target: ref };
}

export interface RollbackResult {
  outcome: PointerOutcome;
  stages: StageReport[];
}

/** rollback: check that the target's artifact still exists in the store, then commit. No gate. */
export async function rollbackVersion(
  ctx: OpsContext,
  o: { env: string; to?: string; expectCurrent?: string; reason?: string | null },
  hooks: StageHooks,
): Promise<RollbackResult> {
  const { target } = await planRollback(ctx, o);
  const stages: StageReport[] = [];
  const meta = (await readArtifact(ctx.root, refOf(target))) as ArtifactMetadata;
  if (hooks.checkPresent) {
    await stage(stages, 'check-store', async () => ({ value: await hooks.checkPresent!(ctx, meta), detail: `${meta.artifact.uri} present (${meta.artifact.size} bytes)` }));
  } else notConfigured(stages, 'check-store', 'no artifact store support in this build');
  const { value: outcome, ms } = await timed(() => commitRollback(ctx, o, refOf(target)));
  stages.push({ name: 'update-registry', status: 'ok', detail: `commit ${outcome.commit.slice(0, 12)}${outcome.pushed ? ' pushed' : ` (${outcome.pushNote})`}`, ms });
  return { outcome, stages };
}
