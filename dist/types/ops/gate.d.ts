import { type GateDecision, type GateVerdict } from '../core/gate-decision.js';
import { type ArtifactRef } from '../core/naming.js';
import type { ArtifactMetadata, HistoryEntry, Metrics, RegistryConfig } from '../core/documents.js';
import type { BackendName } from '../eval/suite-metrics.js';
import { type BackendOptions } from '../eval/run-suite.js';
import type { StopReason } from '../eval/paired.js';
import type { OpsContext } from '../state/context.js';
import type { StageHooks } from './pipeline.js';
export interface RunGateOptions {
    candidatePath: string;
    candidateId: string;
    candidateQuantization: string;
    /** The local artifact of `baselineEntry` (when already fetched). */
    baselinePath?: string | null;
    /**
     * The environment's current deployment as the caller sees it. Used only when it is of the
     * candidate's quantization family; otherwise the gate picks the latest deployment of that
     * family from `history` itself (and fetches it with `fetchBaseline` to re-measure it).
     */
    baselineEntry?: HistoryEntry | null;
    history: HistoryEntry[];
    env: string;
    config: RegistryConfig;
    repoRoot: string;
    /** Default: config.gate.suite, relative to repoRoot. */
    suitePath?: string;
    /** Default: config.gate.backend. */
    backend?: BackendName;
    backendOptions?: BackendOptions;
    /** Fetches a baseline's artifact to re-measure it; null or a throw: use its stored metrics. */
    fetchBaseline?: (entry: HistoryEntry) => Promise<string | null>;
    onProgress?: (message: string) => void;
    /**
     * A LoRA candidate (`candidatePath` is the adapter): measured as base + adapter against the
     * environment's live configuration on the same base (see `adapterGateInputs`), not by family.
     */
    adapter?: AdapterGateInputs;
}
/** What an adapter's gate compares: base + candidate adapter against `live` (or the base alone). */
export interface AdapterGateInputs {
    base: {
        id: string;
        quantization: string;
        path: string;
    };
    /** The environment's live adapter on the same base, and its file; null: the base alone. */
    live: {
        entry: HistoryEntry;
        path: string;
    } | null;
    /** Why this baseline was chosen (for the report). */
    note: string;
}
export interface GateReportJson {
    verdict: GateVerdict;
    /** Whether the verdict lets the candidate through under `gate.inconclusive` (what deploy does). */
    allowed: boolean;
    inconclusive_policy: 'block' | 'allow';
    env: string;
    candidate: {
        id: string;
        quantization: string;
        path: string;
        metrics: Record<string, number | null>;
    };
    baseline: null | {
        id: string;
        quantization: string;
        source: 'remeasured' | 'history';
        /** null: an adapter's base alone, not deployed in this environment as such. */
        history_id: number | null;
        metrics: Record<string, number | null>;
    };
    backend: BackendName;
    device: string;
    llama_cpp: string | null;
    suite: {
        name: string;
        file: string;
        sha256: string;
    };
    sampling: {
        pairs: number;
        ms: number;
        budget_s: number;
        /** The most the plan may stretch the budget to. */
        max_budget_s: number;
        max_pairs: number;
        confidence: number;
        /** Quality (perplexity, accuracy) of both sides, measured before the pairs. */
        quality_ms: number | null;
        /** The plan made from the first pairs, in words. */
        plan: string | null;
        stopped: StopReason | null;
    };
    metrics: GateDecision['metrics'];
    notes: string[];
    wall_ms: number;
}
export interface GateReport {
    verdict: GateVerdict;
    /** The verdict under `gate.inconclusive`: every front end exits, fails or comments by this. */
    allowed: boolean;
    /** The candidate's metrics in history form (values and `device_id`). */
    metrics: Metrics;
    markdown: string;
    json: GateReportJson;
    decision: GateDecision;
}
/**
 * A 48-bit number naming backend + device, stored with the metrics in the history entry (history
 * metrics are numbers only), so a reader can tell which hardware measured them.
 */
export declare function deviceId(backend: string, device: string): number;
export declare function runGate(opts: RunGateOptions): Promise<GateReport>;
/**
 * An adapter's gate inputs: its base (fetched), and the environment's live configuration of the
 * same base: the live adapter on that base (fetched), or else the base alone. `fetch` brings an
 * artifact into the cache, verified.
 */
export declare function adapterGateInputs(ctx: OpsContext, candidate: ArtifactMetadata, liveEntry: HistoryEntry | null, fetch: (meta: ArtifactMetadata) => Promise<string>): Promise<AdapterGateInputs>;
export interface SmokeResult {
    ok: boolean;
    details: string[];
    /** The details on one line (what the deploy pipeline prints). */
    detail: string;
}
/**
 * Smoke test with llama.cpp in process: the model loads, each smoke prompt (config.smoke.prompts,
 * else the suite's) gives non-empty output within config.smoke.timeout_ms, no NaN. A model that
 * cannot be loaded is a failed smoke test (ok: false), not an exception.
 */
export declare function runSmoke(modelPath: string, config: RegistryConfig, opts?: {
    repoRoot?: string;
    suitePath?: string;
    gpu?: BackendOptions['gpu'];
    threads?: number;
    /** `modelPath` is a LoRA adapter: smoke-test it applied to this base model file. */
    adapterBase?: string;
}): Promise<SmokeResult>;
export declare function gateStageHooks(download?: StageHooks['download']): Pick<StageHooks, 'gate' | 'smoke'>;
export interface GateVersionOptions {
    env: string;
    candidate: ArtifactRef;
    /** The candidate's local file; default: fetch it from the store (not needed by `openai`). */
    modelPath?: string;
    suitePath?: string;
    backend?: BackendName;
    backendOptions?: BackendOptions;
}
/**
 * The gate alone, for pull requests: a registered candidate measured against the environment's
 * baseline exactly as deploy's gate stage would (same download, same baseline choice), without
 * moving any pointer.
 */
export declare function gateVersion(ctx: OpsContext, o: GateVersionOptions): Promise<GateReport>;
