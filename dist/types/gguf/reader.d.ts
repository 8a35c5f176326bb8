import { type GGUFParseOutput, type GGUFTypedMetadata } from '@huggingface/gguf';
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
/** Where a header's bytes come from: an open file, or the first bytes of an object in memory. */
export interface HeaderBytes {
    /** Bytes there are: the file's size, or the length of a prefix. */
    size: number;
    read(start: number, end: number): Promise<Uint8Array>;
}
/** The header ended past the bytes there are: a truncated file, or a prefix too short for it. */
export declare class HeaderPastEnd extends Error {
    readonly size: number;
    constructor(size: number);
}
/** The library's parse, with each value's GGUF type (an array's item type names its summary). */
export type ParsedGguf = GGUFParseOutput & {
    typedMetadata: GGUFTypedMetadata;
};
/**
 * The library's parse of a header whose bytes are `bytes`. Throws HeaderPastEnd when the header
 * runs past them, MregError('GGUF') naming `file` when the library refuses the header.
 */
export declare function parseGguf(bytes: HeaderBytes, file: string): Promise<ParsedGguf>;
/**
 * Reads a GGUF header. Throws MregError('GGUF') naming the file and what is wrong for anything that
 * is not a well-formed GGUF v2/v3 file whose tensor data fits in the file. A header this process
 * already checked is returned again (the same object: read it, do not change it) while the file is
 * unchanged.
 */
export declare function readGgufHeader(path: string, options?: ReadGgufOptions): Promise<GgufHeader>;
