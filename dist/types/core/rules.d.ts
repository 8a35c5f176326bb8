import { MregError, type ErrorCode } from './errors.js';
import { type ArtifactRef } from './naming.js';
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
export type NextStep = {
    kind: 'rollback-to';
    env: string;
    versions: string[];
} | {
    kind: 'skip-gate';
    command: 'deploy' | 'promote';
} | {
    kind: 'block-rollback';
    id: string;
} | {
    kind: 'quantization';
    quantizations: string[];
} | {
    kind: 'canary-open';
    env: string;
};
export declare class RefusedWithNextStep extends MregError {
    readonly next: NextStep;
    constructor(code: ErrorCode, message: string, next: NextStep);
}
/** The environment's pointer; unknown environments are an error naming the known ones. */
export declare function requireEnv(registry: Registry, env: string): Pointer | null;
/** The history entry the environment follows now (null when it runs nothing). */
export declare function liveEntry(registry: Registry, env: string): HistoryEntry | null;
/** The history entry a pointer names, when the caller already holds the pointer. */
export declare function entryOf(registry: Registry, pointer: Pointer | null | undefined): HistoryEntry | null;
/** The environment before `env` in the promotion order: where a promotion into `env` comes from. */
export declare function previousEnvironment(order: string[], env: string): string;
export declare function sameArtifact(a: ArtifactRef | null | undefined, b: ArtifactRef | null | undefined): boolean;
/** A registered, not blocked artifact (`meta` undefined = not registered). */
export declare function requireUsable(ref: ArtifactRef, meta: ArtifactMetadata | undefined): ArtifactMetadata;
/**
 * The compare-and-swap guard for scripted runs: refuse unless `env` runs `expect` now (a version
 * `x.y.z`, or `none` for an empty environment).
 */
export declare function checkExpectCurrent(registry: Registry, env: string, expect: string | undefined): void;
/**
 * Everything that must hold before a version moves onto an environment, checked before any
 * download and again inside the commit: the environment exists, the artifact is registered and
 * not blocked, the environment does not already run it, and it runs what the caller expects.
 * Returns the environment's current pointer.
 */
export declare function checkDeployable(registry: Registry, env: string, ref: ArtifactRef, meta: ArtifactMetadata | undefined, o?: {
    expectCurrent?: string;
    verb?: 'deploy' | 'promote';
}): Pointer | null;
/**
 * Refuses a change of the stable version while a canary runs beside it: what happens to the
 * canary is decided first (promote or abort), so that no change leaves it silently behind.
 */
export declare function checkNoCanary(registry: Registry, env: string, verb: string): void;
/** Whether a history entry moved the stable version (canary steps and aborts leave it). */
export declare function movedStable(e: HistoryEntry): boolean;
/**
 * A LoRA adapter's pin on its base: the base must be registered with exactly the sha256 the
 * adapter names, or the adapter would be applied to other weights than it was trained on.
 * Returns what is wrong (with the JSON pointer into the adapter's metadata), or null.
 */
export declare function basePinProblem(adapter: ArtifactMetadata, base: ArtifactMetadata | undefined): {
    pointer: string;
    message: string;
} | null;
/** A promotion moves a version forward along the promotion order, never back or sideways. */
export declare function checkPromotionOrder(order: string[], from: string, to: string): void;
