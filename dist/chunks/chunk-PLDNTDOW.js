import {
  quantizationFamily
} from "./chunk-6XFSSTIM.js";

// src/gguf/format.ts
var GGUF_MAGIC = 1179993927, GGUF_VERSION = 3, GGUF_DEFAULT_ALIGNMENT = 32;
var GGML_TYPE_LAYOUT = {
  0: { block: 1, bytes: 4, name: "F32" },
  1: { block: 1, bytes: 2, name: "F16" },
  2: { block: 32, bytes: 18, name: "Q4_0" },
  3: { block: 32, bytes: 20, name: "Q4_1" },
  6: { block: 32, bytes: 22, name: "Q5_0" },
  7: { block: 32, bytes: 24, name: "Q5_1" },
  8: { block: 32, bytes: 34, name: "Q8_0" },
  10: { block: 256, bytes: 84, name: "Q2_K" },
  11: { block: 256, bytes: 110, name: "Q3_K" },
  12: { block: 256, bytes: 144, name: "Q4_K" },
  13: { block: 256, bytes: 176, name: "Q5_K" },
  14: { block: 256, bytes: 210, name: "Q6_K" },
  24: { block: 1, bytes: 1, name: "I8" },
  25: { block: 1, bytes: 2, name: "I16" },
  26: { block: 1, bytes: 4, name: "I32" },
  27: { block: 1, bytes: 8, name: "I64" },
  28: { block: 1, bytes: 8, name: "F64" },
  30: { block: 1, bytes: 2, name: "BF16" }
}, FILE_TYPE_QUANTIZATION = {
  0: "f32",
  1: "f16",
  2: "q4_0",
  3: "q4_1",
  7: "q8_0",
  8: "q5_0",
  9: "q5_1",
  10: "q2k",
  11: "q3ks",
  12: "q3km",
  13: "q3kl",
  14: "q4ks",
  15: "q4km",
  16: "q5ks",
  17: "q5km",
  18: "q6k",
  19: "iq2_xxs",
  20: "iq2_xs",
  21: "q2ks",
  22: "iq3_xs",
  23: "iq3_xxs",
  24: "iq1_s",
  25: "iq4_nl",
  26: "iq3_s",
  27: "iq3_m",
  28: "iq2_s",
  29: "iq2_m",
  30: "iq4_xs",
  31: "iq1_m",
  32: "bf16",
  36: "tq1_0",
  37: "tq2_0",
  38: "mxfp4_moe"
};
function quantizationForFileType(fileType) {
  return FILE_TYPE_QUANTIZATION[fileType];
}
function normalizeQuantization(quantization) {
  return quantizationFamily(quantization);
}

export {
  GGUF_MAGIC,
  GGUF_VERSION,
  GGUF_DEFAULT_ALIGNMENT,
  GGML_TYPE_LAYOUT,
  quantizationForFileType,
  normalizeQuantization
};
