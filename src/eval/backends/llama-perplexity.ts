/**
 * Perplexity with llama.cpp in process, three routes to the same numbers:
 *
 * - native (the gate's): each window is decoded once with logits kept at every scored position, and
 *   at each position llama.cpp's sampler reports, in C++, the probability of its greedy choice over
 *   the whole vocabulary; only when the real next token is not that choice, a top-64 sampler gives
 *   the two tokens' probability ratio, and only when the real token is not even in the top 64 the
 *   whole distribution comes to JavaScript. So a position costs a few numbers across the native
 *   boundary instead of the vocabulary (32,000 to 128,000 pairs). node-llama-cpp 3.21.1 has no public
 *   call for this (its `controlledEvaluate` samples once per position with one sampler), so the route
 *   uses the sequence's decode loop and the addon's sampler directly; when those are missing (another
 *   node-llama-cpp), `perplexity` falls back to the public route.
 * - probabilities: `controlledEvaluate` asks for the whole next-token distribution at each position
 *   (the vocabulary goes to JavaScript as a Map at every position).
 * - token by token (`evaluateWithMetadata`): the slow reference, for the benchmark and cross-checks.
 *
 * The cost no route avoids: the logits of every scored position, a matrix product over the whole
 * vocabulary, which llama.cpp's prompt processing skips for all but the last token (see bench/gate).
 */
import type { LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import { MregError } from '../../core/errors.js';

export interface PerplexityResult {
  perplexity: number;
  tokens: number;
  ms: number;
  route: 'native' | 'probabilities' | 'token-by-token';
}

interface ScoredWindow {
  input: Token[];
  scoreFrom: number;
}

/**
 * Scored windows: each window holds a quarter of a context of the text before it (or BOS at the
 * start) followed by new tokens, and only the new tokens are scored, so every scored token sees
 * some context and each token is scored once. A window leaves one cell of the context free: a full
 * one makes node-llama-cpp shift the context before its last token.
 */
export function perplexityWindows(model: LlamaModel, tokens: Token[], contextSize: number): ScoredWindow[] {
  const bos = model.tokens.shouldPrependBosToken ? model.tokens.bos : null;
  const size = Math.max(2, contextSize - 1);
  const carry = Math.max(1, Math.floor(size / 4));
  const out: ScoredWindow[] = [];
  let pos = 0;
  while (pos < tokens.length) {
    const prefix: Token[] = pos === 0 ? (bos !== null ? [bos] : []) : tokens.slice(Math.max(0, pos - carry), pos);
    // The first token of a text without BOS has no context: it is used as context only.
    if (pos === 0 && prefix.length === 0) {
      prefix.push(tokens[0]);
      pos = 1;
      if (pos >= tokens.length) break;
    }
    const chunk = tokens.slice(pos, pos + size - prefix.length);
    out.push({ input: [...prefix, ...chunk], scoreFrom: prefix.length });
    pos += chunk.length;
  }
  return out;
}

export function perplexityTokens(model: LlamaModel, text: string, maxTokens: number | null): Token[] {
  const tokens = model.tokenize(text);
  return maxTokens !== null && tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
}

function finish(sum: number, n: number, t0: number, route: PerplexityResult['route']): PerplexityResult {
  const perplexity = Math.exp(-sum / n);
  if (!Number.isFinite(perplexity))
    throw new MregError('EVAL', `perplexity is not finite (${perplexity}): the model produces NaN or infinite logits`);
  return { perplexity, tokens: n, ms: performance.now() - t0, route };
}

/** The gate's route: native where node-llama-cpp's internals allow it, else the public one. */
export async function perplexity(
  model: LlamaModel,
  seq: LlamaContextSequence,
  tokens: Token[],
  contextSize: number,
): Promise<PerplexityResult> {
  return (
    (await perplexityNative(model, seq, tokens, contextSize)) ?? perplexityBatched(model, seq, tokens, contextSize)
  );
}

/** Batched perplexity through the public `controlledEvaluate`, the whole distribution at each position. */
export async function perplexityBatched(
  model: LlamaModel,
  seq: LlamaContextSequence,
  tokens: Token[],
  contextSize: number,
): Promise<PerplexityResult> {
  const t0 = performance.now();
  let sum = 0;
  let n = 0;
  for (const w of perplexityWindows(model, tokens, contextSize)) {
    await seq.clearHistory();
    const input = w.input.map((tok, i) => {
      // The next-token distribution at every position whose successor is scored, greedy options,
      // so the numbers are the model's softmax.
      if (i + 1 >= w.scoreFrom && i + 1 < w.input.length) {
        return [tok, { generateNext: { probabilities: true, options: { temperature: 0 } } }] as const;
      }
      return tok;
    });
    const results = await seq.controlledEvaluate(input as Parameters<LlamaContextSequence['controlledEvaluate']>[0]);
    for (let i = w.scoreFrom - 1; i < w.input.length - 1; i++) {
      const p = results[i]?.next?.probabilities?.get(w.input[i + 1]);
      if (p === undefined)
        throw new MregError('EVAL', `llama.cpp returned no probabilities for position ${i} of a perplexity window`);
      // A probability of exactly 0 would make the perplexity infinite; `finish` reports it.
      sum += Math.log(p);
      n++;
    }
  }
  return finish(sum, n, t0, 'probabilities');
}

/** The slow reference route (one token per evaluation), for the benchmark and cross-checks. */
export async function perplexityTokenByToken(
  model: LlamaModel,
  seq: LlamaContextSequence,
  tokens: Token[],
  contextSize: number,
): Promise<PerplexityResult> {
  const t0 = performance.now();
  let sum = 0;
  let n = 0;
  for (const w of perplexityWindows(model, tokens, contextSize)) {
    await seq.clearHistory();
    if (w.scoreFrom > 1) await seq.evaluateWithoutGeneratingNewTokens(w.input.slice(0, w.scoreFrom - 1));
    let i = w.scoreFrom - 1;
    // Feed one token at a time, reading the probability of the real next token each step.
    const gen = seq.evaluateWithMetadata([w.input[i]], { probabilities: true }, { temperature: 0 });
    let step = await gen.next();
    while (!step.done) {
      const next = w.input[i + 1];
      const p = step.value.probabilities.get(next) ?? 0;
      sum += Math.log(p);
      n++;
      i++;
      if (i + 1 >= w.input.length) break;
      step = await gen.next(next);
    }
    await gen.return(undefined);
  }
  return { perplexity: Math.exp(-sum / n), tokens: n, ms: performance.now() - t0, route: 'token-by-token' };
}

/** The parts of node-llama-cpp 3.21.1 the native route uses (not in its public types). */
interface AddonSampler {
  applyConfig(config: Record<string, number>): void;
  dispose(): void;
}
type SampleResult = [token: number, probabilities: number[] | undefined, confidence: number | undefined];
interface NativeParts {
  newSampler(config: Record<string, number>): AddonSampler;
  sample(
    batchLogitIndex: number,
    sampler: AddonSampler,
    probabilities: boolean,
    confidence: boolean,
  ): Promise<SampleResult>;
  decode(
    tokens: Token[],
    logits: boolean[],
    mapper: (batchLogitIndex: number, tokenIndex: number) => Promise<number>,
  ): Promise<number[]>;
}

/** The internals, when this node-llama-cpp has them; null otherwise. */
function nativeParts(model: LlamaModel, seq: LlamaContextSequence): NativeParts | null {
  // node-llama-cpp's internals have no public types.
  const m = model as any;
  const s = seq as any;
  const Addon = m._llama?._bindings?.AddonSampler;
  const ctx = s._context?._ctx;
  if (
    typeof Addon !== 'function' ||
    !m._model ||
    typeof ctx?.sampleToken !== 'function' ||
    typeof s._decodeTokens !== 'function' ||
    !s._contextShift
  )
    return null;
  return {
    newSampler(config) {
      const sampler = new Addon(m._model) as AddonSampler;
      sampler.applyConfig(config);
      return sampler;
    },
    sample: (i, sampler, probabilities, confidence) => ctx.sampleToken(i, sampler, probabilities, confidence),
    // The same call `controlledEvaluate` makes (priority 5 is its default); the sequence is the
    // gate's alone, so its evaluation lock is not needed.
    decode: (tokens, logits, mapper) =>
      s._decodeTokens(
        tokens,
        logits,
        5,
        s._tokenMeter,
        { size: s._contextShift.size, strategy: s._contextShift.strategy },
        mapper,
        s._takeIntervalCheckpointIfNeededAfterBatch,
      ),
  };
}

const TOP_K = 64;

/** Reads the probability of `token` in a [token, p, token, p, ...] list. */
function probabilityIn(list: number[] | undefined, token: number): number | null {
  if (!list) return null;
  for (let i = 0; i < list.length; i += 2) if (list[i] === token) return list[i + 1];
  return null;
}

/** See the file's comment; null when this node-llama-cpp lacks the internals. */
export async function perplexityNative(
  model: LlamaModel,
  seq: LlamaContextSequence,
  tokens: Token[],
  contextSize: number,
): Promise<PerplexityResult | null> {
  const parts = nativeParts(model, seq);
  if (!parts) return null;
  const t0 = performance.now();
  const greedy = parts.newSampler({ temperature: 0, minP: 0, topK: 40, topP: 0.95, seed: 1 });
  // Temperature 1 and no other cut: the top 64 keep their logits, so their ratios are the model's.
  const top = parts.newSampler({ temperature: 1, minP: 0, topK: TOP_K, topP: 1, seed: 1 });
  let sum = 0;
  let n = 0;
  try {
    for (const w of perplexityWindows(model, tokens, contextSize)) {
      await seq.clearHistory();
      const wanted = w.input.map((_, i) => i + 1 >= w.scoreFrom && i + 1 < w.input.length);
      const logProbs = await parts.decode(w.input, wanted, async (batchLogitIndex, i) => {
        const next = w.input[i + 1];
        const [best, , confidence] = await parts.sample(batchLogitIndex, greedy, false, true);
        if (confidence === undefined)
          throw new MregError('EVAL', `llama.cpp returned no confidence for position ${i} of a perplexity window`);
        if (best === next) return Math.log(confidence);
        // p(next) = p(best) * p_top(next) / p_top(best): the top-64 renormalization cancels out.
        const [, topList] = await parts.sample(batchLogitIndex, top, true, false);
        const pNext = probabilityIn(topList, next);
        const pBest = probabilityIn(topList, best);
        if (pNext !== null && pBest !== null && pBest > 0)
          return Math.log(confidence) + Math.log(pNext) - Math.log(pBest);
        const [, all] = await parts.sample(batchLogitIndex, greedy, true, false);
        return Math.log(probabilityIn(all, next) ?? 0);
      });
      for (let i = w.scoreFrom - 1; i < w.input.length - 1; i++) {
        const lp = logProbs[i];
        if (lp === undefined)
          throw new MregError('EVAL', `llama.cpp returned no log-probability for position ${i} of a perplexity window`);
        sum += lp;
        n++;
      }
    }
  } finally {
    greedy.dispose();
    top.dispose();
  }
  return finish(sum, n, t0, 'native');
}
