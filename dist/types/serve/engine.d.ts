import type { LlamaContext, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';
import { type GpuChoice } from '../llama/runtime.js';
import type { CachedArtifact } from './cache.js';
import type { Runtime } from './follower.js';
export interface EngineOptions {
    gpu?: GpuChoice;
    /**
     * CPU threads per evaluation. llama.cpp's default (every core) spins threads against each other
     * on a small or busy machine and can be 100x slower than one thread; the default here is half
     * the cores, at least 1 (MREG_LLAMA_THREADS overrides).
     */
    threads?: number;
    /** Per sequence; capped by the model's training context. Default 2048. */
    contextSize?: number;
    /** Requests evaluated in parallel per model (sequences in the context). Default 2. */
    parallel?: number;
}
/** A loaded model with a small pool of context sequences, and a count of requests using it. */
export declare class LoadedModel {
    readonly artifact: CachedArtifact;
    readonly model: LlamaModel;
    readonly context: LlamaContext;
    readonly loadedAt: string;
    /** When the model file (an adapter's base) was loaded: earlier than `loadedAt` when it was reused. */
    readonly modelLoadedAt: string;
    private readonly releaseModel;
    private readonly free;
    private readonly waiters;
    private inflight;
    private drained;
    constructor(artifact: CachedArtifact, model: LlamaModel, context: LlamaContext, loadedAt: string, 
    /** When the model file (an adapter's base) was loaded: earlier than `loadedAt` when it was reused. */
    modelLoadedAt?: string, releaseModel?: () => Promise<void>);
    enter(): void;
    leave(): void;
    /** One sequence per request; requests beyond the pool wait their turn (FIFO). */
    acquire(): Promise<LlamaContextSequence>;
    release(s: LlamaContextSequence): Promise<void>;
    /** Resolves once no request uses this model any more (new ones go to its successor). */
    drain(): Promise<void>;
    dispose(): Promise<void>;
}
/**
 * llama.cpp in process. A switch loads the new model next to the old one, checks that it
 * evaluates, then swaps the reference new requests take; requests already running keep their
 * own reference to the old model, which is disposed when the last of them finishes. So no
 * request ever sees a half-loaded model or a disposed one.
 */
export declare class LlamaEngine implements Runtime {
    private readonly o;
    private current;
    /** Loaded model files by path, shared between the current context and retiring ones. */
    private readonly models;
    private llama;
    private readonly retiring;
    /** Set by close(): a load that finishes afterwards is disposed instead of becoming current. */
    private closed;
    constructor(o?: EngineOptions);
    private threads;
    /** The loaded model of `modelPath`, reused when any context still uses it, else loaded. */
    private acquireModel;
    private releaseModel;
    /**
     * Loads `a` beside what serves. A LoRA adapter is applied to a context of its base; when that
     * base is already loaded (an adapter-only change, or a rollback from an adapter to its base)
     * the base is reused, not loaded again: only the new context (and the adapter) is loaded.
     */
    activate(a: CachedArtifact): Promise<void>;
    private retire;
    /** Runs `fn` on the current model with a sequence of its own; null when nothing is loaded. */
    withModel<T>(fn: (m: LoadedModel, seq: LlamaContextSequence) => Promise<T>): Promise<T | null>;
    loaded(): LoadedModel | null;
    close(): Promise<void>;
}
export interface GenerateOptions {
    maxTokens: number;
    temperature: number;
    topP?: number;
    seed?: number;
    stop?: string[];
    /** Generate exactly maxTokens tokens, going on past the end of text (OpenAI-compatible servers' `ignore_eos`). */
    ignoreEos?: boolean;
    signal?: AbortSignal;
    onTextChunk?: (text: string) => void;
}
export interface Generated {
    text: string;
    finishReason: 'stop' | 'length';
    promptTokens: number;
    completionTokens: number;
}
export declare function complete(m: LoadedModel, seq: LlamaContextSequence, prompt: string, o: GenerateOptions): Promise<Generated>;
export interface ChatMessage {
    role: 'system' | 'user' | 'assistant' | 'developer' | 'tool';
    content: string;
}
export declare function chat(m: LoadedModel, seq: LlamaContextSequence, messages: ChatMessage[], o: GenerateOptions): Promise<Generated>;
