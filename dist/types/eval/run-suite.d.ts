import type { GpuChoice } from '../llama/runtime.js';
import { type BackendName, type EvalResult, type RunSample } from './suite-metrics.js';
import type { EvalSuite } from './suite.js';
import type { PairedMetric } from '../core/gate-decision.js';
import { type PairedOptions, type StopReason } from './paired.js';
import type { EvalSession } from './session.js';
import type { MemoryCheck } from '../llama/memory.js';
export interface EvalBackend {
    readonly name: BackendName;
    describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>>;
    runOnce(target: string, suite: EvalSuite): Promise<RunSample>;
    /** Holds a model open for the gate's paired sampling (backends that can generate on demand). */
    open?(target: string, suite: EvalSuite): Promise<EvalSession>;
    /** Whether these targets fit in memory loaded together (backends that load models themselves). */
    fitsTogether?(targets: string[], suite: EvalSuite): Promise<MemoryCheck>;
    notes?: string[];
}
export interface BackendOptions {
    /** llama: GPU choice (default auto). */
    gpu?: GpuChoice;
    threads?: number;
    /** llama: a ceiling on the memory the gate's models may take together, in bytes (below what is free). */
    memoryLimit?: number;
    /** llama: LoRA adapter file -> its base model file (an adapter target is measured on its base). */
    adapterBases?: Record<string, string>;
    /** openai: server URL of the candidate (and of the baseline when it is served too). */
    openaiUrl?: string;
    baselineOpenaiUrl?: string;
    openaiModel?: string;
    openaiApiKey?: string;
    /** command: argv with {model}, {suite}, {repetition} placeholders. */
    command?: string[];
    cwd?: string;
}
export declare function createBackend(name: BackendName, o?: BackendOptions): EvalBackend;
export interface SideBySide {
    candidate: EvalResult;
    baseline: EvalResult | null;
}
/**
 * Measures the candidate (and the baseline, when given) `suite.repetitions` times each.
 * `baseline.backend` may differ from the candidate's (openai: another server URL).
 */
export declare function measureSideBySide(suite: EvalSuite, candidate: {
    backend: EvalBackend;
    target: string;
}, baseline: {
    backend: EvalBackend;
    target: string;
} | null, onProgress?: (message: string) => void): Promise<SideBySide>;
/** Measures one model alone (`mreg eval`-style use, the bench). */
export declare function evaluate(suite: EvalSuite, backend: EvalBackend, target: string): Promise<EvalResult>;
export interface GateMeasurement {
    candidate: Record<string, number | null>;
    /** null when the baseline was not measured in this run. */
    baseline: Record<string, number | null> | null;
    paired: Record<string, PairedMetric>;
    pairs: number;
    ms: number;
    /** Why the paired sampling stopped, and the plan it made (absent when nothing was sampled in pairs). */
    stopped?: StopReason;
    plan?: string | null;
    /** Time spent measuring quality (both sides). */
    qualityMs?: number;
    /** Why performance was not sampled in pairs although a baseline was measured. */
    performanceSkipped?: string;
}
/**
 * What the gate measures: both models open at once, quality once each, performance in pairs
 * (src/eval/paired.ts). A backend that cannot hold a model open (`command`) is run as before,
 * `suite.repetitions` times each, and its performance figures are reported but not paired.
 */
export declare function measureGateRun(suite: EvalSuite, candidate: {
    backend: EvalBackend;
    target: string;
}, baseline: {
    backend: EvalBackend;
    target: string;
} | null, o: PairedOptions): Promise<GateMeasurement>;
