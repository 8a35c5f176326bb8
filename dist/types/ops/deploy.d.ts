import { type ArtifactRef } from '../core/naming.js';
import type { OpsContext } from '../state/context.js';
import { type GateOutcome, type StageHooks, type StageReport } from './pipeline.js';
import { type PointerOutcome } from './registry-ops.js';
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
export declare function deployVersion(ctx: OpsContext, o: DeployOptions, hooks: StageHooks): Promise<PointerResult>;
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
export declare function promoteVersion(ctx: OpsContext, o: PromoteOptions, hooks: StageHooks): Promise<PointerResult & {
    from: string;
}>;
/**
 * rollback: check that the target's artifact still exists in the store, then commit. No gate.
 * Idempotent under contention: when another writer rolled the same version back first, this one
 * succeeds without a commit (`noop` says so) instead of failing.
 */
export declare function rollbackVersion(ctx: OpsContext, o: {
    env: string;
    to?: string;
    expectCurrent?: string;
    reason?: string | null;
}, hooks: StageHooks): Promise<PointerResult & {
    noop?: string;
}>;
export { PipelineError } from './pipeline.js';
