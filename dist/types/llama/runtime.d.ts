import type { Llama, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
type NodeLlamaCpp = typeof import('node-llama-cpp');
export type GpuChoice = 'auto' | false | 'cuda' | 'vulkan' | 'metal';
export declare function importNodeLlamaCpp(): Promise<NodeLlamaCpp>;
/**
 * One Llama (the native backend) per process and GPU choice: creating it loads the binaries and
 * takes about half a second, so tests, the gate and the server all share it.
 * Prebuilt binaries only (`build: 'never'`): a runner must never start compiling llama.cpp.
 */
export declare function getSharedLlama(gpu?: GpuChoice): Promise<Llama>;
/**
 * Threads for one context. On a CPU, the machine's math cores (the shared pool never hands out more
 * at once, see `getSharedLlama`), except for models under 64 MB: they gain nothing from a second
 * thread, and on a busy machine a preempted worker stalls every step of the others. On a GPU the CPU
 * threads only feed the device and run what is not offloaded: llama.cpp's own choice, the math cores.
 * An explicit count (`MREG_LLAMA_THREADS` at the front ends) wins.
 *
 * A measurement (the gate) leaves one core to the rest of the machine on a CPU: llama.cpp's workers
 * meet at a barrier every step, so one of them preempted by anything else (the gate's own process,
 * the runner's agent) stalls all, and the spread of the pairs grows several times while the speed
 * barely changes (generation is bound by memory bandwidth); bench/gate-threads measures both.
 */
export declare function contextThreads(llama: Llama, modelBytes: number, explicit?: number, purpose?: 'serve' | 'measure'): number;
/** What `contextThreads` chose, for reports. */
export declare function describeThreads(llama: Llama, threads: number): string;
/** "cpu (16 threads)" or "cuda: NVIDIA H100 80GB HBM3". */
export declare function describeDevice(llama: Llama): Promise<string>;
/** e.g. "ggml-org/llama.cpp@b6000 (prebuilt, node-llama-cpp 3.22.1)". */
export declare function llamaCppBuild(llama: Llama): Promise<string>;
/**
 * Loads a GGUF model after checking its header (a corrupt or truncated file is refused with a
 * MregError('GGUF') before llama.cpp maps it). Callers dispose the model.
 */
/**
 * `mmap: false` reads the weights into the process's own memory instead of mapping the file: two
 * files then sit in memory alike, whatever the page cache did with them (a file just downloaded and
 * one cached for days ran a same-weights pair 12-22% apart when mapped; see docs/gate.md).
 */
export declare function loadLlamaModel(modelPath: string, llama?: Llama, o?: {
    mmap?: boolean;
}): Promise<LlamaModel>;
/** A prompt's tokens as the runtime evaluates them: the model's beginning-of-text token first where it wants one. */
export declare function promptTokens(model: LlamaModel, prompt: string): Token[];
export interface TokenLoopOptions {
    /**
     * Carry on past an end-of-generation token (which counts as a token) to exactly `maxTokens`:
     * a timed request then does the same work whatever length the model would give its answer.
     */
    ignoreEnd?: boolean;
    /** 0 (the default) is greedy; the sampling options mean what they mean to node-llama-cpp's evaluate. */
    temperature?: number;
    topP?: number;
    seed?: number;
    /** Checked after each token: a client that hung up stops the generation. */
    signal?: AbortSignal;
    /** Sees each token as it is generated; true stops the generation after it (a stop string). */
    onToken?: (token: Token) => boolean | void;
}
/**
 * Up to `maxTokens` tokens after `input`, from a clean sequence, and why the generation stopped:
 * 'end' (the model ended its text), 'length' (`maxTokens`) or 'stopped' (`onToken` or the signal).
 */
export declare function generateTokens(model: LlamaModel, seq: LlamaContextSequence, input: Token[], maxTokens: number, o?: TokenLoopOptions): Promise<{
    tokens: Token[];
    stop: 'end' | 'length' | 'stopped';
}>;
/**
 * Greedy generation of up to `maxTokens` tokens after `prompt`, from a clean sequence.
 * Returns the text and the number of tokens generated (stops at an end-of-generation token
 * unless `ignoreEnd`).
 */
export declare function generateGreedy(model: LlamaModel, seq: LlamaContextSequence, prompt: string, maxTokens: number, o?: {
    ignoreEnd?: boolean;
}): Promise<{
    text: string;
    tokens: number;
}>;
export {};
