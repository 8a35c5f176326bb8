/**
 * GGUF constants shared by the writer and the checks (the reading is @huggingface/gguf's).
 * Spec: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (v3, little endian).
 */
export declare const GGUF_MAGIC = 1179993927;
export declare const GGUF_VERSION = 3;
export declare const GGUF_DEFAULT_ALIGNMENT = 32;
/** Metadata value types, numbered as in the spec. */
export declare enum GgufValueType {
    UINT8 = 0,
    INT8 = 1,
    UINT16 = 2,
    INT16 = 3,
    UINT32 = 4,
    INT32 = 5,
    FLOAT32 = 6,
    BOOL = 7,
    STRING = 8,
    ARRAY = 9,
    UINT64 = 10,
    INT64 = 11,
    FLOAT64 = 12
}
/** ggml tensor types the writer produces (numbers as in ggml.h). */
export declare enum GgmlType {
    F32 = 0,
    F16 = 1,
    Q8_0 = 8
}
/**
 * Block layout (elements per block, bytes per block) of the ggml types whose layout we are sure of,
 * used by the reader to check that every tensor's data lies inside the file (catches truncation).
 * Types missing here are simply not size-checked rather than guessed.
 */
export declare const GGML_TYPE_LAYOUT: Record<number, {
    block: number;
    bytes: number;
    name: string;
}>;
/**
 * llama.cpp's `general.file_type` (enum llama_ftype) -> our quantization token.
 *
 * The mapping rule, so that ids stay lowercase path-safe tokens (see core/naming.ts):
 * - float types and legacy quants keep llama.cpp's spelling, lowercased: f32, f16, bf16, q4_0, q8_0;
 * - k-quants drop the underscores around K and the size letter: Q4_K_M -> q4km, Q6_K -> q6k,
 *   Q2_K_S -> q2ks (the registry's examples use `q4km`);
 * - i-quants and ternary types keep their underscores: IQ4_XS -> iq4_xs, TQ1_0 -> tq1_0.
 */
export declare const FILE_TYPE_QUANTIZATION: Record<number, string>;
/** `general.file_type` number -> quantization token (undefined when unknown). */
export declare function quantizationForFileType(fileType: number): string | undefined;
/** Quantization token -> `general.file_type` number (undefined when unknown). */
export declare function fileTypeForQuantization(quantization: string): number | undefined;
/**
 * Accepts llama.cpp's own spelling too (`Q4_K_M`, `q4_k_m`) and returns our token (`q4km`).
 * The same normalization defines quantization families for the gate (core/naming.ts).
 */
export declare function normalizeQuantization(quantization: string): string;
