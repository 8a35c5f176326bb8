import { MregError } from './errors.js';
import { type ArtifactRef } from './naming.js';
import type { ArtifactMetadata, HistoryEntry, Metrics, Pointer, Registry } from './documents.js';
/**
 * Registry transitions: pure functions from one registry state to the next. Each returns a new
 * registry and the history entry it appended; the inputs are never mutated, so a refused
 * transition leaves nothing half-changed and a retried push can re-apply the same intent to a
 * newer state.
 */
export declare function emptyRegistry(environments: string[]): Registry;
export declare function refOf(x: {
    model: string;
    version: string;
    quantization: string;
}): ArtifactRef;
export declare function nextHistoryId(registry: Registry): number;
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
export declare function deploy(registry: Registry, env: string, ref: ArtifactRef, lookup: ArtifactLookup, input: TransitionInput): TransitionResult;
export declare function promote(registry: Registry, from: string, to: string, order: string[], lookup: ArtifactLookup, input: TransitionInput): TransitionResult;
/**
 * Which gate run an entry's verdict comes from, to carry along with it: set only when a gate ran
 * (pass, fail or inconclusive), pointing at the entry whose deploy measured it.
 */
export declare function gateRecordOf(e: HistoryEntry): Partial<HistoryEntry>;
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
export declare function rollbackTarget(registry: Registry, env: string, lookup: ArtifactLookup, toVersion?: string): {
    target: HistoryEntry;
    current: HistoryEntry | undefined;
};
/**
 * Thrown by `rollback` when the version it was asked to leave has already been rolled back (by
 * a concurrent rollback, typically): the emergency exit was taken, so this is a success with
 * nothing to do, not a conflict.
 */
export declare class AlreadyRolledBack extends MregError {
    readonly left: HistoryEntry;
    readonly by: HistoryEntry | null;
    readonly now: Pointer;
    constructor(left: HistoryEntry, by: HistoryEntry | null, now: Pointer);
}
export declare function rollback(registry: Registry, env: string, lookup: ArtifactLookup, input: TransitionInput & {
    toVersion?: string;
    from?: number;
}): TransitionResult;
/**
 * Metadata status after a transition: what an environment points at is active; what was active and
 * no longer is becomes superseded; blocked stays blocked. Returns only the files that change.
 */
export declare function statusChanges(registry: Registry, artifacts: ArtifactMetadata[]): ArtifactMetadata[];
export declare function envHistory(registry: Registry, env?: string, limit?: number): HistoryEntry[];
export { checkExpectCurrent, requireEnv, sameArtifact } from './rules.js';
/** The pointer a history entry stands for. */
export declare function refPointer(e: HistoryEntry): Pointer;
