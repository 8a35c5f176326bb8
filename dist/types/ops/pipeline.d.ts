import { MregError } from '../core/errors.js';
import type { ArtifactMetadata, HistoryEntry, Metrics } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
/**
 * The stages a pointer change passes through, in this order: check-store, download, gate (the
 * benchmark comparison), smoke test, then the registry update. Deploy, promote and rollback run
 * their stages through one `Pipeline`, so every stage is reported the same way: it ran (ok or
 * failed), was skipped on purpose, or the installation cannot run it ("not configured") -- never
 * a silent pass.
 */
export type StageName = 'check-store' | 'download' | 'gate' | 'smoke' | 'update-registry';
export type StageStatus = 'ok' | 'failed' | 'skipped' | 'not-configured';
export interface StageReport {
    name: StageName;
    status: StageStatus;
    detail: string;
    ms: number;
}
export interface GateOutcome {
    verdict: 'pass' | 'fail' | 'inconclusive';
    metrics: Metrics;
    markdown: string;
    json: unknown;
}
export interface GateStageArgs {
    env: string;
    candidate: ArtifactMetadata;
    candidatePath: string;
    /** The environment's live entry and its artifact (null: the environment runs nothing). */
    baseline: ArtifactMetadata | null;
    baselineEntry: HistoryEntry | null;
    history: HistoryEntry[];
}
/**
 * What a build can do at each stage. A missing hook is a stage this installation cannot run; the
 * pipeline reports it as "not configured". Tests pass fake stages to drive each branch quickly.
 */
export interface StageHooks {
    /** HEAD the artifact in the store with its expected size; throws when it is missing. */
    checkPresent?(ctx: OpsContext, meta: ArtifactMetadata): Promise<void>;
    /** Download into the cache (staging + verify + atomic rename); returns the local path. */
    download?(ctx: OpsContext, meta: ArtifactMetadata): Promise<{
        path: string;
        downloaded: boolean;
    }>;
    gate?(ctx: OpsContext, args: GateStageArgs): Promise<GateOutcome>;
    /** `meta`: the artifact at `modelPath` (a LoRA adapter is smoke-tested on its base). */
    smoke?(ctx: OpsContext, modelPath: string, meta?: ArtifactMetadata): Promise<{
        ok: boolean;
        detail: string;
    }>;
}
/** A failed stage: the error, with every stage reported so far and the gate's report, if one ran. */
export declare class PipelineError extends MregError {
    readonly stages: StageReport[];
    readonly gate: GateOutcome | null;
    constructor(inner: MregError, stages: StageReport[], gate: GateOutcome | null);
}
export declare class Pipeline {
    readonly stages: StageReport[];
    /** The gate's report once the gate stage produced one (also when the gate then refused). */
    gate: GateOutcome | null;
    /** Runs one stage and records it; a failure becomes a PipelineError carrying the report so far. */
    run<T>(name: StageName, fn: () => Promise<{
        value: T;
        detail: string;
    }>): Promise<T>;
    skip(name: StageName, detail: string): void;
    notConfigured(name: StageName, detail: string): void;
}
