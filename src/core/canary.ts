import { createHash } from 'node:crypto';
import { MregError } from './errors.js';
import { findEntry } from './history.js';
import { formatArtifactId, type ArtifactRef } from './naming.js';
import { checkNoCanary, checkPromotionOrder, entryOf, requireEnv, requireUsable, sameArtifact } from './rules.js';
import type { CanaryAnalysisRecord, CanaryPointer, HistoryEntry, Pointer, Registry } from './documents.js';
import {
  gateRecordOf,
  nextHistoryId,
  refOf,
  type ArtifactLookup,
  type TransitionInput,
  type TransitionResult,
} from './registry-transitions.js';

/**
 * The canary: a version of the environment's model running beside the stable one on a share of
 * the instances. Each instance knows its role from its own name, so no coordinator is needed and
 * the same instances are canary on every restart.
 */

export type CanaryRole = 'stable' | 'canary';

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Where an instance sits in [0, 1). A name ending in an ordinal (`mreg-0`, `server-12`: StatefulSet
 * pods, numbered hosts) sits at the fractional part of (ordinal + 1) x golden ratio: consecutive
 * ordinals spread evenly, so any fleet numbered from 0 gets within one or two instances of its
 * share at every percent. Any other name sits at its sha256 (first 8 bytes over 2^64): stable,
 * but only binomially even (a spread of about sqrt(N x p x (1 - p)) instances).
 */
export function instancePosition(instance: string): number {
  const ordinal = /-(\d{1,9})$/.exec(instance);
  if (ordinal) return ((Number(ordinal[1]) + 1) * GOLDEN) % 1;
  const h = createHash('sha256').update(instance).digest();
  return Number(h.readBigUInt64BE(0)) / 2 ** 64;
}

/**
 * The role of an instance at a canary percent. A fixed position per instance compared to
 * percent/100: raising the percent only adds canary instances, and a restart changes nothing.
 */
export function canaryRole(instance: string, percent: number | null | undefined): CanaryRole {
  if (!percent || percent <= 0) return 'stable';
  if (percent >= 100) return 'canary';
  return instancePosition(instance) < percent / 100 ? 'canary' : 'stable';
}

/** A canary percent from input: an integer 1..99 (100 is a promotion, 0 an abort). */
export function checkCanaryPercent(percent: number, what = 'canary percent'): number {
  if (!Number.isInteger(percent) || percent < 1 || percent > 99) {
    const hint =
      percent === 100 ? ' (100% is a promotion of the canary)' : percent === 0 ? ' (0% is an abort of the canary)' : '';
    throw new MregError('USAGE', `${what} must be an integer from 1 to 99, got ${JSON.stringify(percent)}${hint}`);
  }
  return percent;
}

/** The canary's artifact (the stable pointer's model). */
export function canaryRef(pointer: Pointer, canary: CanaryPointer): ArtifactRef {
  return { model: pointer.model, version: canary.version, quantization: canary.quantization };
}

/** The pointer an instance whose role is canary follows. */
export function canaryAsPointer(pointer: Pointer, canary: CanaryPointer): Pointer {
  return { ...canaryRef(pointer, canary), history_id: canary.history_id };
}

/** The environment's pointer with a canary, or a refusal saying there is none. */
export function requireCanary(registry: Registry, env: string, verb: string): Pointer & { canary: CanaryPointer } {
  const p = requireEnv(registry, env);
  if (!p?.canary)
    throw new MregError(
      'PRECONDITION',
      `${env} has no canary to ${verb}${p ? ` (it runs ${formatArtifactId(p)} alone)` : ' (nothing is deployed)'}; nothing was changed`,
    );
  return p as Pointer & { canary: CanaryPointer };
}

export interface CanaryInput extends TransitionInput {
  analysis?: CanaryAnalysisRecord;
}

function entryFor(
  registry: Registry,
  env: string,
  ref: ArtifactRef,
  action: HistoryEntry['action'],
  stable: Pointer,
  input: CanaryInput,
): HistoryEntry {
  return {
    id: nextHistoryId(registry),
    env,
    ...refOf(ref),
    deployed_at: input.now,
    rolled_back: false,
    metrics: input.metrics ?? null,
    action,
    actor: input.actor,
    reason: input.reason,
    previous_version: stable.version,
    previous_quantization: stable.quantization,
    ...(input.gate ? { gate: input.gate } : {}),
    ...(input.analysis ? { analysis: input.analysis } : {}),
  };
}

function withPointer(registry: Registry, env: string, pointer: Pointer, entry: HistoryEntry): Registry {
  return {
    ...registry,
    environments: { ...registry.environments, [env]: pointer },
    history: [...registry.history, entry],
  };
}

/**
 * Starts a canary of `ref` beside the environment's stable version: a registered, unblocked
 * version of the same model, other than the stable one, while no other canary runs.
 */
export function startCanary(
  registry: Registry,
  env: string,
  ref: ArtifactRef,
  percent: number,
  lookup: ArtifactLookup,
  input: CanaryInput,
  record: Partial<HistoryEntry> = {},
): TransitionResult {
  checkCanaryPercent(percent);
  const stable = requireEnv(registry, env);
  if (!stable)
    throw new MregError(
      'PRECONDITION',
      `${env} has no stable version for a canary to run beside: deploy ${formatArtifactId(ref)} without a canary first`,
    );
  requireUsable(ref, lookup(ref));
  if (ref.model !== stable.model)
    throw new MregError(
      'PRECONDITION',
      `a canary is a version of the model the environment runs: ${env} runs ${stable.model}, not ${ref.model}; deploy ${ref.model} without a canary to replace the model`,
    );
  if (sameArtifact(stable, ref))
    throw new MregError(
      'PRECONDITION',
      `${env} already runs ${formatArtifactId(ref)} as its stable version; nothing to canary`,
    );
  if (stable.canary) checkNoCanary(registry, env, 'new canary');
  const entry = { ...entryFor(registry, env, ref, 'canary', stable, input), ...record, canary_percent: percent };
  const canary: CanaryPointer = {
    version: ref.version,
    quantization: ref.quantization,
    history_id: entry.id,
    percent,
    started_at: input.now,
  };
  return { registry: withPointer(registry, env, { ...stable, canary }, entry), entry, previous: stable };
}

/**
 * promote --canary: the version the source environment runs starts as the target's canary, with
 * the gate record it earned there (verdict, metrics, which run measured them), as a promotion
 * carries it; the target's stable version stays until the canary is promoted.
 */
export function promoteAsCanary(
  registry: Registry,
  from: string,
  to: string,
  order: string[],
  percent: number,
  lookup: ArtifactLookup,
  input: CanaryInput,
): TransitionResult {
  checkPromotionOrder(order, from, to);
  const source = requireEnv(registry, from);
  if (!source) throw new MregError('PRECONDITION', `${from} has no active version to promote`);
  if (!requireEnv(registry, to))
    throw new MregError(
      'PRECONDITION',
      `${to} has no stable version for a canary to run beside: promote ${formatArtifactId(source)} without a canary first`,
    );
  const sourceEntry = entryOf(registry, source);
  const carried = input.gate === undefined && sourceEntry;
  return startCanary(
    registry,
    to,
    refOf(source),
    percent,
    lookup,
    { ...input, gate: input.gate ?? sourceEntry?.gate, metrics: input.metrics ?? sourceEntry?.metrics ?? null },
    { from_env: from, ...(carried ? gateRecordOf(sourceEntry) : {}) },
  );
}

/** Moves the running canary to another percent (1..99): a new history entry, the same canary, a new step. */
export function setCanary(registry: Registry, env: string, percent: number, input: CanaryInput): TransitionResult {
  checkCanaryPercent(percent);
  const p = requireCanary(registry, env, 'move');
  if (p.canary.percent === percent)
    throw new MregError(
      'PRECONDITION',
      `the canary of ${env} already runs on ${percent}% of its instances; nothing to change`,
    );
  const ref = canaryRef(p, p.canary);
  const started = entryOf(registry, { ...p, history_id: p.canary.history_id });
  const entry: HistoryEntry = {
    ...entryFor(registry, env, ref, 'canary', p, {
      ...input,
      gate: input.gate ?? started?.gate,
      metrics: input.metrics ?? started?.metrics ?? null,
    }),
    canary_percent: percent,
    ...(started ? { gated_by: started.gated_by ?? started.id } : {}),
  };
  // started_at is the current step's start: the analysis judges a step on its own window and soak.
  const canary: CanaryPointer = { ...p.canary, history_id: entry.id, percent, started_at: input.now };
  return { registry: withPointer(registry, env, { ...p, canary }, entry), entry, previous: p };
}

/**
 * The canary becomes the stable version of the environment; the entry carries the gate record of
 * the deploy that started the canary.
 */
export function promoteCanary(
  registry: Registry,
  env: string,
  lookup: ArtifactLookup,
  input: CanaryInput,
): TransitionResult {
  const p = requireCanary(registry, env, 'promote');
  const ref = canaryRef(p, p.canary);
  requireUsable(ref, lookup(ref));
  const last = findEntry(registry, p.canary.history_id);
  const entry: HistoryEntry = {
    ...entryFor(registry, env, ref, 'canary-promote', p, {
      ...input,
      gate: input.gate ?? last?.gate,
      metrics: input.metrics ?? last?.metrics ?? null,
    }),
    ...(last && last.gate ? { gated_by: last.gated_by ?? last.id } : {}),
  };
  const stable: Pointer = { ...ref, history_id: entry.id };
  return { registry: withPointer(registry, env, stable, entry), entry, previous: p };
}

/**
 * Removes the canary; the stable version stays as it is. The canary's entries are marked
 * rolled_back, as a rollback marks the entry it leaves.
 */
export function abortCanary(registry: Registry, env: string, input: CanaryInput): TransitionResult {
  const p = requireCanary(registry, env, 'abort');
  const ref = canaryRef(p, p.canary);
  const marked: Registry = {
    ...registry,
    history: registry.history.map((e) =>
      e.env === env && e.action === 'canary' && e.id > p.history_id && sameArtifact(e, ref)
        ? { ...e, rolled_back: true }
        : e,
    ),
  };
  const entry = entryFor(marked, env, ref, 'canary-abort', p, input);
  const stable: Pointer = {
    model: p.model,
    version: p.version,
    quantization: p.quantization,
    history_id: p.history_id,
  };
  const abandoned = findEntry(marked, p.canary.history_id) ?? undefined;
  return { registry: withPointer(marked, env, stable, entry), entry, previous: p, abandoned };
}
