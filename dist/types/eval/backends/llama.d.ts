/**
 * The `llama` backend: llama.cpp in process through node-llama-cpp.
 *
 * The runtime itself (loading node-llama-cpp, the shared Llama, model loading) is src/llama's.
 *
 * Perplexity is src/eval/backends/llama-perplexity.ts's (computed where the logits are).
 */
import type { Llama } from 'node-llama-cpp';
import { type GpuChoice } from '../../llama/runtime.js';
import { type MemoryCheck } from '../../llama/memory.js';
import { type EvalSuite } from '../suite.js';
import { type EvalSession } from '../session.js';
import type { EvalResult, RunSample } from '../suite-metrics.js';
export { perplexity, perplexityBatched, perplexityNative, perplexityTokenByToken, perplexityTokens, type PerplexityResult, } from './llama-perplexity.js';
export interface LlamaBackendOptions {
    gpu?: GpuChoice;
    /** CPU threads for a context; default: see `contextThreads` (a measurement's). */
    threads?: number;
    /**
     * Map the model files (llama.cpp's default) instead of reading them into memory. Off by default:
     * a mapped file runs at the speed its page-cache placement allows, which differs between a file just
     * downloaded and one cached long ago, and the gate would measure that instead of the model.
     */
    mmap?: boolean;
    /** A ceiling on the memory the gate's models may take together, in bytes (below what is free). */
    memoryLimit?: number;
    /**
     * LoRA adapter file -> its base model file. A target whose GGUF header says general.type
     * "adapter" is measured as what a server runs: the base loaded, the adapter applied to the context.
     */
    adapterBases?: Record<string, string>;
}
export declare class LlamaBackend {
    private readonly options;
    readonly name: "llama";
    /** What the reports should say about this backend's choices (threads, perplexity route). */
    readonly notes: string[];
    constructor(options?: LlamaBackendOptions);
    llama(): Promise<Llama>;
    /** A model is loaded as is; an adapter on its base (which must be known). */
    private plan;
    private note;
    /** Whether the targets' models and contexts fit in memory side by side (src/llama/memory.ts). */
    fitsTogether(targets: string[], suite: EvalSuite): Promise<MemoryCheck>;
    describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>>;
    /** One repetition: load (timed), perplexity, accuracy, latency; the model is disposed after. */
    runOnce(modelPath: string, suite: EvalSuite): Promise<RunSample>;
    /**
     * The model loaded for a gate: quality once (deterministic: greedy decoding, a fixed thread
     * count and batch size, one sequence), then as many timed generations as the paired sampling
     * asks for. The caller closes it.
     */
    open(target: string, suite: EvalSuite): Promise<EvalSession>;
    /** Smoke test: loads, generates for each prompt within the timeout, output non-empty and finite. */
    smoke(target: string, suite: EvalSuite, timeoutMs: number): Promise<{
        ok: boolean;
        details: string[];
    }>;
}
