import type { CanaryAnalysisRecord, Registry } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
import { type CommitDeployOptions, type CommitPromoteOptions, type PointerOutcome } from './registry-ops.js';
/**
 * The canary's pointer moves: start (from deploy --canary), a new percent, promotion, abort. Each is
 * one commit through the registry's compare-and-swap transaction, with the percent, the verdict and
 * the analysis behind it in the history entry and the commit message.
 */
export type { CanaryAnalysisRecord } from '../core/documents.js';
export interface CanaryChangeOptions {
    reason: string;
    analysis?: CanaryAnalysisRecord;
    /**
     * The canary version the decision is about: refuse when the environment's canary is another one
     * by the time of the commit (aborted and restarted meanwhile), so a verdict never moves a canary
     * it did not judge.
     */
    expectVersion?: string;
}
/** The verdict an analysis comes to: any failed check fails it, all passed pass it. */
export declare function analysisVerdict(a: CanaryAnalysisRecord | undefined): 'pass' | 'fail' | 'inconclusive' | 'manual';
/** The last step of `deploy --canary`: record the canary beside the stable version. */
export declare function commitCanaryStart(ctx: OpsContext, o: CommitDeployOptions & {
    percent: number;
}): Promise<PointerOutcome>;
/** The last step of `promote --canary`: the source environment's version starts as the target's canary. */
export declare function commitCanaryPromotion(ctx: OpsContext, o: CommitPromoteOptions & {
    percent: number;
}): Promise<PointerOutcome>;
/** Moves the environment's canary to `percent` of the instances (100: promotes it). */
export declare function setCanaryPercent(ctx: OpsContext, env: string, percent: number, o: CanaryChangeOptions): Promise<PointerOutcome>;
/** The canary becomes the environment's stable version; every instance converges on it. */
export declare function promoteCanary(ctx: OpsContext, env: string, o: CanaryChangeOptions): Promise<PointerOutcome>;
/** Removes the canary; every instance converges on the stable version, which stays as it was. */
export declare function abortCanary(ctx: OpsContext, env: string, o: CanaryChangeOptions): Promise<PointerOutcome>;
/** A by-hand move of the canary (`mreg canary promote|abort|set`, the action's canary-* commands). */
export type CanaryHandOp = 'promote' | 'abort' | 'set';
/**
 * Promotes, aborts or moves the canary by hand; without a reason the history says what was done by
 * hand. `percent` is the new percent of `set`.
 */
export declare function moveCanaryByHand(ctx: OpsContext, env: string, op: CanaryHandOp, o: {
    percent?: number;
    reason?: string;
}): Promise<PointerOutcome>;
export interface CanaryState {
    env: string;
    stable: {
        model: string;
        version: string;
        quantization: string;
    };
    canary: {
        version: string;
        quantization: string;
        percent: number;
        started_at: string;
    };
}
/** The environment's canary and the stable version beside it, or null when it runs none. */
export declare function readCanary(registry: Registry, env: string): CanaryState | null;
