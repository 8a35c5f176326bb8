import type { Llama, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';
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
 */
export declare function contextThreads(llama: Llama, modelBytes: number, explicit?: number): number;
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
export declare function loadLlamaModel(modelPath: string, llama?: Llama): Promise<LlamaModel>;
/**
 * Greedy generation of up to `maxTokens` tokens after `prompt`, from a clean sequence.
 * Returns the text and the number of tokens generated (stops at an end-of-generation token).
 */
export declare function generateGreedy(model: LlamaModel, seq: LlamaContextSequence, prompt: string, maxTokens: number, o?: {
    ignoreEnd?: boolean;
}): Promise<{
    text: string;
    tokens: number;
}>;
export {};
