/** Limits far above any real model, far below anything that could exhaust memory. */
export declare const GGUF_LIMITS: {
    maxKv: number;
    maxTensors: number;
    maxKeyLength: number;
    maxStringLength: number;
    maxArrayLength: number;
    maxDims: number;
    maxHeaderBytes: number;
};
/** Stand-in for arrays longer than `maxArrayElements` (a tokenizer's 150k tokens, say). */
export interface GgufArraySummary {
    arrayOf: string;
    length: number;
}
export type GgufMetadataValue = number | string | boolean | GgufMetadataValue[] | GgufArraySummary;
export interface GgufTensorInfo {
    name: string;
    dims: number[];
    type: number;
    /** Relative to the start of the data section. */
    offset: number;
}
export interface GgufHeader {
    version: number;
    architecture?: string;
    fileType?: number;
    /** From `general.file_type`, see `quantizationForFileType` in ./format.ts for the mapping. */
    quantization?: string;
    metadata: Record<string, unknown>;
    tensorCount: number;
    tensors: GgufTensorInfo[];
    alignment: number;
    /** Absolute file offset of the tensor data section. */
    dataOffset: number;
    fileSize: number;
}
export interface ReadGgufOptions {
    /** Arrays longer than this are summarized as `{arrayOf, length}` (default 4096). */
    maxArrayElements?: number;
}
/**
 * Reads a GGUF header. Throws MregError('GGUF') naming the file and what is wrong for anything that
 * is not a well-formed GGUF v2/v3 file whose tensor data fits in the file.
 */
export declare function readGgufHeader(path: string, options?: ReadGgufOptions): Promise<GgufHeader>;
