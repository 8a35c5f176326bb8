/**
 * Perplexity with llama.cpp in process, three routes to the same numbers:
 *
 * - native (the gate's): each window is decoded once with logits kept at every scored position, and
 *   at each position llama.cpp's sampler reports, in C++, the probability of its greedy choice over
 *   the whole vocabulary; only when the real next token is not that choice, a top-64 sampler gives
 *   the two tokens' probability ratio, and only when the real token is not even in the top 64 the
 *   whole distribution comes to JavaScript. So a position costs a few numbers across the native
 *   boundary instead of the vocabulary (32,000 to 128,000 pairs). node-llama-cpp 3.21.1 has no public
 *   call for this (its `controlledEvaluate` samples once per position with one sampler), so the route
 *   uses the sequence's decode loop and the addon's sampler directly; when those are missing (another
 *   node-llama-cpp), `perplexity` falls back to the public route.
 * - probabilities: `controlledEvaluate` asks for the whole next-token distribution at each position
 *   (the vocabulary goes to JavaScript as a Map at every position).
 * - token by token (`evaluateWithMetadata`): the slow reference, for the benchmark and cross-checks.
 *
 * The cost no route avoids: the logits of every scored position, a matrix product over the whole
 * vocabulary, which llama.cpp's prompt processing skips for all but the last token (see bench/gate).
 */
import type { LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
export interface PerplexityResult {
    perplexity: number;
    tokens: number;
    ms: number;
    route: 'native' | 'probabilities' | 'token-by-token';
}
interface ScoredWindow {
    input: Token[];
    scoreFrom: number;
}
/**
 * Scored windows: each window holds a quarter of a context of the text before it (or BOS at the
 * start) followed by new tokens, and only the new tokens are scored, so every scored token sees
 * some context and each token is scored once. A window leaves one cell of the context free: a full
 * one makes node-llama-cpp shift the context before its last token.
 */
export declare function perplexityWindows(model: LlamaModel, tokens: Token[], contextSize: number): ScoredWindow[];
export declare function perplexityTokens(model: LlamaModel, text: string, maxTokens: number | null): Token[];
/** The gate's route: native where node-llama-cpp's internals allow it, else the public one. */
export declare function perplexity(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult>;
/** Batched perplexity through the public `controlledEvaluate`, the whole distribution at each position. */
export declare function perplexityBatched(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult>;
/** The slow reference route (one token per evaluation), for the benchmark and cross-checks. */
export declare function perplexityTokenByToken(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult>;
/** See the file's comment; null when this node-llama-cpp lacks the internals. */
export declare function perplexityNative(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult | null>;
export {};
