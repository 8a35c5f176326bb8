import { type ArtifactRef } from './naming.js';
import type { CanaryAnalysisRecord, CanaryPointer, HistoryEntry, Pointer, Registry } from './documents.js';
import { type ArtifactLookup, type TransitionInput, type TransitionResult } from './registry-transitions.js';
/**
 * The canary: a version of the environment's model running beside the stable one on a share of
 * the instances. Each instance knows its role from its own name, so no coordinator is needed and
 * the same instances are canary on every restart.
 */
export type CanaryRole = 'stable' | 'canary';
/**
 * Where an instance sits in [0, 1). A name ending in an ordinal (`mreg-0`, `server-12`: StatefulSet
 * pods, numbered hosts) sits at the fractional part of (ordinal + 1) x golden ratio: consecutive
 * ordinals spread evenly, so any fleet numbered from 0 gets within one or two instances of its
 * share at every percent. Any other name sits at its sha256 (first 8 bytes over 2^64): stable,
 * but only binomially even (a spread of about sqrt(N x p x (1 - p)) instances).
 */
export declare function instancePosition(instance: string): number;
/**
 * The role of an instance at a canary percent. A fixed position per instance compared to
 * percent/100: raising the percent only adds canary instances, and a restart changes nothing.
 */
export declare function canaryRole(instance: string, percent: number | null | undefined): CanaryRole;
/** A canary percent from input: an integer 1..99 (100 is a promotion, 0 an abort). */
export declare function checkCanaryPercent(percent: number, what?: string): number;
/** The canary's artifact (the stable pointer's model). */
export declare function canaryRef(pointer: Pointer, canary: CanaryPointer): ArtifactRef;
/** The pointer an instance whose role is canary follows. */
export declare function canaryAsPointer(pointer: Pointer, canary: CanaryPointer): Pointer;
/** The environment's pointer with a canary, or a refusal saying there is none. */
export declare function requireCanary(registry: Registry, env: string, verb: string): Pointer & {
    canary: CanaryPointer;
};
export interface CanaryInput extends TransitionInput {
    analysis?: CanaryAnalysisRecord;
}
/**
 * Starts a canary of `ref` beside the environment's stable version: a registered, unblocked
 * version of the same model, other than the stable one, while no other canary runs.
 */
export declare function startCanary(registry: Registry, env: string, ref: ArtifactRef, percent: number, lookup: ArtifactLookup, input: CanaryInput, record?: Partial<HistoryEntry>): TransitionResult;
/**
 * promote --canary: the version the source environment runs starts as the target's canary, with
 * the gate record it earned there (verdict, metrics, which run measured them), as a promotion
 * carries it; the target's stable version stays until the canary is promoted.
 */
export declare function promoteAsCanary(registry: Registry, from: string, to: string, order: string[], percent: number, lookup: ArtifactLookup, input: CanaryInput): TransitionResult;
/** Moves the running canary to another percent (1..99): a new history entry, the same canary, a new step. */
export declare function setCanary(registry: Registry, env: string, percent: number, input: CanaryInput): TransitionResult;
/**
 * The canary becomes the stable version of the environment; the entry carries the gate record of
 * the deploy that started the canary.
 */
export declare function promoteCanary(registry: Registry, env: string, lookup: ArtifactLookup, input: CanaryInput): TransitionResult;
/**
 * Removes the canary; the stable version stays as it is. The canary's entries are marked
 * rolled_back, as a rollback marks the entry it leaves.
 */
export declare function abortCanary(registry: Registry, env: string, input: CanaryInput): TransitionResult;
