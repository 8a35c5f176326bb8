import { type EvalSuite } from '../suite.js';
import { type EvalSession } from '../session.js';
import type { EvalResult, RunSample } from '../suite-metrics.js';
export interface OpenAiBackendOptions {
    /** Base URL, with or without `/v1`: http://127.0.0.1:8080 or http://host:8000/v1. */
    url: string;
    /** The `model` field of requests; default "default". */
    model?: string;
    apiKey?: string;
    /** Per request, default 120 s. */
    timeoutMs?: number;
    /** Characters of corpus per perplexity request (servers limit prompt length), default 4000. */
    perplexityChunkChars?: number;
}
export declare class OpenAiBackend {
    private readonly options;
    readonly name: "openai";
    private readonly base;
    notes: string[];
    constructor(options: OpenAiBackendOptions);
    describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>>;
    private complete;
    /** Prompt log-probs of the corpus, in chunks; null when the server does not give them. */
    private perplexity;
    runOnce(target: string, suite: EvalSuite): Promise<RunSample>;
    /**
     * `ignore_eos` asks for exactly max_tokens tokens, so that a timed pair does the same work on both
     * sides: llama-server, vLLM and `mreg serve` honour it on /v1/completions (the route used here); a
     * server that ignores it times natural lengths.
     */
    private generate;
    /** The served model as a gate session (the server already loaded it: no load time). */
    open(_target: string, suite: EvalSuite): Promise<EvalSession>;
}
