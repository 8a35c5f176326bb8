import { MregError } from './errors.js';
import { findEntry, needOlder, newestId } from './history.js';
import { formatArtifactId, type ArtifactRef } from './naming.js';
import {
  RefusedWithNextStep,
  checkDeployable,
  checkExpectCurrent,
  checkNoCanary,
  checkPromotionOrder,
  entryOf,
  movedStable,
  requireEnv,
  sameArtifact,
} from './rules.js';
import type { ArtifactMetadata, HistoryAction, HistoryEntry, Metrics, Pointer, Registry } from './documents.js';

/**
 * Registry transitions: pure functions from one registry state to the next. Each returns a new
 * registry and the history entry it appended; the inputs are never mutated, so a refused
 * transition leaves nothing half-changed and a retried push can re-apply the same intent to a
 * newer state.
 */

export function emptyRegistry(environments: string[]): Registry {
  return { schema_version: 1, environments: Object.fromEntries(environments.map((e) => [e, null])), history: [] };
}

export function refOf(x: { model: string; version: string; quantization: string }): ArtifactRef {
  return { model: x.model, version: x.version, quantization: x.quantization };
}

/** A map key for an artifact that is already schema-valid (no name checks: hot loops over history). */
function artifactKey(r: ArtifactRef): string {
  return `${r.model}-v${r.version}-${r.quantization}`;
}

export function nextHistoryId(registry: Registry): number {
  return newestId(registry) + 1;
}

export interface TransitionInput {
  actor: string;
  /** Refuse unless the environment runs this version now (`none`: nothing). */
  expectCurrent?: string;
  reason: string | null;
  now: string;
  metrics?: Metrics | null;
  gate?: HistoryEntry['gate'];
}

export interface TransitionResult {
  registry: Registry;
  entry: HistoryEntry;
  /** The pointer before the change, for messages and outputs. */
  previous: Pointer | null;
  /** The entry marked rolled_back by a rollback. */
  abandoned?: HistoryEntry;
}

/** Lookup of registered artifacts, injected so the core stays free of I/O. */
export type ArtifactLookup = (ref: ArtifactRef) => ArtifactMetadata | undefined;

function append(
  registry: Registry,
  env: string,
  ref: ArtifactRef,
  action: HistoryAction,
  input: TransitionInput,
  extra: Partial<HistoryEntry> = {},
): TransitionResult {
  const previous = registry.environments[env] ?? null;
  const entry: HistoryEntry = {
    id: nextHistoryId(registry),
    env,
    model: ref.model,
    version: ref.version,
    quantization: ref.quantization,
    deployed_at: input.now,
    rolled_back: false,
    metrics: input.metrics ?? null,
    action,
    actor: input.actor,
    reason: input.reason,
    previous_version: previous?.version ?? null,
    previous_quantization: previous?.quantization ?? null,
    ...(input.gate ? { gate: input.gate } : {}),
    ...extra,
  };
  const next: Registry = {
    ...registry,
    environments: { ...registry.environments, [env]: { ...refOf(ref), history_id: entry.id } },
    history: [...registry.history, entry],
  };
  return { registry: next, entry, previous };
}

export function deploy(
  registry: Registry,
  env: string,
  ref: ArtifactRef,
  lookup: ArtifactLookup,
  input: TransitionInput,
): TransitionResult {
  checkDeployable(registry, env, ref, lookup(ref), { expectCurrent: input.expectCurrent });
  return append(registry, env, ref, 'deploy', input);
}

export function promote(
  registry: Registry,
  from: string,
  to: string,
  order: string[],
  lookup: ArtifactLookup,
  input: TransitionInput,
): TransitionResult {
  const source = requireEnv(registry, from);
  requireEnv(registry, to);
  checkPromotionOrder(order, from, to);
  if (!source) throw new MregError('PRECONDITION', `${from} has no active version to promote`);
  const ref = refOf(source);
  checkDeployable(registry, to, ref, lookup(ref), { expectCurrent: input.expectCurrent, verb: 'promote' });
  // The promoted entry carries the source's gate record: its verdict, its metrics and which run
  // measured them, so production's history says what was checked before the version got there.
  const sourceEntry = entryOf(registry, source);
  const record: Partial<HistoryEntry> = { from_env: from };
  if (sourceEntry && input.gate === undefined) Object.assign(record, gateRecordOf(sourceEntry));
  const gate = input.gate ?? sourceEntry?.gate;
  return append(
    registry,
    to,
    ref,
    'promote',
    { ...input, gate, metrics: input.metrics ?? sourceEntry?.metrics ?? null },
    record,
  );
}

/**
 * Which gate run an entry's verdict comes from, to carry along with it: set only when a gate ran
 * (pass, fail or inconclusive), pointing at the entry whose deploy measured it.
 */
export function gateRecordOf(e: HistoryEntry): Partial<HistoryEntry> {
  const ran = e.gate === 'pass' || e.gate === 'fail' || e.gate === 'inconclusive';
  return ran ? { gated_by: e.gated_by ?? e.id } : {};
}

/**
 * The rollback target, "the previous known-good version":
 * - Candidates are the environment's earlier entries whose artifact differs from the current one,
 *   is registered and is not blocked (blocking is how a version is excluded for good).
 * - A plain rollback takes the latest candidate whose artifact was not abandoned, i.e. the last
 *   time the environment left that artifact, it was not left by a plain rollback. (Leaving a
 *   version with an explicit target says nothing about its quality.) So two rollbacks in a row
 *   walk back two known-good versions, and a third with nothing known-good left refuses rather
 *   than go forward again onto a version that was just rolled back: only an explicit target
 *   returns to one of those, and the refusal lists them.
 * With `toVersion`, the latest candidate of that version, abandoned or not.
 */
export function rollbackTarget(
  registry: Registry,
  env: string,
  lookup: ArtifactLookup,
  toVersion?: string,
): { target: HistoryEntry; current: HistoryEntry | undefined } {
  const pointer = requireEnv(registry, env);
  if (!pointer) throw new MregError('NOTHING_TO_ROLL_BACK', `${env} has no active version; nothing to roll back`);
  // Canary steps and aborts never ran as the stable version: they are no rollback targets.
  const envEntries = registry.history.filter((e) => e.env === env && movedStable(e));
  const current = findEntry(registry, pointer.history_id) ?? undefined;
  const abandonedKeys = abandonedArtifacts(envEntries);
  const skipped: string[] = [];
  const abandonedVersions: string[] = [];
  for (let i = envEntries.length - 1; i >= 0; i--) {
    const e = envEntries[i];
    if (e.id === pointer.history_id || sameArtifact(e, pointer)) continue;
    if (toVersion !== undefined && e.version !== toVersion) continue;
    const meta = lookup(refOf(e));
    if (!meta) {
      skipped.push(`${formatArtifactId(e)} (not registered)`);
      continue;
    }
    if (meta.status === 'blocked') {
      skipped.push(`${formatArtifactId(e)} (blocked)`);
      continue;
    }
    if (toVersion === undefined && abandonedKeys.has(artifactKey(e))) {
      skipped.push(`${formatArtifactId(e)} (rolled back)`);
      if (!abandonedVersions.includes(e.version)) abandonedVersions.push(e.version);
      continue;
    }
    return { target: e, current };
  }
  // Nothing found among the loaded entries: the archived history may hold a target.
  needOlder(registry, `an earlier known-good version of ${env}`);
  throw nothingToRollBackTo(env, pointer, toVersion, [...new Set(skipped)], abandonedVersions);
}

/** For each artifact, whether the environment's latest departure from it was a plain rollback. */
function abandonedArtifacts(envEntries: HistoryEntry[]): Set<string> {
  const abandoned = new Set<string>();
  for (let i = 0; i < envEntries.length; i++) {
    const e = envEntries[i];
    const next = envEntries[i + 1];
    const key = artifactKey(e);
    if (e.rolled_back && !(next && next.action === 'rollback' && next.explicit_target)) abandoned.add(key);
    else abandoned.delete(key);
  }
  return abandoned;
}

function nothingToRollBackTo(
  env: string,
  pointer: Pointer,
  toVersion: string | undefined,
  skipped: string[],
  abandoned: string[],
): MregError {
  const why = skipped.length ? ` (skipped: ${skipped.join(', ')})` : '';
  if (toVersion !== undefined) {
    return new MregError(
      'NOTHING_TO_ROLL_BACK',
      `${env} has no earlier usable deployment of version ${toVersion}${why}; use deploy for a version that never ran in ${env}`,
    );
  }
  const message = `${env} has nothing earlier to roll back to: it runs ${formatArtifactId(pointer)} and no earlier registered, unblocked version ran there${abandoned.length ? ' that was not rolled back' : ''}${why}; nothing was changed`;
  return new RefusedWithNextStep('NOTHING_TO_ROLL_BACK', message, { kind: 'rollback-to', env, versions: abandoned });
}

/**
 * Thrown by `rollback` when the version it was asked to leave has already been rolled back (by
 * a concurrent rollback, typically): the emergency exit was taken, so this is a success with
 * nothing to do, not a conflict.
 */
export class AlreadyRolledBack extends MregError {
  constructor(
    readonly left: HistoryEntry,
    readonly by: HistoryEntry | null,
    readonly now: Pointer,
  ) {
    super(
      'PRECONDITION',
      `${formatArtifactId(left)} was already rolled back in ${left.env}${by ? ` by history entry #${by.id}` : ''}; it runs ${formatArtifactId(now)}`,
    );
  }
}

export function rollback(
  registry: Registry,
  env: string,
  lookup: ArtifactLookup,
  input: TransitionInput & { toVersion?: string; from?: number },
): TransitionResult {
  checkExpectCurrent(registry, env, input.expectCurrent);
  // A canary environment's rollback is an abort of the canary (ops route it there).
  checkNoCanary(registry, env, 'rollback');
  // `from`: the history entry this rollback was asked to leave. When the environment has moved
  // on from it by a rollback already, there is nothing left to do (a no-op, not a conflict); when
  // it moved to a third version some other way, this rollback's premise is gone: refuse.
  if (input.from !== undefined) {
    const pointer = requireEnv(registry, env);
    if (pointer && pointer.history_id !== input.from) {
      const left = findEntry(registry, input.from);
      const now = entryOf(registry, pointer);
      if (left && left.rolled_back)
        throw new AlreadyRolledBack(left, now && now.action === 'rollback' ? now : null, pointer);
      throw new MregError(
        'CONFLICT',
        `${env} moved to ${formatArtifactId(pointer)} (history entry #${pointer.history_id}) while rolling back from entry #${input.from}; nothing was changed: check the environment and run rollback again`,
      );
    }
  }
  const { target, current } = rollbackTarget(registry, env, lookup, input.toVersion);
  const marked: Registry = current
    ? { ...registry, history: registry.history.map((e) => (e.id === current.id ? { ...e, rolled_back: true } : e)) }
    : registry;
  // Returning to a version returns to what its gate found: the verdict, the metrics, which run.
  const record: Partial<HistoryEntry> = {
    ...gateRecordOf(target),
    ...(input.toVersion !== undefined ? { explicit_target: true } : {}),
  };
  const result = append(
    marked,
    env,
    refOf(target),
    'rollback',
    { ...input, gate: input.gate ?? target.gate, metrics: input.metrics ?? target.metrics },
    record,
  );
  return { ...result, abandoned: current ? { ...current, rolled_back: true } : undefined };
}

/**
 * Metadata status after a transition: what an environment points at is active; what was active and
 * no longer is becomes superseded; blocked stays blocked. Returns only the files that change.
 */
export function statusChanges(registry: Registry, artifacts: ArtifactMetadata[]): ArtifactMetadata[] {
  const live = new Set<string>();
  for (const p of Object.values(registry.environments)) {
    if (p) live.add(formatArtifactId(p));
    if (p?.canary) live.add(formatArtifactId({ model: p.model, ...p.canary }));
  }
  const changed: ArtifactMetadata[] = [];
  for (const meta of artifacts) {
    if (meta.status === 'blocked') continue;
    const id = formatArtifactId(meta);
    if (live.has(id) && meta.status !== 'active') changed.push({ ...meta, status: 'active' });
    else if (!live.has(id) && meta.status === 'active' && wasDeployed(registry, meta))
      changed.push({ ...meta, status: 'superseded' });
  }
  return changed;
}

function wasDeployed(registry: Registry, ref: ArtifactRef): boolean {
  if (registry.history.some((e) => sameArtifact(e, ref))) return true;
  needOlder(registry, `whether ${formatArtifactId(ref)} was ever deployed`);
  return false;
}

export function envHistory(registry: Registry, env?: string, limit?: number): HistoryEntry[] {
  const list = env ? registry.history.filter((e) => e.env === env) : registry.history;
  if (limit === undefined || list.length < limit) needOlder(registry, 'older history entries');
  return limit !== undefined ? list.slice(Math.max(0, list.length - limit)) : list;
}

export { checkExpectCurrent, requireEnv, sameArtifact } from './rules.js';

/** The pointer a history entry stands for. */
export function refPointer(e: HistoryEntry): Pointer {
  return { ...refOf(e), history_id: e.id };
}
