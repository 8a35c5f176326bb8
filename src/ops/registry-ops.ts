import { MregError } from '../core/errors.js';
import { formatJson } from '../core/json.js';
import { formatArtifactId, metadataPath, type ArtifactRef } from '../core/naming.js';
import * as core from '../core/registry-transitions.js';
import { RefusedWithNextStep, liveEntry } from '../core/rules.js';
import { notRegistered } from './catalog.js';
import type { ArtifactMetadata, HistoryEntry, Metrics, Pointer, Registry } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
import { registryFiles } from '../state/history-files.js';
import { quantizationsOf, readArtifact, readRegistry, withArtifacts, withHistory } from '../state/read.js';
import { headSha } from '../git/repo.js';
import { commitChange, type CommitOutcome, type PlannedChange } from '../state/transaction.js';

/**
 * The pointer-moving use cases: deploy, promote, rollback, block. Each reads the registry at the
 * current head, applies a pure transition from src/core, and commits registry.json together with
 * the metadata whose status changed (active / superseded), as one commit with trailers.
 */

export interface PointerChange {
  env: string;
  action: HistoryEntry['action'];
  from: Pointer | null;
  to: Pointer;
  entry: HistoryEntry;
  abandoned?: HistoryEntry;
}

export type PointerOutcome = CommitOutcome<PointerChange>;

export async function resolveQuantization(
  ctx: OpsContext,
  model: string,
  version: string,
  quantization?: string,
): Promise<ArtifactRef> {
  if (quantization) return { model, version, quantization };
  const quants = await quantizationsOf(ctx.root, model, version);
  if (quants.length === 1) return { model, version, quantization: quants[0] };
  if (quants.length === 0) throw await notRegistered(ctx.root, { model, version });
  throw new RefusedWithNextStep(
    'USAGE',
    `${model} ${version} is registered in several quantizations (${quants.join(', ')}); name the quantization`,
    {
      kind: 'quantization',
      quantizations: quants,
    },
  );
}

/**
 * `deploy(staging): llama3 1.0.0 -> 1.1.0 (q4km)`; when the model or quantization changes, both
 * sides are spelled out: `rollback(staging): tinyllama-lora 2.0.0 (q4km) -> tinyllama 1.0.0 (q4km)`.
 */
export function subjectFor(action: string, env: string, from: Pointer | null, to: ArtifactRef): string {
  // A canary step or abort leaves the stable version where it is: say which runs beside which.
  if (action === 'canary' && from)
    return `canary(${env}): ${to.model} ${to.version} (${to.quantization}) beside ${from.version}`;
  if (action === 'canary-abort' && from)
    return `canary-abort(${env}): ${to.model} ${to.version} (${to.quantization}) removed, ${from.version} stays`;
  if (!from || (from.model === to.model && from.quantization === to.quantization))
    return `${action}(${env}): ${to.model} ${from ? from.version : 'none'} -> ${to.version} (${to.quantization})`;
  return `${action}(${env}): ${from.model} ${from.version} (${from.quantization}) -> ${to.model} ${to.version} (${to.quantization})`;
}

async function statusFiles(
  ctx: OpsContext,
  next: Registry,
  touched: ArtifactRef[],
): Promise<{ path: string; content: string }[]> {
  const metas = (await Promise.all(touched.map((r) => readArtifact(ctx.root, r)))).filter(
    (m): m is ArtifactMetadata => !!m,
  );
  const unique = [...new Map(metas.map((m) => [formatArtifactId(m), m])).values()];
  return core.statusChanges(next, unique).map((m) => ({ path: metadataPath(m), content: formatJson(m) }));
}

/** What a pointer change adds to its commit message: trailers, and for a canary its percent and evidence. */
export interface MessageExtras {
  trailers?: Record<string, string | number | null | undefined>;
  subjectSuffix?: string;
  bodyLines?: string[];
}

export async function planPointerChange(
  ctx: OpsContext,
  transition: (registry: Registry, lookup: core.ArtifactLookup) => core.TransitionResult,
  extras: MessageExtras = {},
): Promise<PlannedChange<PointerChange>> {
  // Planned on the recent history; the archived history is read only when the transition asks
  // further back than that (a rollback past every recent entry of its environment, say).
  const { t, files, planned } = await withHistory(
    ctx.root,
    await readRegistry(ctx.root, { recent: true }),
    async (state) => {
      const t = await withArtifacts(ctx.root, (lookup) => transition(state.registry, lookup));
      const touched: ArtifactRef[] = [core.refOf(t.entry)];
      if (t.previous) touched.push(core.refOf(t.previous));
      if (t.previous?.canary) touched.push({ model: t.previous.model, ...t.previous.canary });
      const files = [...registryFiles(t.registry, state.loaded), ...(await statusFiles(ctx, t.registry, touched))];
      return { t, files, planned: state };
    },
  );
  const to = t.registry.environments[t.entry.env] as Pointer;
  const e = t.entry;
  return {
    files,
    planned,
    subject: subjectFor(e.action, e.env, t.previous, e) + (extras.subjectSuffix ?? ''),
    body: [e.reason, ...(extras.bodyLines ?? [])].filter((l) => l).join('\n') || null,
    trailers: {
      'Mreg-Action': e.action,
      'Mreg-Environment': e.env,
      'Mreg-Model': e.model,
      'Mreg-Version': e.version,
      'Mreg-Quantization': e.quantization,
      'Mreg-Previous-Version': e.previous_version ?? 'none',
      'Mreg-History-Id': e.id,
      'Mreg-Actor': e.actor,
      'Mreg-Reason': e.reason,
      'Mreg-Gate': e.gate,
      'Mreg-Rolled-Back-Id': t.abandoned?.id,
      'Mreg-Gated-By': e.gated_by,
      ...extras.trailers,
    },
    result: { env: e.env, action: e.action, from: t.previous, to, entry: e, abandoned: t.abandoned },
  };
}

export interface CommitDeployOptions {
  env: string;
  ref: ArtifactRef;
  reason?: string | null;
  metrics?: Metrics | null;
  gate?: HistoryEntry['gate'];
  expectCurrent?: string;
  /**
   * The entry the environment followed when the gate measured its baseline. If another writer
   * moved the environment meanwhile, the verdict is about the wrong baseline: refuse rather than
   * re-apply (and never undo, say, an emergency rollback made during a long gate run).
   */
  gatedAgainst?: number | null;
  skipGateReason?: string;
}

/** The last step of a deploy: move the pointer (the pipeline before it lives in deploy.ts). */
export async function commitDeploy(ctx: OpsContext, o: CommitDeployOptions): Promise<PointerOutcome> {
  return commitChange(ctx, () =>
    planPointerChange(
      ctx,
      (registry, lookup) => {
        core.checkExpectCurrent(registry, o.env, o.expectCurrent);
        const now = core.requireEnv(registry, o.env)?.history_id ?? null;
        if (o.gatedAgainst !== undefined && now !== o.gatedAgainst) {
          throw new MregError(
            'CONFLICT',
            `${o.env} changed while the gate ran (now history entry ${now ?? 'none'}); the verdict is about an older baseline, so nothing was deployed: run the deploy again`,
          );
        }
        return core.deploy(registry, o.env, o.ref, lookup, {
          actor: ctx.actor,
          reason: o.reason ?? null,
          now: ctx.now(),
          metrics: o.metrics ?? null,
          gate: o.gate,
        });
      },
      { trailers: { 'Mreg-Gate-Skipped': o.skipGateReason } },
    ),
  );
}

export interface RollbackOptions {
  env: string;
  to?: string;
  expectCurrent?: string;
  reason?: string | null;
}

/** Pure preview of a rollback: the target, before anything is fetched or written. */
export async function planRollback(
  ctx: OpsContext,
  o: RollbackOptions,
): Promise<{ target: HistoryEntry; current: Pointer | null }> {
  return withHistory(ctx.root, await readRegistry(ctx.root, { recent: true }), async ({ registry }) => {
    core.checkExpectCurrent(registry, o.env, o.expectCurrent);
    const { target } = await withArtifacts(ctx.root, (lookup) => core.rollbackTarget(registry, o.env, lookup, o.to));
    return { target, current: registry.environments[o.env] };
  });
}

/** A rollback outcome; `noop` says why nothing was committed (the version was already rolled back). */
export type RollbackOutcome = PointerOutcome & { noop?: string };

/**
 * The last step of a rollback: leave the entry `from` (the one the environment ran when the
 * rollback was planned) for `mustBe` (the target checked in the store). Re-applied on the newest
 * state when another writer got there first: if that writer already rolled `from` back, the exit
 * has been taken and this rollback succeeds without a commit; if the environment moved to a third
 * version, or the target changed, it refuses.
 */
export async function commitRollback(
  ctx: OpsContext,
  o: RollbackOptions & { from?: number },
  mustBe?: ArtifactRef,
): Promise<RollbackOutcome> {
  try {
    return await commitChange(ctx, () =>
      planPointerChange(ctx, (registry, lookup) => {
        const t = core.rollback(registry, o.env, lookup, {
          actor: ctx.actor,
          reason: o.reason ?? null,
          now: ctx.now(),
          toVersion: o.to,
          expectCurrent: o.expectCurrent,
          from: o.from,
        });
        if (mustBe && !core.sameArtifact(t.entry, mustBe)) {
          throw new MregError(
            'CONFLICT',
            `the registry changed while rolling back: the target is now ${formatArtifactId(t.entry)}, not ${formatArtifactId(mustBe)}; run rollback again`,
          );
        }
        return t;
      }),
    );
  } catch (err) {
    if (!(err instanceof core.AlreadyRolledBack)) throw err;
    const { registry } = await readRegistry(ctx.root);
    const entry = err.by ?? liveEntry(registry, o.env);
    const commit = (await headSha(ctx.repo)) ?? '';
    return {
      result: {
        env: o.env,
        action: 'rollback',
        from: core.refPointer(err.left),
        to: err.now,
        entry: entry ?? err.left,
        abandoned: err.left,
      },
      commit,
      pushed: false,
      pushNote: `nothing to do: ${err.message}`,
      attempts: 1,
      noop: err.message,
    };
  }
}

export interface CommitPromoteOptions {
  from: string;
  to: string;
  expectCurrent?: string;
  reason?: string | null;
  /** The version checked in the store: refuse if the source environment moved meanwhile. */
  mustBe?: ArtifactRef;
  /** Promoted without a gate record of its own, for this reason (recorded as gate: skipped). */
  skipGateReason?: string;
}

/** Refuses a promotion whose source environment moved since its version was checked in the store. */
export function checkSourceUnchanged(o: Pick<CommitPromoteOptions, 'from' | 'mustBe'>, promoted: ArtifactRef): void {
  if (o.mustBe && !core.sameArtifact(promoted, o.mustBe))
    throw new MregError(
      'CONFLICT',
      `${o.from} changed while promoting: it now runs ${formatArtifactId(promoted)}, not ${formatArtifactId(o.mustBe)}; run promote again`,
    );
}

export async function commitPromote(ctx: OpsContext, o: CommitPromoteOptions): Promise<PointerOutcome> {
  return commitChange(ctx, () =>
    planPointerChange(
      ctx,
      (registry, lookup) => {
        const t = core.promote(registry, o.from, o.to, ctx.config.environments, lookup, {
          actor: ctx.actor,
          reason: o.reason ?? null,
          now: ctx.now(),
          expectCurrent: o.expectCurrent,
          gate: o.skipGateReason !== undefined ? 'skipped' : undefined,
        });
        checkSourceUnchanged(o, t.entry);
        return t;
      },
      { trailers: { 'Mreg-From-Environment': o.from, 'Mreg-Gate-Skipped': o.skipGateReason } },
    ),
  );
}

export interface BlockOptions {
  ref: ArtifactRef;
  reason: string;
}

/** Marks a known-bad artifact: deploy and rollback refuse it from then on. Nothing is deleted. */
export async function blockArtifact(ctx: OpsContext, o: BlockOptions): Promise<CommitOutcome<ArtifactMetadata>> {
  if (!o.reason || !o.reason.trim())
    throw new MregError('USAGE', 'blocking an artifact needs a reason (it is recorded)');
  return commitChange(ctx, async () => {
    const meta = await readArtifact(ctx.root, o.ref);
    const id = formatArtifactId(o.ref);
    if (!meta) throw await notRegistered(ctx.root, o.ref);
    if (meta.status === 'blocked')
      throw new MregError('PRECONDITION', `artifact ${id} is already blocked: ${meta.blocked_reason ?? ''}`);
    // An environment pointing at a blocked artifact is an invalid registry (validate says so):
    // the environments that run it move off it first.
    const live = await liveEnvironments(ctx, o.ref);
    if (live.length) {
      throw new RefusedWithNextStep(
        'PRECONDITION',
        `${id} is active in ${live.join(', ')}: roll ${live.length > 1 ? 'those environments' : 'it'} back (or deploy another version) before blocking it, or block and roll back in one step; nothing was changed`,
        { kind: 'block-rollback', id },
      );
    }
    const next: ArtifactMetadata = { ...meta, status: 'blocked', blocked_reason: o.reason };
    return {
      files: [{ path: metadataPath(o.ref), content: formatJson(next) }],
      subject: `block: ${o.ref.model} ${o.ref.version} (${o.ref.quantization})`,
      body: o.reason,
      trailers: {
        'Mreg-Action': 'block',
        'Mreg-Model': o.ref.model,
        'Mreg-Version': o.ref.version,
        'Mreg-Quantization': o.ref.quantization,
        'Mreg-Actor': ctx.actor,
        'Mreg-Reason': o.reason,
      },
      result: next,
    };
  });
}

/** The environments whose pointer names this artifact now. */
export async function liveEnvironments(ctx: OpsContext, ref: ArtifactRef): Promise<string[]> {
  const { registry } = await readRegistry(ctx.root, { recent: true });
  return Object.entries(registry.environments)
    .filter(
      ([, p]) =>
        p && (core.sameArtifact(p, ref) || (p.canary && core.sameArtifact({ model: p.model, ...p.canary }, ref))),
    )
    .map(([e]) => e);
}
