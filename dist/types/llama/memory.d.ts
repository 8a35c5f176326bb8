import type { Llama } from 'node-llama-cpp';
export interface MemoryNeed {
    /** Bytes of RAM and of VRAM, weights and context together. */
    ram: number;
    vram: number;
    /** How the figure was found: node-llama-cpp's estimate, or the file's size when that failed. */
    source: 'estimate' | 'file size';
}
/** node-llama-cpp's estimate for `modelPath` with one context of `contextSize` (all layers on the GPU, if any). */
export declare function estimateNeed(llama: Llama, modelPath: string, fileBytes: number, contextSize: number): Promise<MemoryNeed>;
export interface MemoryCheck {
    fits: boolean;
    /** One line for the report: the needs, what is free, the verdict. */
    text: string;
}
/**
 * Whether models with these needs fit side by side: within 90% of the available RAM and VRAM (the
 * rest for the process itself and the estimates' error), or within `limitBytes` when given (a
 * lower ceiling set by the caller, e.g. a runner's memory limit, or a test).
 */
export declare function checkFit(llama: Llama, needs: MemoryNeed[], limitBytes?: number): Promise<MemoryCheck>;
