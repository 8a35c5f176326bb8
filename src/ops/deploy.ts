import { MregError } from '../core/errors.js';
import { gateAllows } from '../core/gate-decision.js';
import { formatArtifactId, type ArtifactRef } from '../core/naming.js';
import { refOf } from '../core/registry-transitions.js';
import {
  RefusedWithNextStep,
  checkDeployable,
  checkPromotionOrder,
  entryOf,
  liveEntry,
  previousEnvironment,
  requireEnv,
} from '../core/rules.js';
import type { ArtifactMetadata, HistoryEntry, Pointer, Registry } from '../core/documents.js';
import { checkExpectCurrent, checkNoCanary } from '../core/rules.js';
import { promoteAsCanary, startCanary } from '../core/canary.js';
import { abortCanary, commitCanaryPromotion, commitCanaryStart } from './canary.js';
import type { OpsContext } from '../state/context.js';
import { readArtifact, readRegistry } from '../state/read.js';
import { syncWithRemote } from '../state/sync.js';
import { requireConfiguredStore } from './store-door.js';
import { notRegistered } from './catalog.js';
import { Pipeline, type GateOutcome, type StageHooks, type StageReport } from './pipeline.js';
import {
  commitDeploy,
  commitPromote,
  commitRollback,
  planRollback,
  resolveQuantization,
  type CommitDeployOptions,
  type PointerOutcome,
} from './registry-ops.js';

/**
 * The pointer-moving pipelines. deploy: check the store, download, gate, smoke test, then move the
 * pointer. promote: check the store, carry the source environment's gate record, move the pointer.
 * rollback: check the store, move the pointer (no gate: it returns to a version that already ran
 * there). Any failure before the last stage leaves the registry exactly as it was.
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
  /**
   * Start a canary on this percent (1..99) of the environment's instances instead of moving the
   * stable pointer; the gate compares against the stable version as for any deploy.
   */
  canary?: number;
}

export interface PointerResult {
  outcome: PointerOutcome;
  stages: StageReport[];
  gate: GateOutcome | null;
  target: ArtifactRef;
}

function requireSkipReason(skipGate: boolean | undefined, reason: string | null | undefined): void {
  if (skipGate && !(reason && reason.trim()))
    throw new MregError('USAGE', 'skipping the gate needs a reason (it is recorded in the history and the commit)');
}

async function checkStore(p: Pipeline, ctx: OpsContext, hooks: StageHooks, meta: ArtifactMetadata): Promise<void> {
  const check = hooks.checkPresent;
  if (!check) return p.notConfigured('check-store', 'no artifact store support in this build');
  await p.run('check-store', async () => ({
    value: await check(ctx, meta),
    detail: `${meta.artifact.uri} present (${meta.artifact.size} bytes)`,
  }));
}

function committed(out: PointerOutcome): string {
  return `commit ${out.commit.slice(0, 12)}${out.pushed ? ' pushed' : ` (${out.pushNote})`}`;
}

/** The gate stage of a deploy: skipped on purpose, not configured, or run and decided. */
async function gateStage(
  p: Pipeline,
  ctx: OpsContext,
  hooks: StageHooks,
  a: {
    o: DeployOptions;
    id: string;
    meta: ArtifactMetadata;
    localPath: string | null;
    current: Pointer | null;
    baselineEntry: HistoryEntry | null;
  },
): Promise<void> {
  const { o, id, meta, localPath, current, baselineEntry } = a;
  const gateHook = hooks.gate;
  if (o.skipGate) p.skip('gate', `skipped: ${o.reason}`);
  else if (!ctx.config.gate.enabled) p.skip('gate', 'disabled in registry/config.json (gate.enabled: false)');
  else if (!gateHook || !localPath) p.notConfigured('gate', 'no benchmark gate support in this build');
  else {
    const baseline = current ? ((await readArtifact(ctx.root, refOf(current))) ?? null) : null;
    await p.run('gate', async () => {
      // The gate looks for a baseline anywhere in the environment's past: all of the history.
      const { history } = (await readRegistry(ctx.root)).registry;
      const outcome = await gateHook(ctx, {
        env: o.env,
        candidate: meta,
        candidatePath: localPath,
        baseline,
        baselineEntry,
        history,
      });
      p.gate = outcome;
      const allowed = gateAllows(outcome.verdict, ctx.config.gate.inconclusive);
      if (!allowed) {
        const hint =
          outcome.verdict === 'inconclusive'
            ? ' (the time budget ran out before the measurements could tell: raise gate.budget_s, or run on a quieter machine)'
            : '';
        throw new RefusedWithNextStep(
          'GATE_FAILED',
          `gate ${outcome.verdict} for ${id} in ${o.env}${hint}; the pointer was not moved\n${outcome.markdown}`,
          {
            kind: 'skip-gate',
            command: 'deploy',
          },
        );
      }
      return {
        value: outcome,
        detail:
          outcome.verdict === 'pass'
            ? 'pass: every metric within its threshold'
            : 'inconclusive, allowed by gate.inconclusive: no metric conclusively worse',
      };
    });
  }
}

/**
 * What the commit would refuse, checked before any download: a plain deploy moves the stable
 * version (refused while a canary runs); a canary deploy starts a canary beside it.
 */
function checkTarget(
  ctx: OpsContext,
  registry: Registry,
  o: DeployOptions,
  ref: ArtifactRef,
  candidate: ArtifactMetadata,
): Pointer | null {
  if (o.canary === undefined)
    return checkDeployable(registry, o.env, ref, candidate, { expectCurrent: o.expectCurrent });
  checkExpectCurrent(registry, o.env, o.expectCurrent);
  startCanary(registry, o.env, ref, o.canary, () => candidate, { actor: ctx.actor, reason: null, now: ctx.now() });
  return requireEnv(registry, o.env);
}

export async function deployVersion(ctx: OpsContext, o: DeployOptions, hooks: StageHooks): Promise<PointerResult> {
  requireSkipReason(o.skipGate, o.reason);
  requireConfiguredStore(ctx);
  // Plan on the remote's state: a clone that is behind must not answer from stale pointers.
  await syncWithRemote(ctx);
  const ref = await resolveQuantization(ctx, o.model, o.version, o.quantization);
  const id = formatArtifactId(ref);

  // One snapshot for the whole pipeline: refuse early (before any download) what the commit would
  // refuse anyway; the commit re-checks on the state it commits onto.
  const { registry } = await readRegistry(ctx.root, { recent: true });
  const candidate = await readArtifact(ctx.root, ref);
  if (!candidate) throw await notRegistered(ctx.root, ref);
  const current = checkTarget(ctx, registry, o, ref, candidate);
  const meta = candidate as ArtifactMetadata;
  const baselineEntry = entryOf(registry, current);

  const p = new Pipeline();
  await checkStore(p, ctx, hooks, meta);
  const download = hooks.download;
  const localPath = download
    ? await p.run('download', async () => {
        const r = await download(ctx, meta);
        return {
          value: r.path,
          detail: `${r.downloaded ? 'downloaded and verified' : 'already cached, verified'}: ${r.path}`,
        };
      })
    : (p.notConfigured('download', 'no artifact store support in this build'), null);

  await gateStage(p, ctx, hooks, { o, id, meta, localPath, current, baselineEntry });

  const smokeHook = hooks.smoke;
  if (!ctx.config.smoke.enabled) p.skip('smoke', 'disabled in registry/config.json (smoke.enabled: false)');
  else if (!smokeHook || !localPath) p.notConfigured('smoke', 'no smoke test support in this build');
  else
    await p.run('smoke', async () => {
      const r = await smokeHook(ctx, localPath, meta);
      if (!r.ok) throw new MregError('SMOKE_FAILED', `smoke test failed for ${id}: ${r.detail}`);
      return { value: r, detail: r.detail };
    });

  const gate = p.gate;
  const gateVerdict: HistoryEntry['gate'] = o.skipGate ? 'skipped' : gate ? gate.verdict : 'not-configured';
  const outcome = await p.run('update-registry', async () => {
    const percent = o.canary;
    const commit = (x: CommitDeployOptions) =>
      percent !== undefined ? commitCanaryStart(ctx, { ...x, percent }) : commitDeploy(ctx, x);
    const out = await commit({
      env: o.env,
      ref,
      reason: o.reason ?? null,
      metrics: gate ? gate.metrics : null,
      gate: gateVerdict,
      expectCurrent: o.expectCurrent,
      gatedAgainst: gate ? (current?.history_id ?? null) : undefined,
      skipGateReason: o.skipGate ? (o.reason ?? undefined) : undefined,
    });
    return { value: out, detail: committed(out) };
  });
  return { outcome, stages: p.stages, gate, target: ref };
}

export interface PromoteOptions {
  /** Where the version comes from; default: the environment before `to` in the promotion order. */
  from?: string;
  to: string;
  expectCurrent?: string;
  reason?: string | null;
  /** Promote a version whose source entry passed no gate; requires a reason, recorded. */
  skipGate?: boolean;
  /**
   * Start the version as the target's canary on this percent (1..99) of its instances instead of
   * moving every instance; the canary analysis or `mreg canary promote` finishes the promotion.
   */
  canary?: number;
}

/**
 * promote: the version the source environment runs moves on, with the gate record it earned there.
 * A version that reached the source without passing a gate (skipped, not configured, inconclusive
 * but allowed) is refused unless the promotion itself is marked as ungated, with a reason.
 */
export async function promoteVersion(
  ctx: OpsContext,
  o: PromoteOptions,
  hooks: StageHooks,
): Promise<PointerResult & { from: string }> {
  requireSkipReason(o.skipGate, o.reason);
  requireConfiguredStore(ctx);
  await syncWithRemote(ctx);
  const from = o.from ?? previousEnvironment(ctx.config.environments, o.to);
  checkPromotionOrder(ctx.config.environments, from, o.to);
  const { registry } = await readRegistry(ctx.root, { recent: true });
  const source = requireEnv(registry, from);
  if (!source) throw new MregError('PRECONDITION', `${from} has no active version to promote`);
  const ref = refOf(source);
  const meta = await readArtifact(ctx.root, ref);
  if (o.canary === undefined)
    checkDeployable(registry, o.to, ref, meta, { expectCurrent: o.expectCurrent, verb: 'promote' });
  else {
    // What the commit would refuse, before the store is checked: the same transition on this snapshot.
    checkExpectCurrent(registry, o.to, o.expectCurrent);
    promoteAsCanary(registry, from, o.to, ctx.config.environments, o.canary, () => meta, {
      actor: ctx.actor,
      reason: null,
      now: ctx.now(),
    });
  }
  const sourceEntry = liveEntry(registry, from);

  const p = new Pipeline();
  await checkStore(p, ctx, hooks, meta as ArtifactMetadata);
  const verdict = sourceEntry?.gate;
  if (o.skipGate) p.skip('gate', `skipped: ${o.reason}`);
  else if (!ctx.config.gate.enabled) p.skip('gate', 'disabled in registry/config.json (gate.enabled: false)');
  else
    await p.run('gate', async () => {
      if (verdict !== 'pass') {
        const what = verdict === undefined ? 'has no gate record' : `has gate verdict "${verdict}"`;
        throw new RefusedWithNextStep(
          'GATE_FAILED',
          `${formatArtifactId(ref)} ${what} in ${from} (history entry #${sourceEntry?.id ?? '?'}): only a version that passed the gate is promoted; promote it as ungated with a reason, or deploy it through the gate`,
          { kind: 'skip-gate', command: 'promote' },
        );
      }
      const run = sourceEntry?.gated_by ?? sourceEntry?.id;
      return {
        value: null,
        detail: `pass, carried from ${from} (history entry #${sourceEntry?.id}, gate run of entry #${run})`,
      };
    });

  const outcome = await p.run('update-registry', async () => {
    const x = {
      from,
      to: o.to,
      reason: o.reason ?? null,
      expectCurrent: o.expectCurrent,
      mustBe: ref,
      skipGateReason: o.skipGate ? (o.reason ?? undefined) : undefined,
    };
    const percent = o.canary;
    const out = await (percent !== undefined ? commitCanaryPromotion(ctx, { ...x, percent }) : commitPromote(ctx, x));
    return { value: out, detail: committed(out) };
  });
  return { outcome, stages: p.stages, gate: null, target: ref, from };
}

/**
 * rollback: check that the target's artifact still exists in the store, then commit. No gate.
 * Idempotent under contention: when another writer rolled the same version back first, this one
 * succeeds without a commit (`noop` says so) instead of failing.
 */
export async function rollbackVersion(
  ctx: OpsContext,
  o: { env: string; to?: string; expectCurrent?: string; reason?: string | null },
  hooks: StageHooks,
): Promise<PointerResult & { noop?: string }> {
  requireConfiguredStore(ctx);
  await syncWithRemote(ctx);
  const canary = await rollbackOfCanary(ctx, o);
  if (canary) return canary;
  const { target, current } = await planRollback(ctx, o);
  const meta = (await readArtifact(ctx.root, refOf(target))) as ArtifactMetadata;
  const p = new Pipeline();
  await checkStore(p, ctx, hooks, meta);
  const outcome = await p.run('update-registry', async () => {
    const out = await commitRollback(ctx, { ...o, from: current?.history_id }, refOf(target));
    return { value: out, detail: out.noop ? `nothing to do: ${out.noop}` : committed(out) };
  });
  return { outcome, stages: p.stages, gate: null, target: refOf(target), noop: outcome.noop };
}

/**
 * A rollback of an environment that runs a canary aborts the canary: the instances running it go
 * back to the stable version, which stays. A rollback to a named version is refused meanwhile.
 */
async function rollbackOfCanary(
  ctx: OpsContext,
  o: { env: string; to?: string; expectCurrent?: string; reason?: string | null },
): Promise<PointerResult | null> {
  const { registry } = await readRegistry(ctx.root, { recent: true });
  const pointer = requireEnv(registry, o.env);
  if (!pointer?.canary) return null;
  checkExpectCurrent(registry, o.env, o.expectCurrent);
  if (o.to !== undefined) checkNoCanary(registry, o.env, `rollback to ${o.to}`);
  const p = new Pipeline();
  const outcome = await p.run('update-registry', async () => {
    const out = await abortCanary(ctx, o.env, { reason: o.reason ?? 'rollback of the canary environment' });
    return { value: out, detail: `canary aborted: ${committed(out)}` };
  });
  return { outcome, stages: p.stages, gate: null, target: refOf(pointer) };
}

export { PipelineError } from './pipeline.js';
