/**
 * The `llama` backend: llama.cpp in process through node-llama-cpp.
 *
 * The runtime itself (loading node-llama-cpp, the shared Llama, model loading) is src/llama's.
 *
 * Perplexity uses `LlamaContextSequence.controlledEvaluate`, which evaluates a whole window in
 * batches and returns, for each position we ask for, the logit of the token that really follows
 * plus the top logit and the total logit weight sum(exp(logit - max)); log p = logit - max - ln(total).
 * Evaluating token by token (`evaluateWithMetadata`) gives the same numbers hundreds of times
 * slower (see bench/gate), so it is kept only as `perplexityTokenByToken` for the benchmark.
 */
import type { Llama, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import { type GpuChoice } from '../../llama/runtime.js';
import { type EvalSuite } from '../suite.js';
import { type EvalSession } from '../session.js';
import type { EvalResult, RunSample } from '../metrics.js';
export interface PerplexityResult {
    perplexity: number;
    tokens: number;
    ms: number;
}
export declare function perplexityTokens(model: LlamaModel, text: string, maxTokens: number | null): Token[];
/** Batched perplexity through controlledEvaluate. */
export declare function perplexityBatched(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult>;
/** The slow reference route (one token per evaluation), for the benchmark and cross-checks. */
export declare function perplexityTokenByToken(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult>;
export interface LlamaBackendOptions {
    gpu?: GpuChoice;
    /** CPU threads for a context; default: see `threadsFor`. */
    threads?: number;
    /**
     * LoRA adapter file -> its base model file. A target whose GGUF header says general.type
     * "adapter" is measured as what a server runs: the base loaded, the adapter applied to the context.
     */
    adapterBases?: Record<string, string>;
}
/**
 * Threads for a context. ggml's worker threads spin on barriers; on a busy shared CI machine a
 * preempted worker stalls every step (measured here: 200 ms per generated token with 2 threads on
 * a loaded 2-core box). Small models gain nothing from more threads, so they get one; larger
 * models get llama.cpp's default. An explicit count (`MREG_LLAMA_THREADS` at the front ends) wins.
 */
export declare function threadsFor(modelBytes: number, explicit?: number): number | undefined;
export declare class LlamaBackend {
    private readonly options;
    readonly name: "llama";
    constructor(options?: LlamaBackendOptions);
    llama(): Promise<Llama>;
    /** A model is loaded as is; an adapter on its base (which must be known). */
    private plan;
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
