import {
  GGML_TYPE_LAYOUT,
  quantizationForFileType
} from "./chunk-PLDNTDOW.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/gguf/reader.ts
import { open } from "node:fs/promises";

// node_modules/@huggingface/tasks/dist/esm/gguf.js
var GGMLFileQuantizationType;
(function(GGMLFileQuantizationType2) {
  GGMLFileQuantizationType2[GGMLFileQuantizationType2.F32 = 0] = "F32", GGMLFileQuantizationType2[GGMLFileQuantizationType2.F16 = 1] = "F16", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_0 = 2] = "Q4_0", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_1 = 3] = "Q4_1", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_1_SOME_F16 = 4] = "Q4_1_SOME_F16", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_2 = 5] = "Q4_2", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_3 = 6] = "Q4_3", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q8_0 = 7] = "Q8_0", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q5_0 = 8] = "Q5_0", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q5_1 = 9] = "Q5_1", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q2_K = 10] = "Q2_K", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q3_K_S = 11] = "Q3_K_S", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q3_K_M = 12] = "Q3_K_M", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q3_K_L = 13] = "Q3_K_L", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_K_S = 14] = "Q4_K_S", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_K_M = 15] = "Q4_K_M", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q5_K_S = 16] = "Q5_K_S", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q5_K_M = 17] = "Q5_K_M", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q6_K = 18] = "Q6_K", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ2_XXS = 19] = "IQ2_XXS", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ2_XS = 20] = "IQ2_XS", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q2_K_S = 21] = "Q2_K_S", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ3_XS = 22] = "IQ3_XS", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ3_XXS = 23] = "IQ3_XXS", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ1_S = 24] = "IQ1_S", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ4_NL = 25] = "IQ4_NL", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ3_S = 26] = "IQ3_S", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ3_M = 27] = "IQ3_M", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ2_S = 28] = "IQ2_S", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ2_M = 29] = "IQ2_M", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ4_XS = 30] = "IQ4_XS", GGMLFileQuantizationType2[GGMLFileQuantizationType2.IQ1_M = 31] = "IQ1_M", GGMLFileQuantizationType2[GGMLFileQuantizationType2.BF16 = 32] = "BF16", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_0_4_4 = 33] = "Q4_0_4_4", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_0_4_8 = 34] = "Q4_0_4_8", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_0_8_8 = 35] = "Q4_0_8_8", GGMLFileQuantizationType2[GGMLFileQuantizationType2.TQ1_0 = 36] = "TQ1_0", GGMLFileQuantizationType2[GGMLFileQuantizationType2.TQ2_0 = 37] = "TQ2_0", GGMLFileQuantizationType2[GGMLFileQuantizationType2.MXFP4_MOE = 38] = "MXFP4_MOE", GGMLFileQuantizationType2[GGMLFileQuantizationType2.NVFP4 = 39] = "NVFP4", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q1_0 = 40] = "Q1_0", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q2_0 = 41] = "Q2_0", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q2_K_XL = 1e3] = "Q2_K_XL", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q3_K_XL = 1001] = "Q3_K_XL", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q4_K_XL = 1002] = "Q4_K_XL", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q5_K_XL = 1003] = "Q5_K_XL", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q6_K_XL = 1004] = "Q6_K_XL", GGMLFileQuantizationType2[GGMLFileQuantizationType2.Q8_K_XL = 1005] = "Q8_K_XL";
})(GGMLFileQuantizationType || (GGMLFileQuantizationType = {}));
var ggufQuants = Object.values(GGMLFileQuantizationType).filter((v) => typeof v == "string"), GGUF_QUANT_FILENAME_ALIASES = ["MXFP4"], GGUF_QUANT_RE = new RegExp(`(?<prefix>UD-)?(?<quant>${[...ggufQuants, ...GGUF_QUANT_FILENAME_ALIASES].join("|")})(_(?<sizeVariation>[A-Z]+))?`), GGUF_QUANT_RE_GLOBAL = new RegExp(GGUF_QUANT_RE, "g");
var GGUF_QUANT_ORDER = [
  GGMLFileQuantizationType.F32,
  GGMLFileQuantizationType.BF16,
  GGMLFileQuantizationType.F16,
  GGMLFileQuantizationType.Q8_K_XL,
  GGMLFileQuantizationType.Q8_0,
  // 6-bit quantizations
  GGMLFileQuantizationType.Q6_K_XL,
  GGMLFileQuantizationType.Q6_K,
  // 5-bit quantizations
  GGMLFileQuantizationType.Q5_K_XL,
  GGMLFileQuantizationType.Q5_K_M,
  GGMLFileQuantizationType.Q5_K_S,
  GGMLFileQuantizationType.Q5_0,
  GGMLFileQuantizationType.Q5_1,
  // 4-bit quantizations
  GGMLFileQuantizationType.Q4_K_XL,
  GGMLFileQuantizationType.Q4_K_M,
  GGMLFileQuantizationType.Q4_K_S,
  GGMLFileQuantizationType.IQ4_NL,
  GGMLFileQuantizationType.IQ4_XS,
  GGMLFileQuantizationType.Q4_0_4_4,
  GGMLFileQuantizationType.Q4_0_4_8,
  GGMLFileQuantizationType.Q4_0_8_8,
  GGMLFileQuantizationType.Q4_1_SOME_F16,
  GGMLFileQuantizationType.Q4_0,
  GGMLFileQuantizationType.Q4_1,
  GGMLFileQuantizationType.Q4_2,
  GGMLFileQuantizationType.Q4_3,
  GGMLFileQuantizationType.MXFP4_MOE,
  GGMLFileQuantizationType.NVFP4,
  // 3-bit quantizations
  GGMLFileQuantizationType.Q3_K_XL,
  GGMLFileQuantizationType.Q3_K_L,
  GGMLFileQuantizationType.Q3_K_M,
  GGMLFileQuantizationType.Q3_K_S,
  GGMLFileQuantizationType.IQ3_M,
  GGMLFileQuantizationType.IQ3_S,
  GGMLFileQuantizationType.IQ3_XS,
  GGMLFileQuantizationType.IQ3_XXS,
  // 2-bit quantizations
  GGMLFileQuantizationType.Q2_K_XL,
  GGMLFileQuantizationType.Q2_K,
  GGMLFileQuantizationType.Q2_K_S,
  GGMLFileQuantizationType.IQ2_M,
  GGMLFileQuantizationType.IQ2_S,
  GGMLFileQuantizationType.IQ2_XS,
  GGMLFileQuantizationType.IQ2_XXS,
  GGMLFileQuantizationType.Q2_0,
  // 1-bit quantizations
  GGMLFileQuantizationType.IQ1_S,
  GGMLFileQuantizationType.IQ1_M,
  GGMLFileQuantizationType.TQ1_0,
  GGMLFileQuantizationType.TQ2_0,
  GGMLFileQuantizationType.Q1_0
];
var GGMLQuantizationType;
(function(GGMLQuantizationType2) {
  GGMLQuantizationType2[GGMLQuantizationType2.F32 = 0] = "F32", GGMLQuantizationType2[GGMLQuantizationType2.F16 = 1] = "F16", GGMLQuantizationType2[GGMLQuantizationType2.Q4_0 = 2] = "Q4_0", GGMLQuantizationType2[GGMLQuantizationType2.Q4_1 = 3] = "Q4_1", GGMLQuantizationType2[GGMLQuantizationType2.Q5_0 = 6] = "Q5_0", GGMLQuantizationType2[GGMLQuantizationType2.Q5_1 = 7] = "Q5_1", GGMLQuantizationType2[GGMLQuantizationType2.Q8_0 = 8] = "Q8_0", GGMLQuantizationType2[GGMLQuantizationType2.Q8_1 = 9] = "Q8_1", GGMLQuantizationType2[GGMLQuantizationType2.Q2_K = 10] = "Q2_K", GGMLQuantizationType2[GGMLQuantizationType2.Q3_K = 11] = "Q3_K", GGMLQuantizationType2[GGMLQuantizationType2.Q4_K = 12] = "Q4_K", GGMLQuantizationType2[GGMLQuantizationType2.Q5_K = 13] = "Q5_K", GGMLQuantizationType2[GGMLQuantizationType2.Q6_K = 14] = "Q6_K", GGMLQuantizationType2[GGMLQuantizationType2.Q8_K = 15] = "Q8_K", GGMLQuantizationType2[GGMLQuantizationType2.IQ2_XXS = 16] = "IQ2_XXS", GGMLQuantizationType2[GGMLQuantizationType2.IQ2_XS = 17] = "IQ2_XS", GGMLQuantizationType2[GGMLQuantizationType2.IQ3_XXS = 18] = "IQ3_XXS", GGMLQuantizationType2[GGMLQuantizationType2.IQ1_S = 19] = "IQ1_S", GGMLQuantizationType2[GGMLQuantizationType2.IQ4_NL = 20] = "IQ4_NL", GGMLQuantizationType2[GGMLQuantizationType2.IQ3_S = 21] = "IQ3_S", GGMLQuantizationType2[GGMLQuantizationType2.IQ2_S = 22] = "IQ2_S", GGMLQuantizationType2[GGMLQuantizationType2.IQ4_XS = 23] = "IQ4_XS", GGMLQuantizationType2[GGMLQuantizationType2.I8 = 24] = "I8", GGMLQuantizationType2[GGMLQuantizationType2.I16 = 25] = "I16", GGMLQuantizationType2[GGMLQuantizationType2.I32 = 26] = "I32", GGMLQuantizationType2[GGMLQuantizationType2.I64 = 27] = "I64", GGMLQuantizationType2[GGMLQuantizationType2.F64 = 28] = "F64", GGMLQuantizationType2[GGMLQuantizationType2.IQ1_M = 29] = "IQ1_M", GGMLQuantizationType2[GGMLQuantizationType2.BF16 = 30] = "BF16", GGMLQuantizationType2[GGMLQuantizationType2.TQ1_0 = 34] = "TQ1_0", GGMLQuantizationType2[GGMLQuantizationType2.TQ2_0 = 35] = "TQ2_0", GGMLQuantizationType2[GGMLQuantizationType2.MXFP4 = 39] = "MXFP4", GGMLQuantizationType2[GGMLQuantizationType2.NVFP4 = 40] = "NVFP4", GGMLQuantizationType2[GGMLQuantizationType2.Q1_0 = 41] = "Q1_0", GGMLQuantizationType2[GGMLQuantizationType2.Q2_0 = 42] = "Q2_0";
})(GGMLQuantizationType || (GGMLQuantizationType = {}));

// node_modules/@huggingface/gguf/dist/chunk-ZJG7NGQD.mjs
var LLM_ARCHITECTURES = [
  "llama",
  "deci",
  "falcon",
  "grok",
  "gpt2",
  "gptj",
  "gptneox",
  "mpt",
  "baichuan",
  "starcoder",
  "refact",
  "bert",
  "nomic-bert",
  "jina-bert-v2",
  "bloom",
  "stablelm",
  "qwen",
  "qwen2",
  "qwen2moe",
  "qwen2vl",
  "phi2",
  "phi3",
  "phimoe",
  "plamo",
  "codeshell",
  "orion",
  "internlm2",
  "minicpm",
  "minicpm3",
  "gemma",
  "gemma2",
  "starcoder2",
  "mamba",
  "xverse",
  "command-r",
  "cohere2",
  "dbrx",
  "olmo",
  "olmo2",
  "olmoe",
  "openelm",
  "arctic",
  "deepseek",
  "deepseek2",
  "chatglm",
  "bitnet",
  "t5",
  "t5encoder",
  "jais",
  "nemotron",
  "exaone",
  "rwkv6",
  "rwkv6qwen2",
  "granite",
  "granitemoe",
  "chameleon",
  "wavtokenizer-dec"
], GGUFValueType = /* @__PURE__ */ ((GGUFValueType2) => (GGUFValueType2[GGUFValueType2.UINT8 = 0] = "UINT8", GGUFValueType2[GGUFValueType2.INT8 = 1] = "INT8", GGUFValueType2[GGUFValueType2.UINT16 = 2] = "UINT16", GGUFValueType2[GGUFValueType2.INT16 = 3] = "INT16", GGUFValueType2[GGUFValueType2.UINT32 = 4] = "UINT32", GGUFValueType2[GGUFValueType2.INT32 = 5] = "INT32", GGUFValueType2[GGUFValueType2.FLOAT32 = 6] = "FLOAT32", GGUFValueType2[GGUFValueType2.BOOL = 7] = "BOOL", GGUFValueType2[GGUFValueType2.STRING = 8] = "STRING", GGUFValueType2[GGUFValueType2.ARRAY = 9] = "ARRAY", GGUFValueType2[GGUFValueType2.UINT64 = 10] = "UINT64", GGUFValueType2[GGUFValueType2.INT64 = 11] = "INT64", GGUFValueType2[GGUFValueType2.FLOAT64 = 12] = "FLOAT64", GGUFValueType2))(GGUFValueType || {}), ARCHITECTURES = [...LLM_ARCHITECTURES, "rwkv", "whisper"], isBrowser = typeof window < "u" && typeof window.document < "u", isWebWorker = typeof self == "object" && self.constructor && self.constructor.name === "DedicatedWorkerGlobalScope", isBackend = !isBrowser && !isWebWorker;
var GGUF_QUANT_DESCRIPTIONS = {
  [GGMLQuantizationType.F32]: {
    txt: "32-bit standard IEEE 754 single-precision floating-point number.",
    src_url: "https://en.wikipedia.org/wiki/Single-precision_floating-point_format"
  },
  [GGMLQuantizationType.F16]: {
    txt: "16-bit standard IEEE 754 half-precision floating-point number.",
    src_url: "https://en.wikipedia.org/wiki/Half-precision_floating-point_format"
  },
  [GGMLQuantizationType.Q8_0]: {
    txt: "8-bit round-to-nearest quantization (q). Each block has 32 weights. Weight formula: w = q * block_scale. Legacy quantization method (not used widely as of today).",
    src_url: "https://github.com/huggingface/huggingface.js/pull/615#discussion_r1557654249"
  },
  [GGMLQuantizationType.Q8_1]: {
    txt: "8-bit round-to-nearest quantization (q). Each block has 32 weights. Weight formula: w = q * block_scale + block_minimum. Legacy quantization method (not used widely as of today).",
    src_url: "https://github.com/huggingface/huggingface.js/pull/615#discussion_r1557682290"
  },
  [GGMLQuantizationType.Q8_K]: {
    txt: "8-bit quantization (q). Each block has 256 weights. Only used for quantizing intermediate results. All 2-6 bit dot products are implemented for this quantization type. Weight formula: w = q * block_scale.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/1684#issue-1739619305"
  },
  [GGMLQuantizationType.Q6_K]: {
    txt: "6-bit quantization (q). Super-blocks with 16 blocks, each block has 16 weights. Weight formula: w = q * block_scale(8-bit), resulting in 6.5625 bits-per-weight.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/1684#issue-1739619305"
  },
  [GGMLQuantizationType.Q5_0]: {
    txt: "5-bit round-to-nearest quantization (q). Each block has 32 weights. Weight formula: w = q * block_scale. Legacy quantization method (not used widely as of today).",
    src_url: "https://github.com/huggingface/huggingface.js/pull/615#discussion_r1557654249"
  },
  [GGMLQuantizationType.Q5_1]: {
    txt: "5-bit round-to-nearest quantization (q). Each block has 32 weights. Weight formula: w = q * block_scale + block_minimum. Legacy quantization method (not used widely as of today).",
    src_url: "https://github.com/huggingface/huggingface.js/pull/615#discussion_r1557682290"
  },
  [GGMLQuantizationType.Q5_K]: {
    txt: "5-bit quantization (q). Super-blocks with 8 blocks, each block has 32 weights. Weight formula: w = q * block_scale(6-bit) + block_min(6-bit), resulting in 5.5 bits-per-weight.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/1684#issue-1739619305"
  },
  [GGMLQuantizationType.Q4_0]: {
    txt: "4-bit round-to-nearest quantization (q). Each block has 32 weights. Weight formula: w = q * block_scale. Legacy quantization method (not used widely as of today).",
    src_url: "https://github.com/huggingface/huggingface.js/pull/615#discussion_r1557654249"
  },
  [GGMLQuantizationType.Q4_1]: {
    txt: "4-bit round-to-nearest quantization (q). Each block has 32 weights. Weight formula: w = q * block_scale + block_minimum. Legacy quantization method (not used widely as of today).",
    src_url: "https://github.com/huggingface/huggingface.js/pull/615#discussion_r1557682290"
  },
  [GGMLQuantizationType.Q4_K]: {
    txt: "4-bit quantization (q). Super-blocks with 8 blocks, each block has 32 weights. Weight formula: w = q * block_scale(6-bit) + block_min(6-bit), resulting in 4.5 bits-per-weight.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/1684#issue-1739619305"
  },
  [GGMLQuantizationType.Q3_K]: {
    txt: "3-bit quantization (q). Super-blocks with 16 blocks, each block has 16 weights. Weight formula: w = q * block_scale(6-bit), resulting. 3.4375 bits-per-weight.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/1684#issue-1739619305"
  },
  [GGMLQuantizationType.Q2_K]: {
    txt: "2-bit quantization (q). Super-blocks with 16 blocks, each block has 16 weight. Weight formula: w = q * block_scale(4-bit) + block_min(4-bit), resulting in 2.625 bits-per-weight.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/1684#issue-1739619305"
  },
  [GGMLQuantizationType.IQ4_XS]: {
    txt: "4-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 4.25 bits-per-weight.",
    src_url: "https://huggingface.co/CISCai/OpenCodeInterpreter-DS-6.7B-SOTA-GGUF/blob/main/README.md?code=true#L59-L70"
  },
  [GGMLQuantizationType.IQ3_S]: {
    txt: "3-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 3.44 bits-per-weight.",
    src_url: "https://huggingface.co/CISCai/OpenCodeInterpreter-DS-6.7B-SOTA-GGUF/blob/main/README.md?code=true#L59-L70"
  },
  [GGMLQuantizationType.IQ3_XXS]: {
    txt: "3-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 3.06 bits-per-weight.",
    src_url: "https://huggingface.co/CISCai/OpenCodeInterpreter-DS-6.7B-SOTA-GGUF/blob/main/README.md?code=true#L59-L70"
  },
  [GGMLQuantizationType.IQ2_S]: {
    txt: "2-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 2.5 bits-per-weight.",
    src_url: "https://huggingface.co/CISCai/OpenCodeInterpreter-DS-6.7B-SOTA-GGUF/blob/main/README.md?code=true#L59-L70"
  },
  [GGMLQuantizationType.IQ2_XS]: {
    txt: "2-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 2.31 bits-per-weight.",
    src_url: "https://huggingface.co/CISCai/OpenCodeInterpreter-DS-6.7B-SOTA-GGUF/blob/main/README.md?code=true#L59-L70"
  },
  [GGMLQuantizationType.IQ2_XXS]: {
    txt: "2-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 2.06 bits-per-weight.",
    src_url: "https://huggingface.co/CISCai/OpenCodeInterpreter-DS-6.7B-SOTA-GGUF/blob/main/README.md?code=true#L59-L70"
  },
  [GGMLQuantizationType.IQ1_S]: {
    txt: "1-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 1.56 bits-per-weight.",
    src_url: "https://huggingface.co/CISCai/OpenCodeInterpreter-DS-6.7B-SOTA-GGUF/blob/main/README.md?code=true#L59-L70"
  },
  [GGMLQuantizationType.IQ4_NL]: {
    txt: "4-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/5590"
  },
  [GGMLQuantizationType.I8]: {
    txt: "8-bit fixed-width integer number.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/6045"
  },
  [GGMLQuantizationType.I16]: {
    txt: "16-bit fixed-width integer number.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/6045"
  },
  [GGMLQuantizationType.I32]: {
    txt: "32-bit fixed-width integer number.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/6045"
  },
  [GGMLQuantizationType.I64]: {
    txt: "64-bit fixed-width integer number.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/6062"
  },
  [GGMLQuantizationType.F64]: {
    txt: "64-bit standard IEEE 754 double-precision floating-point number.",
    src_url: "https://en.wikipedia.org/wiki/Double-precision_floating-point_format"
  },
  [GGMLQuantizationType.IQ1_M]: {
    txt: "1-bit quantization (q). Super-blocks with 256 weights. Weight w is obtained using super_block_scale & importance matrix, resulting in 1.75 bits-per-weight.",
    src_url: "https://github.com/ggerganov/llama.cpp/pull/6302"
  },
  [GGMLQuantizationType.BF16]: {
    txt: "16-bit shortened version of the 32-bit IEEE 754 single-precision floating-point number.",
    src_url: "https://en.wikipedia.org/wiki/Bfloat16_floating-point_format"
  },
  [GGMLQuantizationType.TQ1_0]: {
    txt: "Ternary quantization.",
    src_url: "https://github.com/ggml-org/llama.cpp/pull/8151"
  },
  [GGMLQuantizationType.TQ2_0]: {
    txt: "Ternary quantization.",
    src_url: "https://github.com/ggml-org/llama.cpp/pull/8151"
  },
  [GGMLQuantizationType.MXFP4]: {
    txt: "4-bit Microscaling Block Floating Point.",
    src_url: "https://github.com/ggml-org/llama.cpp/pull/15091"
  },
  [GGMLQuantizationType.NVFP4]: {
    txt: "4-bit Microscaling Block Floating Point with global scale.",
    src_url: "https://github.com/ggml-org/llama.cpp/pull/19769"
  },
  [GGMLQuantizationType.Q1_0]: {
    txt: "1-bit quantization with fp16 block scale. Each block has 128 weights, where 0 represents -block_scale and 1 represents +block_scale.",
    src_url: "https://github.com/ggml-org/llama.cpp/pull/21273"
  },
  [GGMLQuantizationType.Q2_0]: {
    txt: "2-bit quantization with fp16 block scale. Each block has 64 weights, where {0, 1, 2, 3} represents {-1, 0, +1, +2} * block_scale, resulting in 2.25 bits-per-weight.",
    src_url: "https://github.com/ggml-org/llama.cpp/pull/24448"
  }
}, QK_K = 256, calcBPW = (blockSize, typeSize) => typeSize * 8 / blockSize, GGML_QUANT_SIZES = {
  [GGMLQuantizationType.F32]: calcBPW(1, 4),
  [GGMLQuantizationType.F16]: calcBPW(1, 2),
  [GGMLQuantizationType.Q4_0]: calcBPW(32, 18),
  [GGMLQuantizationType.Q4_1]: calcBPW(32, 20),
  [GGMLQuantizationType.Q5_0]: calcBPW(32, 22),
  [GGMLQuantizationType.Q5_1]: calcBPW(32, 24),
  [GGMLQuantizationType.Q8_0]: calcBPW(32, 34),
  [GGMLQuantizationType.Q8_1]: calcBPW(32, 40),
  [GGMLQuantizationType.Q2_K]: calcBPW(256, 4 + QK_K / 16 + QK_K / 4),
  [GGMLQuantizationType.Q3_K]: calcBPW(256, 2 + QK_K / 4 + QK_K / 8 + 12),
  [GGMLQuantizationType.Q4_K]: calcBPW(256, 4 + QK_K / 2 + 12),
  [GGMLQuantizationType.Q5_K]: calcBPW(256, 4 + QK_K / 2 + QK_K / 8 + 12),
  [GGMLQuantizationType.Q6_K]: calcBPW(256, 2 + QK_K / 2 + QK_K / 4 + QK_K / 16),
  [GGMLQuantizationType.Q8_K]: calcBPW(256, 4 + QK_K + QK_K / 8),
  [GGMLQuantizationType.IQ2_XXS]: calcBPW(256, 2 + QK_K / 4),
  [GGMLQuantizationType.IQ2_XS]: calcBPW(256, 2 + QK_K / 4 + QK_K / 32),
  [GGMLQuantizationType.IQ3_XXS]: calcBPW(256, 2 + QK_K / 4 + QK_K / 8),
  [GGMLQuantizationType.IQ1_S]: calcBPW(256, 2 + QK_K / 8 + QK_K / 16),
  [GGMLQuantizationType.IQ4_NL]: calcBPW(32, 18),
  [GGMLQuantizationType.IQ3_S]: calcBPW(256, 2 + QK_K / 4 + QK_K / 8 + QK_K / 32 + 4),
  [GGMLQuantizationType.IQ2_S]: calcBPW(256, 2 + QK_K / 4 + QK_K / 16),
  [GGMLQuantizationType.IQ4_XS]: calcBPW(256, 4 + QK_K / 2 + QK_K / 64),
  [GGMLQuantizationType.I8]: calcBPW(1, 1),
  [GGMLQuantizationType.I16]: calcBPW(1, 2),
  [GGMLQuantizationType.I32]: calcBPW(1, 4),
  [GGMLQuantizationType.I64]: calcBPW(1, 8),
  [GGMLQuantizationType.F64]: calcBPW(1, 8),
  [GGMLQuantizationType.IQ1_M]: calcBPW(256, QK_K / 8 + QK_K / 16 + QK_K / 32),
  [GGMLQuantizationType.BF16]: calcBPW(1, 2),
  [GGMLQuantizationType.TQ1_0]: calcBPW(256, 54),
  [GGMLQuantizationType.TQ2_0]: calcBPW(256, 66),
  [GGMLQuantizationType.MXFP4]: calcBPW(32, 17),
  [GGMLQuantizationType.NVFP4]: calcBPW(64, 36),
  [GGMLQuantizationType.Q1_0]: calcBPW(128, 18),
  [GGMLQuantizationType.Q2_0]: calcBPW(64, 18)
};
var GGUF_DEFAULT_ALIGNMENT = 32, MAX_METADATA_ARRAY_LENGTH = 1e6, MAX_KV_COUNT = 1e5, MAX_TENSOR_COUNT = 1e7, MAX_STRING_LENGTH = 1e7, MAX_TENSOR_NDIMS = 8, MAX_TENSOR_DIM = 2 ** 32, MIN_BITS_PER_PARAMETER = 1, MAX_ARRAY_RECURSION_DEPTH = 4, MAX_CHUNK_FETCHES_PER_VALUE = 30, GGML_PAD = (x, n) => x + n - 1 & ~(n - 1);
var GGUF_MAGIC_NUMBER = new Uint8Array([71, 71, 85, 70]);
var isVersion = (version) => version === 1 || version === 2 || version === 3;
function isGGUFValueType(n) {
  return typeof GGUFValueType[n] == "string";
}
var HTTP_CHUNK_SIZE = 2 * 10 ** 6, HTTP_DATA_LEEWAY = 5 * 10 ** 5, HTTP_TOTAL_MAX_SIZE = 50 * 10 ** 6, RangeView = class {
  constructor(uri, params) {
    this.uri = uri, this.params = params, this.chunk = 0, this.buffer = new ArrayBuffer(0, { maxByteLength: HTTP_TOTAL_MAX_SIZE }), this.dataView = new DataView(this.buffer);
  }
  chunk;
  buffer;
  dataView;
  /**
   * Total size of the underlying file, once known. Comes for free from the `Content-Range` of the
   * first range request; `undefined` when the server doesn't report it (in which case size-based
   * validation is skipped rather than guessed).
   */
  totalFileSize;
  get view() {
    return this.dataView;
  }
  get fileSize() {
    return this.totalFileSize;
  }
  /**
   * Fetch a new chunk from the server
   */
  async fetchChunk() {
    let range = [this.chunk * HTTP_CHUNK_SIZE, (this.chunk + 1) * HTTP_CHUNK_SIZE - 1], response = await (this.params?.fetch ?? fetch)(this.uri, {
      headers: {
        ...this.params?.additionalFetchHeaders ?? {},
        Range: `bytes=${range[0]}-${range[1]}`
      }
    }), total = response.headers.get("content-range")?.match(/\/\s*(\d+)\s*$/)?.[1];
    if (total !== void 0) {
      let parsed = Number(total);
      Number.isSafeInteger(parsed) && parsed >= 0 && (this.totalFileSize = parsed);
    }
    let buf = new Uint8Array(await response.arrayBuffer());
    this.appendBuffer(buf), this.chunk += 1;
  }
  /**
   * Append new data into the buffer
   */
  appendBuffer(buf) {
    if (ArrayBuffer.prototype.resize)
      this.buffer.resize((this.chunk + 1) * HTTP_CHUNK_SIZE), new Uint8Array(this.buffer).set(buf, this.chunk * HTTP_CHUNK_SIZE);
    else {
      let newBuffer = new ArrayBuffer((this.chunk + 1) * HTTP_CHUNK_SIZE, { maxByteLength: HTTP_TOTAL_MAX_SIZE }), arrView = new Uint8Array(newBuffer);
      arrView.set(new Uint8Array(this.buffer)), arrView.set(buf, this.chunk * HTTP_CHUNK_SIZE), this.buffer = newBuffer, this.dataView = new DataView(this.buffer);
    }
  }
  /**
   * Check whether we need to fetch a new chunk
   */
  async fetchChunkIfNeeded(offset) {
    this.dataView.byteLength - offset < HTTP_DATA_LEEWAY && await this.fetchChunk();
  }
}, RangeViewLocalFile = class extends RangeView {
  /**
   * Read a new chunk from local file system.
   */
  async fetchChunk() {
    let { FileBlob } = await import("./FileBlob-IQ6VMEFQ-V36NMGLE.js"), blob = await FileBlob.create(this.uri);
    this.totalFileSize = blob.size;
    let range = [this.chunk * HTTP_CHUNK_SIZE, (this.chunk + 1) * HTTP_CHUNK_SIZE], buffer = await blob.slice(range[0], range[1]).arrayBuffer();
    this.appendBuffer(new Uint8Array(buffer)), this.chunk += 1;
  }
};
function computeParameterCount(tensorInfos2, fileSize) {
  let parameterCount = tensorInfos2.map(({ shape }) => shape.reduce((acc, val) => acc * Number(val), 1)).reduce((acc, val) => acc + val, 0);
  if (!Number.isFinite(parameterCount) || parameterCount < 0)
    throw new Error(`Computed parameter count is not a valid number (${parameterCount})`);
  if (fileSize !== void 0) {
    let maxParameters = fileSize * 8 / MIN_BITS_PER_PARAMETER;
    if (parameterCount > maxParameters)
      throw new Error(
        `Declared tensor shapes imply ${parameterCount} parameters, which cannot fit in a ${fileSize}-byte file (at most ${maxParameters} at ${MIN_BITS_PER_PARAMETER} bit per parameter). The file is malformed.`
      );
  }
  return parameterCount;
}
function readVersionedSize(view, byteOffset, version, littleEndian) {
  switch (version) {
    case 1: {
      let n = view.getUint32(byteOffset, littleEndian);
      return { value: BigInt(n), length: 4 };
    }
    case 2:
    case 3:
      return { value: view.getBigUint64(byteOffset, littleEndian), length: 8 };
  }
}
function readString(view, offset, version, littleEndian) {
  let length = readVersionedSize(view, offset, version, littleEndian);
  if (length.value > MAX_STRING_LENGTH)
    throw new Error(`String length ${length.value} exceeds maximum allowed (${MAX_STRING_LENGTH})`);
  let off = length.length;
  return { value: new TextDecoder().decode(view.buffer.slice(offset + off, offset + off + Number(length.value))), length: off + Number(length.value) };
}
function readMetadataValue(view, type, offset, version, littleEndian, depth = 0) {
  switch (type) {
    case 0:
      return { value: view.getUint8(offset), length: 1 };
    case 1:
      return { value: view.getInt8(offset), length: 1 };
    case 2:
      return { value: view.getUint16(offset, littleEndian), length: 2 };
    case 3:
      return { value: view.getInt16(offset, littleEndian), length: 2 };
    case 4:
      return { value: view.getUint32(offset, littleEndian), length: 4 };
    case 5:
      return { value: view.getInt32(offset, littleEndian), length: 4 };
    case 6:
      return { value: view.getFloat32(offset, littleEndian), length: 4 };
    case 7:
      return { value: view.getUint8(offset) !== 0, length: 1 };
    case 8:
      return readString(view, offset, version, littleEndian);
    case 9: {
      if (depth >= MAX_ARRAY_RECURSION_DEPTH)
        throw new Error(`Nested ARRAY depth ${depth} exceeds maximum allowed (${MAX_ARRAY_RECURSION_DEPTH})`);
      let arrayType = view.getUint32(offset, littleEndian);
      if (!isGGUFValueType(arrayType))
        throw new Error(`Unsupported array element type: ${arrayType}`);
      let arrayLength = readVersionedSize(view, offset + 4, version, littleEndian);
      if (arrayLength.value > MAX_METADATA_ARRAY_LENGTH)
        throw new Error(
          `Metadata array length ${arrayLength.value} exceeds maximum allowed (${MAX_METADATA_ARRAY_LENGTH})`
        );
      let length = 4 + arrayLength.length, arrayValues = [];
      for (let i = 0; i < arrayLength.value; i++) {
        let metadataValue = readMetadataValue(view, arrayType, offset + length, version, littleEndian, depth + 1);
        arrayValues.push(metadataValue.value), length += metadataValue.length;
      }
      return { value: arrayValues, length };
    }
    case 10:
      return { value: view.getBigUint64(offset, littleEndian), length: 8 };
    case 11:
      return { value: view.getBigInt64(offset, littleEndian), length: 8 };
    case 12:
      return { value: view.getFloat64(offset, littleEndian), length: 8 };
  }
}
async function gguf(uri, params) {
  let r;
  if (isBackend)
    if (uri.match(/^https?:\/\//))
      r = new RangeView(uri, params);
    else if (params?.allowLocalFile)
      r = new RangeViewLocalFile(uri, params);
    else
      throw new Error("Access to local file is not enabled, please set allowLocalFile to true");
  else {
    if (params?.allowLocalFile)
      throw new Error("allowLocalFile cannot be used on browser");
    r = new RangeView(uri, params);
  }
  if (await r.fetchChunk(), !((buffer, header) => {
    for (let i = 0; i < header.length; i++)
      if (header[i] !== buffer[i])
        return !1;
    return !0;
  })(new Uint8Array(r.view.buffer.slice(0, 4)), GGUF_MAGIC_NUMBER))
    throw new Error("not a valid gguf file: not starting with GGUF magic number");
  let [littleEndian, version] = (() => {
    let version2 = r.view.getUint32(4, !0);
    return version2 & 65535 ? [!0, version2] : [!1, r.view.getUint32(4, !1)];
  })();
  if (!isVersion(version))
    throw new Error(`not a valid gguf file: unsupported version "${version}"`);
  let offset = 8, tensorCount = readVersionedSize(r.view, offset, version, littleEndian);
  if (tensorCount.value > MAX_TENSOR_COUNT)
    throw new Error(`Tensor count ${tensorCount.value} exceeds maximum allowed (${MAX_TENSOR_COUNT})`);
  offset += tensorCount.length;
  let numKv = readVersionedSize(r.view, offset, version, littleEndian);
  if (numKv.value > MAX_KV_COUNT)
    throw new Error(`KV metadata count ${numKv.value} exceeds maximum allowed (${MAX_KV_COUNT})`);
  offset += numKv.length;
  let metadata = {
    version,
    tensor_count: tensorCount.value,
    kv_count: numKv.value
  }, typedMetadata;
  params?.typedMetadata && (typedMetadata = {
    version: {
      value: version,
      type: 4
      /* UINT32 */
    },
    tensor_count: {
      value: tensorCount.value,
      type: version === 1 ? 4 : 10
      /* UINT64 */
    },
    kv_count: {
      value: numKv.value,
      type: version === 1 ? 4 : 10
      /* UINT64 */
    }
  });
  for (let i = 0; i < numKv.value; i++) {
    await r.fetchChunkIfNeeded(offset);
    let keyResult = readString(r.view, offset, version, littleEndian);
    offset += keyResult.length;
    let valueType = r.view.getUint32(offset, littleEndian);
    if (offset += 4, !isGGUFValueType(valueType))
      throw new Error("Unsupported metadata type: " + valueType);
    let valueResult, fetchCount = 0;
    for (; !valueResult; )
      try {
        valueResult = readMetadataValue(r.view, valueType, offset, version, littleEndian);
      } catch (err) {
        if (err instanceof RangeError) {
          if (++fetchCount > MAX_CHUNK_FETCHES_PER_VALUE)
            throw new Error(
              `Exceeded maximum chunk fetches (${MAX_CHUNK_FETCHES_PER_VALUE}) while reading metadata value`
            );
          await r.fetchChunk();
        } else
          throw err;
      }
    if (offset += valueResult.length, metadata[keyResult.value] = valueResult.value, typedMetadata) {
      let typedEntry = {
        value: valueResult.value,
        type: valueType
      };
      if (valueType === 9) {
        let arrayTypeOffset = offset - valueResult.length, arraySubType = r.view.getUint32(arrayTypeOffset, littleEndian);
        isGGUFValueType(arraySubType) && (typedEntry.subType = arraySubType);
      }
      typedMetadata[keyResult.value] = typedEntry;
    }
  }
  let tensorInfoStartOffset = offset, tensorInfos2 = [];
  for (let i = 0; i < tensorCount.value; i++) {
    await r.fetchChunkIfNeeded(offset);
    let keyResult = readString(r.view, offset, version, littleEndian);
    offset += keyResult.length;
    let nDims = r.view.getUint32(offset, littleEndian);
    if (nDims > MAX_TENSOR_NDIMS)
      throw new Error(`Tensor n_dims ${nDims} exceeds maximum allowed (${MAX_TENSOR_NDIMS})`);
    offset += 4;
    let shape = [];
    for (let dim = 0; dim < nDims; dim++) {
      let shapeDim = readVersionedSize(r.view, offset, version, littleEndian);
      if (shapeDim.value > BigInt(MAX_TENSOR_DIM))
        throw new Error(
          `Tensor "${keyResult.value}" dimension ${dim} is ${shapeDim.value}, which exceeds the maximum allowed (${MAX_TENSOR_DIM})`
        );
      shape.push(shapeDim.value), offset += shapeDim.length;
    }
    let type = r.view.getUint32(offset, littleEndian);
    offset += 4;
    let tensorOffset = r.view.getBigUint64(offset, littleEndian);
    offset += 8, tensorInfos2.push({
      name: keyResult.value,
      n_dims: nDims,
      shape,
      dtype: type,
      offset: tensorOffset
    });
  }
  let rawAlignment = metadata["general.alignment"] ?? GGUF_DEFAULT_ALIGNMENT;
  if (typeof rawAlignment == "bigint" && rawAlignment > BigInt(Number.MAX_SAFE_INTEGER))
    throw new Error(`general.alignment value ${rawAlignment} exceeds safe integer range`);
  let alignment = Number(rawAlignment);
  if (alignment <= 0 || !Number.isInteger(alignment))
    throw new Error(`general.alignment must be a positive integer, got ${rawAlignment}`);
  let tensorInfoEndBeforePadOffset = offset, tensorDataOffset = BigInt(GGML_PAD(offset, alignment)), baseResult = {
    metadata,
    tensorInfos: tensorInfos2,
    tensorDataOffset,
    littleEndian,
    tensorInfoByteRange: [tensorInfoStartOffset, tensorInfoEndBeforePadOffset]
  };
  if (params?.computeParametersCount) {
    let parameterCount = computeParameterCount(tensorInfos2, r.fileSize);
    return params?.typedMetadata ? {
      ...baseResult,
      parameterCount,
      typedMetadata
    } : { ...baseResult, parameterCount };
  } else return params?.typedMetadata ? { ...baseResult, typedMetadata } : baseResult;
}

// src/gguf/reader.ts
var MAX_DIMS = 4, HeaderPastEnd = class extends Error {
  constructor(size) {
    super(`the GGUF header runs past the end of the ${size} bytes there are`);
    this.size = size;
  }
};
function rangeFetch(bytes) {
  let pastEnd = 0;
  return (async (_url, init) => {
    let range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get("range") ?? "");
    if (!range) throw new Error("a range request without a range");
    let start = Number(range[1]), end = Math.min(Number(range[2]) + 1, bytes.size);
    if (start >= bytes.size && ++pastEnd > 1) throw new HeaderPastEnd(bytes.size);
    let body = start < end ? await bytes.read(start, end) : new Uint8Array(0);
    return new Response(body, {
      status: 206,
      headers: { "content-range": `bytes ${start}-${start + body.length - 1}/${bytes.size}` }
    });
  });
}
async function parseGguf(bytes, file) {
  let magic = bytes.size >= 4 ? Buffer.from(await bytes.read(0, 4)).toString("latin1") : "GGUF";
  if (magic !== "GGUF") {
    let found = JSON.stringify(magic);
    throw new MregError("GGUF", `${file}: not a valid GGUF file: bad magic: found ${found} where "GGUF" was expected`);
  }
  let out;
  try {
    out = await gguf("https://gguf.invalid/header", { fetch: rangeFetch(bytes), typedMetadata: !0 });
  } catch (err) {
    if (err instanceof HeaderPastEnd) throw err;
    let why = err.message.replace(/^not a valid gguf file: /i, "");
    throw new MregError("GGUF", `${file}: not a valid GGUF file: ${why}`, { cause: err });
  }
  if (out.tensorInfoByteRange[1] > bytes.size) throw new HeaderPastEnd(bytes.size);
  let fail = (msg) => {
    throw new MregError("GGUF", `${file}: not a valid GGUF file: ${msg}`);
  }, { version, kv_count: kvCount } = out.metadata;
  out.littleEndian || fail("big-endian GGUF files are not supported (llama.cpp reads little-endian files)"), version !== 2 && version !== 3 && fail(`unsupported GGUF version ${version} (2 and 3 are supported)`);
  let keys = Object.keys(out.metadata).length - 3;
  return BigInt(keys) !== kvCount && fail(`the header declares ${kvCount} metadata keys but holds ${keys} distinct ones: a key is repeated`), out;
}
function safe(v) {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}
function plainValue(v, maxArrayElements, itemType) {
  return typeof v == "bigint" ? safe(v) : Array.isArray(v) ? v.length > maxArrayElements ? { arrayOf: GGUFValueType[itemType ?? GGUFValueType.ARRAY].toLowerCase(), length: v.length } : v.map((x) => plainValue(x, maxArrayElements)) : v;
}
function fileBytes(fh, size) {
  return {
    size,
    read: async (start, end) => {
      let buf = Buffer.alloc(end - start), { bytesRead } = await fh.read(buf, 0, buf.length, start);
      return buf.subarray(0, bytesRead);
    }
  };
}
function tensorInfos(out, alignment, fail) {
  return out.tensorInfos.map((t) => {
    (t.n_dims < 1 || t.n_dims > MAX_DIMS) && fail(`tensor ${t.name}: ${t.n_dims} dimensions (1 to ${MAX_DIMS} allowed)`);
    let dims = t.shape.map(Number);
    Number.isSafeInteger(dims.reduce((a, b) => a * b, 1)) || fail(`tensor ${t.name}: dims [${dims.join(", ")}] overflow`), t.offset > BigInt(Number.MAX_SAFE_INTEGER) && fail(`tensor ${t.name}: offset ${t.offset} is larger than any file`);
    let offset = Number(t.offset);
    return offset % alignment !== 0 && fail(`tensor ${t.name}: offset ${offset} is not aligned to ${alignment}`), { name: t.name, dims, type: t.dtype, offset };
  });
}
function checkTensorBounds(tensors, dataOffset, size, fail) {
  for (let t of tensors) {
    let layout = GGML_TYPE_LAYOUT[t.type];
    if (!layout) continue;
    let elements = t.dims.reduce((a, b) => a * b, 1);
    t.dims[0] % layout.block !== 0 && fail(
      `tensor ${t.name}: row length ${t.dims[0]} is not a multiple of the ${layout.name} block size ${layout.block}`
    );
    let bytes = elements / layout.block * layout.bytes, end = dataOffset + t.offset + bytes;
    end > size && fail(
      `truncated: tensor ${t.name} (${layout.name}, ${bytes} bytes at data offset ${t.offset}) ends at byte ${end} but the file has ${size} bytes`
    );
  }
}
async function readHeader(fh, size, path, options) {
  let fail = (msg) => {
    throw new MregError("GGUF", `${path}: not a valid GGUF file: ${msg}`);
  };
  size < 24 && fail(`only ${size} bytes, a GGUF header needs at least 24`);
  let out = await parseGguf(fileBytes(fh, size), path).catch((err) => {
    throw err instanceof HeaderPastEnd && fail(`truncated: the header runs past the end of the file (${size} bytes)`), err;
  }), maxArrayElements = options.maxArrayElements ?? 4096, { version, tensor_count: tensorCount } = out.metadata, metadata = {};
  for (let [key, typed] of Object.entries(out.typedMetadata))
    key === "version" || key === "tensor_count" || key === "kv_count" || typed.value !== void 0 && (metadata[key] = plainValue(typed.value, maxArrayElements, "subType" in typed ? typed.subType : void 0));
  let a = metadata["general.alignment"] ?? 32;
  (typeof a != "number" || a < 1 || a > 1 << 20 || (a & a - 1) !== 0) && fail(`general.alignment ${String(a)} is not a power of two`);
  let alignment = a, tensors = tensorInfos(out, alignment, fail), dataOffset = Number(out.tensorDataOffset);
  checkTensorBounds(tensors, dataOffset, size, fail);
  let architecture = typeof metadata["general.architecture"] == "string" ? metadata["general.architecture"] : void 0, ft = metadata["general.file_type"], fileType = typeof ft == "number" ? ft : void 0, quantization = fileType === void 0 ? void 0 : quantizationForFileType(fileType);
  return {
    version,
    architecture,
    fileType,
    quantization,
    metadata,
    tensorCount: Number(tensorCount),
    tensors,
    alignment,
    dataOffset,
    fileSize: size
  };
}
var checkedHeaders = /* @__PURE__ */ new Map(), CHECKED_HEADERS_KEPT = 32, SETTLED_NS = 2000000000n;
function rememberHeader(key, entry, startedNs) {
  startedNs - entry.mtimeNs < SETTLED_NS || (checkedHeaders.delete(key), checkedHeaders.set(key, entry), checkedHeaders.size > CHECKED_HEADERS_KEPT && checkedHeaders.delete(checkedHeaders.keys().next().value));
}
async function readGgufHeader(path, options = {}) {
  let startedNs = BigInt(Date.now()) * 1000000n, fh;
  try {
    fh = await open(path, "r");
  } catch (err) {
    throw new MregError("GGUF", `${path}: cannot open: ${err.message}`, { cause: err });
  }
  try {
    let s = await fh.stat({ bigint: !0 }), key = `${s.dev}:${s.ino}`, maxArrayElements = options.maxArrayElements ?? 4096, known = checkedHeaders.get(key);
    if (known && known.size === s.size && known.mtimeNs === s.mtimeNs && known.maxArrayElements === maxArrayElements)
      return known.header;
    let header = await readHeader(fh, Number(s.size), path, options);
    return rememberHeader(key, { size: s.size, mtimeNs: s.mtimeNs, maxArrayElements, header }, startedNs), header;
  } finally {
    await fh.close();
  }
}

export {
  HeaderPastEnd,
  parseGguf,
  readGgufHeader
};
