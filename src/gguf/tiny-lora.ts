/**
 * Generates real LoRA adapters (GGUF, as llama.cpp's convert_lora_to_gguf writes them) for the
 * tiny bigram models of ./tiny-model.ts, built to turn the base into another bigram model whose
 * perplexity is known exactly.
 *
 * The tiny model's logits are `output · e_i` (the residual stream carries the one-hot e_i of the
 * previous token through to the output matrix). llama.cpp applies a LoRA pair on `output.weight` as
 * `output·x + s · B·(A·x)` with s = scale · alpha / rank. Here A (rank V) copies the first V
 * components of x, so A·e_i = e_i, and B's column i holds `target(·|i) - base(·|i)`: with alpha =
 * rank and scale 1, base + adapter has exactly the target's log-probabilities as logits, and its
 * perplexity on any text is `bigramPerplexity(target, text)`.
 *
 * Shapes, as llama.cpp's adapter loader checks them against the base tensor (ne0 = E inputs,
 * ne1 = V outputs): lora_a is [E, r] (ne0 = the base's ne0), lora_b is [r, V] (ne1 = the base's
 * ne1, ne0 = lora_a's ne1).
 */
import { MregError } from '../core/errors.js';
import { GgmlType } from './format.js';
import { TINY_BOS, TINY_EMBD, TINY_VOCAB, buildTinyModel, tinyTokenize, type TinyModelOptions } from './tiny-model.js';
import { writeGguf, type GgufFileInput, type GgufKvValue } from './writer.js';

export interface TinyLoraOptions {
  /** The base exactly as it was generated (the same options give the same log-probabilities). */
  base: TinyModelOptions;
  /**
   * What base + adapter becomes: a bigram model built from these options (quantization and shape
   * are the base's). E.g. another corpus (a fine-tune), or `degrade` (an adapter that ruins it).
   */
  target: Pick<TinyModelOptions, 'corpus' | 'smoothing' | 'degrade' | 'seed'>;
  /** `general.name`, default "tiny-bigram-lora". */
  name?: string;
  /**
   * The adapter's rank, default the vocabulary (258: exact). A smaller rank changes only the r
   * previous tokens that occur most often in the target corpus (their rows become the target's,
   * the others stay the base's): less work per token, and still an exactly known perplexity.
   */
  rank?: number;
}

export interface TinyLora {
  gguf: GgufFileInput;
  /** The log-probabilities base + adapter gives (scale 1); see bigramPerplexity. */
  logProbs: Float64Array;
  rank: number;
  alpha: number;
}

export function buildTinyLora(opts: TinyLoraOptions): TinyLora {
  const base = buildTinyModel(opts.base);
  const t = opts.target;
  const target = buildTinyModel({ corpus: t.corpus, smoothing: t.smoothing, degrade: t.degrade, seed: t.seed });
  const E = opts.base.shape?.embd ?? TINY_EMBD;
  if (E % 32) throw new MregError('USAGE', `tiny LoRA: base embd ${E} is not a multiple of 32`);
  const V = TINY_VOCAB;
  const r = opts.rank ?? V;
  if (!Number.isInteger(r) || r < 1 || r > V)
    throw new MregError('USAGE', `tiny LoRA: rank ${r} is not an integer from 1 to ${V}`);
  const contexts = r === V ? Array.from({ length: V }, (_, k) => k) : frequentContexts(t.corpus, r);
  // lora_a: ggml dims [E, r], row k (contiguous over the E inputs) picks input contexts[k].
  const a = new Float32Array(E * r);
  for (let k = 0; k < r; k++) a[k * E + contexts[k]] = 1;
  // lora_b: ggml dims [r, V], row j (output token j) holds, at k, the change of log p(j | contexts[k])
  // from base to target.
  const b = new Float32Array(r * V);
  for (let j = 0; j < V; j++)
    for (let k = 0; k < r; k++)
      b[j * r + k] = target.logProbs[contexts[k] * V + j] - base.logProbs[contexts[k] * V + j];
  const logProbs = Float64Array.from(base.logProbs);
  for (const c of contexts) logProbs.set(target.logProbs.subarray(c * V, (c + 1) * V), c * V);
  const alpha = r;
  const str = (value: string): GgufKvValue => ({ type: 'string', value });
  const gguf: GgufFileInput = {
    metadata: [
      ['general.architecture', str('llama')],
      ['general.type', str('adapter')],
      ['general.name', str(opts.name ?? 'tiny-bigram-lora')],
      ['general.file_type', { type: 'uint32', value: 0 }],
      ['adapter.type', str('lora')],
      // llama.cpp scales B·A by alpha / rank: alpha = rank makes the change exact at scale 1.
      ['adapter.lora.alpha', { type: 'float32', value: alpha }],
    ],
    tensors: [
      { name: 'output.weight.lora_a', dims: [E, r], type: GgmlType.F32, data: a },
      { name: 'output.weight.lora_b', dims: [r, V], type: GgmlType.F32, data: b },
    ],
  };
  return { gguf, logProbs, rank: r, alpha };
}

/** The `r` tokens that most often precede another in the corpus (BOS first), most frequent first. */
function frequentContexts(corpus: string, r: number): number[] {
  const counts = new Array<number>(TINY_VOCAB).fill(0);
  const seq = [TINY_BOS, ...tinyTokenize(corpus)];
  for (const t of seq) counts[t]++;
  return counts
    .map((n, k) => [n, k] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1])
    .slice(0, r)
    .map(([, k]) => k);
}

/** Builds the adapter and writes it to `out` (atomically). */
export async function generateTinyLora(
  opts: TinyLoraOptions & { out: string },
): Promise<{ path: string; bytes: number; logProbs: Float64Array }> {
  const lora = buildTinyLora(opts);
  const { bytes } = await writeGguf(opts.out, lora.gguf);
  return { path: opts.out, bytes, logProbs: lora.logProbs };
}
