import { type ArtifactRef } from '../core/naming.js';
import * as core from '../core/registry-transitions.js';
import type { ArtifactMetadata, HistoryEntry, Metrics, Pointer, Registry } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
import { type CommitOutcome, type PlannedChange } from '../state/transaction.js';
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
export declare function resolveQuantization(ctx: OpsContext, model: string, version: string, quantization?: string): Promise<ArtifactRef>;
/**
 * `deploy(staging): llama3 1.0.0 -> 1.1.0 (q4km)`; when the model or quantization changes, both
 * sides are spelled out: `rollback(staging): tinyllama-lora 2.0.0 (q4km) -> tinyllama 1.0.0 (q4km)`.
 */
export declare function subjectFor(action: string, env: string, from: Pointer | null, to: ArtifactRef): string;
/** What a pointer change adds to its commit message: trailers, and for a canary its percent and evidence. */
export interface MessageExtras {
    trailers?: Record<string, string | number | null | undefined>;
    subjectSuffix?: string;
    bodyLines?: string[];
}
export declare function planPointerChange(ctx: OpsContext, transition: (registry: Registry, lookup: core.ArtifactLookup) => core.TransitionResult, extras?: MessageExtras): Promise<PlannedChange<PointerChange>>;
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
export declare function commitDeploy(ctx: OpsContext, o: CommitDeployOptions): Promise<PointerOutcome>;
export interface RollbackOptions {
    env: string;
    to?: string;
    expectCurrent?: string;
    reason?: string | null;
}
/** Pure preview of a rollback: the target, before anything is fetched or written. */
export declare function planRollback(ctx: OpsContext, o: RollbackOptions): Promise<{
    target: HistoryEntry;
    current: Pointer | null;
}>;
/** A rollback outcome; `noop` says why nothing was committed (the version was already rolled back). */
export type RollbackOutcome = PointerOutcome & {
    noop?: string;
};
/**
 * The last step of a rollback: leave the entry `from` (the one the environment ran when the
 * rollback was planned) for `mustBe` (the target checked in the store). Re-applied on the newest
 * state when another writer got there first: if that writer already rolled `from` back, the exit
 * has been taken and this rollback succeeds without a commit; if the environment moved to a third
 * version, or the target changed, it refuses.
 */
export declare function commitRollback(ctx: OpsContext, o: RollbackOptions & {
    from?: number;
}, mustBe?: ArtifactRef): Promise<RollbackOutcome>;
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
export declare function checkSourceUnchanged(o: Pick<CommitPromoteOptions, 'from' | 'mustBe'>, promoted: ArtifactRef): void;
export declare function commitPromote(ctx: OpsContext, o: CommitPromoteOptions): Promise<PointerOutcome>;
export interface BlockOptions {
    ref: ArtifactRef;
    reason: string;
}
/** Marks a known-bad artifact: deploy and rollback refuse it from then on. Nothing is deleted. */
export declare function blockArtifact(ctx: OpsContext, o: BlockOptions): Promise<CommitOutcome<ArtifactMetadata>>;
/** The environments whose pointer names this artifact now. */
export declare function liveEnvironments(ctx: OpsContext, ref: ArtifactRef): Promise<string[]>;
