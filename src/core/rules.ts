import { MregError, type ErrorCode } from './errors.js';
import { findEntry } from './history.js';
import { formatArtifactId, metadataPath, type ArtifactRef } from './naming.js';
import type { ArtifactMetadata, HistoryEntry, Pointer, Registry } from './documents.js';

/**
 * The deploy rules, in one place: what may move onto an environment and what an environment runs
 * now. The transitions (registry-transitions.ts), the deploy and gate use cases, `info` and both front ends
 * ask these functions, so a rule and its message exist once. Messages speak of things (the
 * environment, the artifact, the expected version), never of a front end's flag names.
 */

/**
 * What the caller can do next after a refusal. The message says it in terms of things (a version,
 * a reason); each front end names it in its own terms (a CLI flag, an action input).
 */
export type NextStep =
  | { kind: 'rollback-to'; env: string; versions: string[] }
  | { kind: 'skip-gate'; command: 'deploy' | 'promote' }
  | { kind: 'block-rollback'; id: string }
  | { kind: 'quantization'; quantizations: string[] }
  | { kind: 'canary-open'; env: string };

export class RefusedWithNextStep extends MregError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly next: NextStep,
  ) {
    super(code, message);
  }
}

/** The environment's pointer; unknown environments are an error naming the known ones. */
export function requireEnv(registry: Registry, env: string): Pointer | null {
  if (!Object.prototype.hasOwnProperty.call(registry.environments, env)) {
    const known = Object.keys(registry.environments).join(', ') || '(none)';
    throw new MregError('NOT_FOUND', `unknown environment ${JSON.stringify(env)}: the registry has ${known}`);
  }
  return registry.environments[env];
}

/** The history entry the environment follows now (null when it runs nothing). */
export function liveEntry(registry: Registry, env: string): HistoryEntry | null {
  const pointer = requireEnv(registry, env);
  if (!pointer) return null;
  return findEntry(registry, pointer.history_id);
}

/** The history entry a pointer names, when the caller already holds the pointer. */
export function entryOf(registry: Registry, pointer: Pointer | null | undefined): HistoryEntry | null {
  return pointer ? findEntry(registry, pointer.history_id) : null;
}

/** The environment before `env` in the promotion order: where a promotion into `env` comes from. */
export function previousEnvironment(order: string[], env: string): string {
  const i = order.indexOf(env);
  if (i < 0)
    throw new MregError(
      'NOT_FOUND',
      `unknown environment ${JSON.stringify(env)}: the promotion order is ${order.join(' -> ')}`,
    );
  if (i === 0)
    throw new MregError(
      'USAGE',
      `${env} is first in the promotion order (${order.join(' -> ')}): nothing is promoted into it; deploy instead`,
    );
  return order[i - 1];
}

export function sameArtifact(a: ArtifactRef | null | undefined, b: ArtifactRef | null | undefined): boolean {
  return !!a && !!b && a.model === b.model && a.version === b.version && a.quantization === b.quantization;
}

/** A registered, not blocked artifact (`meta` undefined = not registered). */
export function requireUsable(ref: ArtifactRef, meta: ArtifactMetadata | undefined): ArtifactMetadata {
  const id = formatArtifactId(ref);
  if (!meta) throw new MregError('NOT_FOUND', `artifact ${id} is not registered (no ${metadataPath(ref)})`);
  if (meta.status === 'blocked') {
    throw new MregError('BLOCKED', `artifact ${id} is blocked${meta.blocked_reason ? `: ${meta.blocked_reason}` : ''}`);
  }
  return meta;
}

/**
 * The compare-and-swap guard for scripted runs: refuse unless `env` runs `expect` now (a version
 * `x.y.z`, or `none` for an empty environment).
 */
export function checkExpectCurrent(registry: Registry, env: string, expect: string | undefined): void {
  if (expect === undefined) return;
  const actual = registry.environments[env]?.version ?? 'none';
  if (actual !== expect) {
    throw new MregError('PRECONDITION', `${env} is at ${actual}, not ${expect} as expected; nothing was changed`);
  }
}

/**
 * Everything that must hold before a version moves onto an environment, checked before any
 * download and again inside the commit: the environment exists, the artifact is registered and
 * not blocked, the environment does not already run it, and it runs what the caller expects.
 * Returns the environment's current pointer.
 */
export function checkDeployable(
  registry: Registry,
  env: string,
  ref: ArtifactRef,
  meta: ArtifactMetadata | undefined,
  o: { expectCurrent?: string; verb?: 'deploy' | 'promote' } = {},
): Pointer | null {
  const current = requireEnv(registry, env);
  requireUsable(ref, meta);
  checkNoCanary(registry, env, o.verb ?? 'deploy');
  if (sameArtifact(current, ref)) {
    throw new MregError(
      'PRECONDITION',
      `${env} already runs ${formatArtifactId(ref)}; nothing to ${o.verb ?? 'deploy'}`,
    );
  }
  checkExpectCurrent(registry, env, o.expectCurrent);
  return current;
}

/**
 * Refuses a change of the stable version while a canary runs beside it: what happens to the
 * canary is decided first (promote or abort), so that no change leaves it silently behind.
 */
export function checkNoCanary(registry: Registry, env: string, verb: string): void {
  const p = registry.environments[env];
  if (!p?.canary) return;
  throw new RefusedWithNextStep(
    'PRECONDITION',
    `${env} runs a canary of ${p.model} ${p.canary.version} (${p.canary.quantization}) on ${p.canary.percent}% of its instances beside ${p.version}: promote or abort the canary before a ${verb}; nothing was changed`,
    { kind: 'canary-open', env },
  );
}

/** Whether a history entry moved the stable version (canary steps and aborts leave it). */
export function movedStable(e: HistoryEntry): boolean {
  return e.action !== 'canary' && e.action !== 'canary-abort';
}

/**
 * A LoRA adapter's pin on its base: the base must be registered with exactly the sha256 the
 * adapter names, or the adapter would be applied to other weights than it was trained on.
 * Returns what is wrong (with the JSON pointer into the adapter's metadata), or null.
 */
export function basePinProblem(
  adapter: ArtifactMetadata,
  base: ArtifactMetadata | undefined,
): { pointer: string; message: string } | null {
  if (!adapter.base) return null;
  if (!base) return { pointer: '/base/id', message: `base artifact ${adapter.base.id} is not registered` };
  if (base.artifact.sha256 !== adapter.base.sha256) {
    return {
      pointer: '/base/sha256',
      message: `pins ${adapter.base.sha256}, but ${adapter.base.id} has sha256 ${base.artifact.sha256}`,
    };
  }
  return null;
}

/** A promotion moves a version forward along the promotion order, never back or sideways. */
export function checkPromotionOrder(order: string[], from: string, to: string): void {
  const fi = order.indexOf(from);
  const ti = order.indexOf(to);
  if (fi < 0 || ti < 0 || ti <= fi) {
    throw new MregError(
      'PRECONDITION',
      `cannot promote from ${from} to ${to}: the promotion order is ${order.join(' -> ')}`,
    );
  }
}
