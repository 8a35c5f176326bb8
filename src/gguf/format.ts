import { quantizationFamily } from '../core/naming.js';

/**
 * GGUF constants shared by the writer and the checks (the reading is @huggingface/gguf's).
 * Spec: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (v3, little endian).
 */

export const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;

/** Metadata value types, numbered as in the spec. */
export enum GgufValueType {
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
  FLOAT64 = 12,
}

/** ggml tensor types the writer produces (numbers as in ggml.h). */
export enum GgmlType {
  F32 = 0,
  F16 = 1,
  Q8_0 = 8,
}

/**
 * Block layout (elements per block, bytes per block) of the ggml types whose layout we are sure of,
 * used by the reader to check that every tensor's data lies inside the file (catches truncation).
 * Types missing here are simply not size-checked rather than guessed.
 */
export const GGML_TYPE_LAYOUT: Record<number, { block: number; bytes: number; name: string }> = {
  0: { block: 1, bytes: 4, name: 'F32' },
  1: { block: 1, bytes: 2, name: 'F16' },
  2: { block: 32, bytes: 18, name: 'Q4_0' },
  3: { block: 32, bytes: 20, name: 'Q4_1' },
  6: { block: 32, bytes: 22, name: 'Q5_0' },
  7: { block: 32, bytes: 24, name: 'Q5_1' },
  8: { block: 32, bytes: 34, name: 'Q8_0' },
  10: { block: 256, bytes: 84, name: 'Q2_K' },
  11: { block: 256, bytes: 110, name: 'Q3_K' },
  12: { block: 256, bytes: 144, name: 'Q4_K' },
  13: { block: 256, bytes: 176, name: 'Q5_K' },
  14: { block: 256, bytes: 210, name: 'Q6_K' },
  24: { block: 1, bytes: 1, name: 'I8' },
  25: { block: 1, bytes: 2, name: 'I16' },
  26: { block: 1, bytes: 4, name: 'I32' },
  27: { block: 1, bytes: 8, name: 'I64' },
  28: { block: 1, bytes: 8, name: 'F64' },
  30: { block: 1, bytes: 2, name: 'BF16' },
};

/**
 * llama.cpp's `general.file_type` (enum llama_ftype) -> our quantization token.
 *
 * The mapping rule, so that ids stay lowercase path-safe tokens (see core/naming.ts):
 * - float types and legacy quants keep llama.cpp's spelling, lowercased: f32, f16, bf16, q4_0, q8_0;
 * - k-quants drop the underscores around K and the size letter: Q4_K_M -> q4km, Q6_K -> q6k,
 *   Q2_K_S -> q2ks (the registry's examples use `q4km`);
 * - i-quants and ternary types keep their underscores: IQ4_XS -> iq4_xs, TQ1_0 -> tq1_0.
 */
export const FILE_TYPE_QUANTIZATION: Record<number, string> = {
  0: 'f32',
  1: 'f16',
  2: 'q4_0',
  3: 'q4_1',
  7: 'q8_0',
  8: 'q5_0',
  9: 'q5_1',
  10: 'q2k',
  11: 'q3ks',
  12: 'q3km',
  13: 'q3kl',
  14: 'q4ks',
  15: 'q4km',
  16: 'q5ks',
  17: 'q5km',
  18: 'q6k',
  19: 'iq2_xxs',
  20: 'iq2_xs',
  21: 'q2ks',
  22: 'iq3_xs',
  23: 'iq3_xxs',
  24: 'iq1_s',
  25: 'iq4_nl',
  26: 'iq3_s',
  27: 'iq3_m',
  28: 'iq2_s',
  29: 'iq2_m',
  30: 'iq4_xs',
  31: 'iq1_m',
  32: 'bf16',
  36: 'tq1_0',
  37: 'tq2_0',
  38: 'mxfp4_moe',
};

/** `general.file_type` number -> quantization token (undefined when unknown). */
export function quantizationForFileType(fileType: number): string | undefined {
  return FILE_TYPE_QUANTIZATION[fileType];
}

/** Quantization token -> `general.file_type` number (undefined when unknown). */
export function fileTypeForQuantization(quantization: string): number | undefined {
  const q = normalizeQuantization(quantization);
  for (const [n, token] of Object.entries(FILE_TYPE_QUANTIZATION)) if (token === q) return Number(n);
  return undefined;
}

/**
 * Accepts llama.cpp's own spelling too (`Q4_K_M`, `q4_k_m`) and returns our token (`q4km`).
 * The same normalization defines quantization families for the gate (core/naming.ts).
 */
export function normalizeQuantization(quantization: string): string {
  return quantizationFamily(quantization);
}
