/**
 * Generates tiny but real GGUF models that llama.cpp loads: a bigram language model dressed as a
 * llama (one layer by default; a real model's vocabulary, width, layers and FFN on request, see
 * `shape`, so a test or a benchmark can pay what a real small model costs).
 *
 * Construction (n_vocab = 258 tokens, n_embd = 288 by default, see `shape`):
 * - Tokenizer: GPT-2 style byte-level BPE with the 256 byte tokens and no merges, plus `<s>` and
 *   `</s>`. Any text tokenizes, deterministically, to its UTF-8 bytes, so the bigram statistics can
 *   be computed here in JS exactly as llama.cpp will see the tokens.
 * - token_embd: one-hot, token i -> unit vector e_i (n_embd is 288, the next multiple of 32 above
 *   258, because Q8_0 quantizes rows in blocks of 32).
 * - The transformer block has all-zero attention and FFN matrices: attention outputs softmax(0)·V
 *   = 0 and the FFN outputs silu(0)·0 = 0, so the residual stream carries e_i through unchanged.
 *   attn_norm / ffn_norm are ones (their output is multiplied by zeros anyway; ones keep it finite).
 * - output_norm: RMS norm of e_i is e_i / sqrt(1/n_embd + eps); the norm weight is set to exactly
 *   sqrt(1/n_embd + eps) so that the normed vector is e_i again.
 * - output: row j, column i holds log p(j | i) of an add-k smoothed bigram model estimated from the
 *   corpus. The logits are then the bigram log-probabilities (already normalized), so llama.cpp's
 *   perplexity on a text is the bigram perplexity, computable here (`bigramPerplexity`).
 *
 * Variants: a smaller `smoothing` gives a "better" model on its own corpus; `degrade` estimates the
 * bigram from a byte-shuffled copy of the corpus (which destroys the bigram structure, leaving
 * roughly unigram statistics) or adds noise to the log-probs, for a clearly worse model.
 */
import { createHash } from 'node:crypto';
import { MregError } from '../core/errors.js';
import { mulberry32 } from '../core/stats.js';
import { GgmlType } from './format.js';
import {
  splitFileName,
  splitGgufInput,
  writeGguf,
  type GgufFileInput,
  type GgufKvValue,
  type GgufTensorInput,
  type TensorData,
} from './writer.js';

export type TinyQuantization = 'f32' | 'f16' | 'q8_0';

export const TINY_BOS = 256;
export const TINY_EOS = 257;
export const TINY_VOCAB = 258;
export const TINY_EMBD = 288;
const HEAD_DIM = 32;
const N_FF = 32;
const RMS_EPS = 1e-5;
/** Log-prob given to impossible successors (BOS): very unlikely but finite. */
const NEVER = -30;

export interface TinyModelOptions {
  /** The corpus text (not a path) the bigram model is estimated from. */
  corpus: string;
  quantization?: TinyQuantization;
  /**
   * Make a deliberately bad model: 'shuffle' (or true) estimates from the corpus bytes shuffled,
   * 'noise' adds Gaussian noise (sd 2 nats) to the log-probs.
   */
  degrade?: boolean | 'shuffle' | 'noise';
  /** Add-k smoothing, default 1. Smaller fits the corpus more tightly (lower perplexity on it). */
  smoothing?: number;
  /** `general.name`, default "tiny-bigram". */
  name?: string;
  /** `llama.context_length`, default 1024. */
  contextLength?: number;
  /** Seed for shuffle/noise, default 42: the same inputs always give the same bytes. */
  seed?: number;
  /**
   * A bigger model with the same outputs, shaped like a real one for tests and benchmarks that
   * judge cost: a real vocabulary size (`vocab`, e.g. 32000 or 128256; the tokens past the 258 the
   * bigram uses are never produced), a wider residual stream (`embd`, a multiple of 32, at least
   * 288), more zero blocks (`layers`) and a wider FFN (`ff`, a multiple of 32). llama.cpp computes
   * every zero matrix and every logit, so the cost is real.
   */
  shape?: { vocab?: number; embd?: number; layers?: number; ff?: number };
}

export interface TinyModel {
  gguf: GgufFileInput;
  /** logProbs[i * TINY_VOCAB + j] = log p(j | i), as written (before quantization). */
  logProbs: Float64Array;
  fileType: number;
  quantization: TinyQuantization;
  /** Tokens in the vocabulary (258 unless a shape asked for more). */
  vocab: number;
}

const FILE_TYPES: Record<TinyQuantization, number> = { f32: 0, f16: 1, q8_0: 7 };
const MATRIX_TYPES: Record<TinyQuantization, GgmlType> = { f32: GgmlType.F32, f16: GgmlType.F16, q8_0: GgmlType.Q8_0 };

/** GPT-2's reversible byte -> printable unicode character map (the byte-level BPE alphabet). */
export function gpt2ByteToUnicode(): string[] {
  const bs: number[] = [];
  for (let b = 33; b <= 126; b++) bs.push(b);
  for (let b = 161; b <= 172; b++) bs.push(b);
  for (let b = 174; b <= 255; b++) bs.push(b);
  const map: string[] = new Array(256);
  for (const b of bs) map[b] = String.fromCodePoint(b);
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (map[b] === undefined) map[b] = String.fromCodePoint(256 + n++);
  }
  return map;
}

/** The token ids llama.cpp produces for `text` with this tokenizer: its UTF-8 bytes. */
export function tinyTokenize(text: string): number[] {
  return [...Buffer.from(text, 'utf8')];
}

/** Deterministic PRNG: the same generator the gate's simulations use (same seed, same bytes). */
const prng = mulberry32;

/** Add-k smoothed bigram log-probs over each sequence as [BOS] + tokens + [EOS]. */
export function estimateBigram(tokens: number[][], smoothing: number): Float64Array {
  const V = TINY_VOCAB;
  const counts = new Float64Array(V * V);
  for (const seq of tokens) {
    let prev = TINY_BOS;
    for (const t of seq) {
      counts[prev * V + t] += 1;
      prev = t;
    }
    counts[prev * V + TINY_EOS] += 1;
  }
  const logProbs = new Float64Array(V * V);
  for (let i = 0; i < V; i++) {
    let total = 0;
    for (let j = 0; j < V; j++) if (j !== TINY_BOS) total += counts[i * V + j] + smoothing;
    for (let j = 0; j < V; j++) {
      logProbs[i * V + j] = j === TINY_BOS ? NEVER : Math.log((counts[i * V + j] + smoothing) / total);
    }
  }
  return logProbs;
}

/**
 * The probability mass the tokens past the byte vocabulary take from every prediction: each has
 * the logit NEVER, so the softmax divides by 1 + (vocab - 258) e^NEVER (1.2e-8 for a 128k vocabulary).
 */
export function extraTokenMass(vocab: number): number {
  return Math.log1p((vocab - TINY_VOCAB) * Math.exp(NEVER));
}

/** Perplexity of the bigram model on `text`, scored the way the llama backend scores it. */
export function bigramPerplexity(logProbs: Float64Array, text: string, vocab = TINY_VOCAB): number {
  const toks = tinyTokenize(text);
  let prev = TINY_BOS;
  let sum = 0;
  for (const t of toks) {
    sum += logProbs[prev * TINY_VOCAB + t];
    prev = t;
  }
  return Math.exp(-sum / toks.length + extraTokenMass(vocab));
}

/** The shape of the network the bigram model is dressed in, checked. */
interface TinyShape {
  vocab: number;
  embd: number;
  layers: number;
  ff: number;
}

function checkedShape(shape: TinyModelOptions['shape']): TinyShape {
  const s = {
    vocab: shape?.vocab ?? TINY_VOCAB,
    embd: shape?.embd ?? TINY_EMBD,
    layers: shape?.layers ?? 1,
    ff: shape?.ff ?? N_FF,
  };
  const { vocab: V, embd: E, layers: L, ff: F } = s;
  if (
    E < TINY_EMBD ||
    E % 32 ||
    F < 32 ||
    F % 32 ||
    !(L >= 1 && L <= 256) ||
    !(Number.isInteger(V) && V >= TINY_VOCAB && V <= 1 << 20)
  ) {
    throw new MregError(
      'USAGE',
      `tiny model shape vocab ${V} / embd ${E} / ff ${F} / layers ${L}: ${TINY_VOCAB} <= vocab <= ${1 << 20}, embd >= ${TINY_EMBD} and ff >= 32 multiples of 32, 1 <= layers <= 256`,
    );
  }
  return s;
}

/** The bigram log-probs of the options' corpus, shuffled or with noise when asked for a bad model. */
function bigramOf(
  corpus: string,
  smoothing: number,
  degrade: 'shuffle' | 'noise' | undefined,
  seed: number,
): Float64Array {
  const rand = prng(seed);
  // The corpus is one sequence, as the llama backend scores it: BOS, its bytes, EOS.
  const seq = tinyTokenize(corpus);
  if (degrade === 'shuffle') {
    // Fisher-Yates over the bytes: keeps the unigram counts, destroys the bigram structure.
    for (let i = seq.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [seq[i], seq[j]] = [seq[j], seq[i]];
    }
  }
  const logProbs = estimateBigram([seq], smoothing);
  if (degrade === 'noise') {
    const V = TINY_VOCAB;
    for (let i = 0; i < V; i++) {
      let max = -Infinity;
      for (let j = 0; j < V; j++) {
        if (j === TINY_BOS) continue;
        // Box-Muller, sd 2 nats.
        const g = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
        logProbs[i * V + j] += 2 * g;
        max = Math.max(max, logProbs[i * V + j]);
      }
      let z = 0;
      for (let j = 0; j < V; j++) if (j !== TINY_BOS) z += Math.exp(logProbs[i * V + j] - max);
      const lse = max + Math.log(z);
      for (let j = 0; j < V; j++) if (j !== TINY_BOS) logProbs[i * V + j] -= lse;
    }
  }
  return logProbs;
}

/**
 * The tensors: one-hot embeddings of the byte tokens, zero blocks, and an output matrix whose
 * row j holds log p(j | i) in column i. Tokens past the byte vocabulary (a real model's vocabulary
 * size) embed to zero and get the logit NEVER after every byte: they cost what a real vocabulary
 * costs in the output layer and never change the perplexity measurably (see `extraTokenMass`).
 * Large tensors are given row by row, so a model of hundreds of MB is never held in memory whole.
 */
function tinyTensors(logProbs: Float64Array, shape: TinyShape, quantization: TinyQuantization): GgufTensorInput[] {
  const { vocab: V, embd: E, layers: L, ff: F } = shape;
  const matrix = MATRIX_TYPES[quantization];
  const tensor = (name: string, dims: number[], data: TensorData, type: GgmlType = matrix): GgufTensorInput => ({
    name,
    dims,
    type,
    data,
  });
  const oneHot = (j: number): Float32Array => {
    const row = new Float32Array(E);
    if (j < TINY_VOCAB) row[j] = 1;
    return row;
  };
  // ggml dims [n_embd, n_vocab]: row j (the output token) is contiguous over the n_embd inputs.
  const outputRow = (j: number): Float32Array => {
    const row = new Float32Array(E);
    for (let i = 0; i < TINY_VOCAB; i++) row[i] = j < TINY_VOCAB ? logProbs[i * TINY_VOCAB + j] : NEVER;
    return row;
  };
  const block = (b: number): GgufTensorInput[] => [
    tensor(`blk.${b}.attn_norm.weight`, [E], 1, GgmlType.F32),
    tensor(`blk.${b}.attn_q.weight`, [E, E], 0),
    tensor(`blk.${b}.attn_k.weight`, [E, E], 0),
    tensor(`blk.${b}.attn_v.weight`, [E, E], 0),
    tensor(`blk.${b}.attn_output.weight`, [E, E], 0),
    tensor(`blk.${b}.ffn_norm.weight`, [E], 1, GgmlType.F32),
    tensor(`blk.${b}.ffn_gate.weight`, [E, F], 0),
    tensor(`blk.${b}.ffn_up.weight`, [E, F], 0),
    tensor(`blk.${b}.ffn_down.weight`, [F, E], 0),
  ];
  return [
    tensor('token_embd.weight', [E, V], oneHot),
    ...Array.from({ length: L }, (_, b) => block(b)).flat(),
    tensor('output_norm.weight', [E], Math.sqrt(1 / E + RMS_EPS), GgmlType.F32),
    tensor('output.weight', [E, V], outputRow),
  ];
}

/** The metadata: a llama with a byte-level BPE tokenizer without merges. */
function tinyMetadata(
  opts: TinyModelOptions,
  shape: TinyShape,
  quantization: TinyQuantization,
  smoothing: number,
  degrade: string,
  seed: number,
) {
  const byteMap = gpt2ByteToUnicode();
  // Tokens past the bytes are never produced by the tokenizer (no merges reach them).
  const extra = Array.from({ length: shape.vocab - TINY_VOCAB }, (_, i) => `<extra_${i}>`);
  const tokens = [...byteMap, '<s>', '</s>', ...extra];
  const tokenTypes = [...new Array<number>(256).fill(1), 3, 3, ...new Array<number>(extra.length).fill(1)]; // 1 normal, 3 control
  const corpusSha = createHash('sha256').update(opts.corpus).digest('hex');
  const u32 = (value: number): GgufKvValue => ({ type: 'uint32', value });
  const str = (value: string): GgufKvValue => ({ type: 'string', value });
  const nHead = shape.embd / HEAD_DIM;
  const metadata: Array<[string, GgufKvValue]> = [
    ['general.architecture', str('llama')],
    ['general.name', str(opts.name ?? 'tiny-bigram')],
    [
      'general.description',
      str(
        `bigram model as a llama; corpus sha256 ${corpusSha}; smoothing ${smoothing}; degrade ${degrade}; seed ${seed}`,
      ),
    ],
    ['general.file_type', u32(FILE_TYPES[quantization])],
    ['general.quantization_version', u32(2)],
    ['llama.context_length', u32(opts.contextLength ?? 1024)],
    ['llama.embedding_length', u32(shape.embd)],
    ['llama.block_count', u32(shape.layers)],
    ['llama.feed_forward_length', u32(shape.ff)],
    ['llama.attention.head_count', u32(nHead)],
    ['llama.attention.head_count_kv', u32(nHead)],
    ['llama.rope.dimension_count', u32(HEAD_DIM)],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'float32', value: RMS_EPS }],
    ['llama.vocab_size', u32(shape.vocab)],
    ['tokenizer.ggml.model', str('gpt2')],
    ['tokenizer.ggml.pre', str('default')],
    ['tokenizer.ggml.tokens', { type: 'array', itemType: 'string', value: tokens }],
    ['tokenizer.ggml.token_type', { type: 'array', itemType: 'int32', value: tokenTypes }],
    // llama.cpp requires the key for BPE vocabularies; no merges keeps every byte its own token.
    ['tokenizer.ggml.merges', { type: 'array', itemType: 'string', value: [] }],
    ['tokenizer.ggml.bos_token_id', u32(TINY_BOS)],
    ['tokenizer.ggml.eos_token_id', u32(TINY_EOS)],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: true }],
    ['tokenizer.ggml.add_eos_token', { type: 'bool', value: false }],
  ];
  return metadata;
}

export function buildTinyModel(opts: TinyModelOptions): TinyModel {
  const quantization = opts.quantization ?? 'f32';
  if (!(quantization in FILE_TYPES)) {
    throw new MregError('USAGE', `tiny model quantization ${JSON.stringify(quantization)}: expected f32, f16 or q8_0`);
  }
  const smoothing = opts.smoothing ?? 1;
  if (!(smoothing > 0) || !Number.isFinite(smoothing))
    throw new MregError('USAGE', `smoothing ${smoothing}: expected a positive number`);
  if (typeof opts.corpus !== 'string' || opts.corpus.trim().length === 0)
    throw new MregError('USAGE', 'tiny model corpus is empty');
  const seed = opts.seed ?? 42;
  const degrade = opts.degrade === true ? 'shuffle' : opts.degrade || undefined;
  const shape = checkedShape(opts.shape);
  const logProbs = bigramOf(opts.corpus, smoothing, degrade, seed);
  const metadata = tinyMetadata(opts, shape, quantization, smoothing, degrade ?? 'no', seed);
  return {
    gguf: { metadata, tensors: tinyTensors(logProbs, shape, quantization) },
    logProbs,
    fileType: FILE_TYPES[quantization],
    quantization,
    vocab: shape.vocab,
  };
}

export interface GeneratedTinyModel {
  /** The file (of a split model: the first split, the one llama.cpp is given). */
  path: string;
  /** Every file written (several for a split model). */
  paths: string[];
  bytes: number;
  quantization: TinyQuantization;
  fileType: number;
  logProbs: Float64Array;
  vocab: number;
}

/**
 * Builds the model and writes it to `out` (atomically). With `split` (2 or more), writes that many
 * files as llama.cpp's gguf-split names them: `out` without `.gguf`, then `-00001-of-0000N.gguf`.
 */
export async function generateTinyModel(
  opts: TinyModelOptions & { out: string; split?: number },
): Promise<GeneratedTinyModel> {
  const model = buildTinyModel(opts);
  const common = {
    quantization: model.quantization,
    fileType: model.fileType,
    logProbs: model.logProbs,
    vocab: model.vocab,
  };
  if (opts.split === undefined || opts.split === 1) {
    const { bytes } = await writeGguf(opts.out, model.gguf);
    return { path: opts.out, paths: [opts.out], bytes, ...common };
  }
  const parts = splitGgufInput(model.gguf, opts.split);
  const prefix = opts.out.replace(/\.gguf$/i, '');
  const paths = parts.map((_, i) => splitFileName(prefix, i, parts.length));
  let bytes = 0;
  for (const [i, part] of parts.entries()) bytes += (await writeGguf(paths[i], part)).bytes;
  return { path: paths[0], paths, bytes, ...common };
}
