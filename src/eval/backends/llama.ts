/**
 * The `llama` backend: llama.cpp in process through node-llama-cpp.
 *
 * The runtime itself (loading node-llama-cpp, the shared Llama, model loading) is src/llama's.
 *
 * Perplexity uses `LlamaContextSequence.controlledEvaluate`, which evaluates a whole window in
 * batches and returns, for each position we ask for, the logit of the token that really follows
 * plus the top logit and the total logit weight sum(exp(logit - max)); log p = logit - max - ln(total).
 * Evaluating token by token (`evaluateWithMetadata`) gives the same numbers hundreds of times
 * slower (see bench/gate), so it is kept only as `perplexityTokenByToken` for the benchmark.
 */
import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import { MregError, errorMessage } from '../../core/errors.js';
import { describeDevice, generateGreedy, getSharedLlama, llamaCppBuild, loadLlamaModel, type GpuChoice } from '../../llama/runtime.js';
import { readGgufHeader } from '../../gguf/reader.js';
import { matches, type EvalSuite } from '../suite.js';
import { runSession, type EvalSession } from '../session.js';
import type { EvalResult, RunSample } from '../metrics.js';

export interface PerplexityResult {
  perplexity: number;
  tokens: number;
  ms: number;
}

/**
 * Scored windows: each window holds a quarter of a context of the text before it (or BOS at the
 * start) followed by new tokens, and only the new tokens are scored, so every scored token sees
 * some context and each token is scored once.
 */
function windows(model: LlamaModel, tokens: Token[], contextSize: number): Array<{ input: Token[]; scoreFrom: number }> {
  const bos = model.tokens.shouldPrependBosToken ? model.tokens.bos : null;
  const carry = Math.max(1, Math.floor(contextSize / 4));
  const out: Array<{ input: Token[]; scoreFrom: number }> = [];
  let pos = 0;
  while (pos < tokens.length) {
    const prefix: Token[] = pos === 0 ? (bos !== null ? [bos] : []) : tokens.slice(Math.max(0, pos - carry), pos);
    // The first token of a text without BOS has no context: it is used as context only.
    if (pos === 0 && prefix.length === 0) {
      prefix.push(tokens[0]);
      pos = 1;
      if (pos >= tokens.length) break;
    }
    const room = contextSize - prefix.length;
    const chunk = tokens.slice(pos, pos + room);
    out.push({ input: [...prefix, ...chunk], scoreFrom: prefix.length });
    pos += chunk.length;
  }
  return out;
}

export function perplexityTokens(model: LlamaModel, text: string, maxTokens: number | null): Token[] {
  const tokens = model.tokenize(text);
  return maxTokens !== null && tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
}

/** Batched perplexity through controlledEvaluate. */
export async function perplexityBatched(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult> {
  const t0 = performance.now();
  let sum = 0;
  let n = 0;
  for (const w of windows(model, tokens, contextSize)) {
    await seq.clearHistory();
    const input = w.input.map((tok, i) => {
      // Ask for the next-token distribution at every position whose successor is scored; the
      // same sampling options as the token-by-token route, so both read the model's softmax.
      // (node-llama-cpp 3.22 adds a logits filter that returns only the wanted token; the
      // registry's pinned 3.21.1 returns the whole distribution, fine for the vocabularies a
      // gate suite scores in one window.)
      if (i + 1 >= w.scoreFrom && i + 1 < w.input.length) {
        return [tok, { generateNext: { probabilities: true, options: { temperature: 0 } } }] as const;
      }
      return tok;
    });
    const results = await seq.controlledEvaluate(input as Parameters<LlamaContextSequence['controlledEvaluate']>[0]);
    for (let i = w.scoreFrom - 1; i < w.input.length - 1; i++) {
      const p = results[i]?.next?.probabilities?.get(w.input[i + 1]);
      if (p === undefined) throw new MregError('EVAL', `llama.cpp returned no probabilities for position ${i} of a perplexity window`);
      // A probability of exactly 0 would make the perplexity infinite; it is reported below.
      sum += Math.log(p);
      n++;
    }
  }
  const perplexity = Math.exp(-sum / n);
  if (!Number.isFinite(perplexity)) throw new MregError('EVAL', `perplexity is not finite (${perplexity}): the model produces NaN or infinite logits`);
  return { perplexity, tokens: n, ms: performance.now() - t0 };
}

/** The slow reference route (one token per evaluation), for the benchmark and cross-checks. */
export async function perplexityTokenByToken(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<PerplexityResult> {
  const t0 = performance.now();
  let sum = 0;
  let n = 0;
  for (const w of windows(model, tokens, contextSize)) {
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
  return { perplexity: Math.exp(-sum / n), tokens: n, ms: performance.now() - t0 };
}

export interface LlamaBackendOptions {
  gpu?: GpuChoice;
  /** CPU threads for a context; default: see `threadsFor`. */
  threads?: number;
  /**
   * LoRA adapter file -> its base model file. A target whose GGUF header says general.type
   * "adapter" is measured as what a server runs: the base loaded, the adapter applied to the context.
   */
  adapterBases?: Record<string, string>;
}

/** What to load for a target: the model file, and the adapter applied to its contexts (if any). */
interface LoadPlan {
  modelPath: string;
  adapter: string | null;
  modelBytes: number;
}

/**
 * Threads for a context. ggml's worker threads spin on barriers; on a busy shared CI machine a
 * preempted worker stalls every step (measured here: 200 ms per generated token with 2 threads on
 * a loaded 2-core box). Small models gain nothing from more threads, so they get one; larger
 * models get llama.cpp's default. An explicit count (`MREG_LLAMA_THREADS` at the front ends) wins.
 */
export function threadsFor(modelBytes: number, explicit?: number): number | undefined {
  if (explicit && explicit > 0) return explicit;
  return modelBytes < 64 * 1024 * 1024 ? 1 : undefined;
}

export class LlamaBackend {
  readonly name = 'llama' as const;
  constructor(private readonly options: LlamaBackendOptions = {}) {}

  async llama(): Promise<Llama> {
    return getSharedLlama(this.options.gpu ?? 'auto');
  }

  /** A model is loaded as is; an adapter on its base (which must be known). */
  private async plan(target: string): Promise<LoadPlan> {
    const header = await readGgufHeader(target);
    if (header.metadata['general.type'] !== 'adapter') return { modelPath: target, adapter: null, modelBytes: header.fileSize };
    const base = this.options.adapterBases?.[target];
    if (!base) throw new MregError('EVAL', `${target} is a LoRA adapter (general.type adapter): it is measured on its base model, and none was given`);
    return { modelPath: base, adapter: target, modelBytes: (await readGgufHeader(base)).fileSize };
  }

  async describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>> {
    const llama = await this.llama();
    return { device: await describeDevice(llama), llamaCpp: await llamaCppBuild(llama) };
  }

  /** One repetition: load (timed), perplexity, accuracy, latency; the model is disposed after. */
  async runOnce(modelPath: string, suite: EvalSuite): Promise<RunSample> {
    return runSession(await this.open(modelPath, suite), suite);
  }

  /**
   * The model loaded for a gate: quality once (deterministic: greedy decoding, a fixed thread
   * count and batch size, one sequence), then as many timed generations as the paired sampling
   * asks for. The caller closes it.
   */
  async open(target: string, suite: EvalSuite): Promise<EvalSession> {
    const llama = await this.llama();
    const plan = await this.plan(target);
    const t0 = performance.now();
    const model = await loadLlamaModel(plan.modelPath, llama);
    let loadMs = performance.now() - t0;
    try {
      const contextSize = Math.min(suite.contextSize, model.trainContextSize || suite.contextSize);
      const threads = threadsFor(plan.modelBytes, this.options.threads);
      const t1 = performance.now();
      const context = await createContextWith(model, plan, { contextSize, batchSize: contextSize, sequences: 1, threads });
      // Applying an adapter (llama.cpp loads it with the context) is part of loading what is served.
      if (plan.adapter) loadMs += performance.now() - t1;
      const seq = context.getSequence();
      return {
        loadMs,
        quality: async () => {
          let perplexity: number | null = null;
          let perplexityTokensScored: number | undefined;
          if (suite.perplexity) {
            const toks = perplexityTokens(model, suite.perplexity.text, suite.perplexity.maxTokens);
            if (toks.length >= 2) {
              const r = await perplexityBatched(model, seq, toks, contextSize);
              perplexity = r.perplexity;
              perplexityTokensScored = r.tokens;
            }
          }
          let accuracy: number | null = null;
          if (suite.accuracy.length) {
            let ok = 0;
            for (const item of suite.accuracy) if (matches(item, (await generateGreedy(model, seq, item.prompt, item.maxTokens)).text)) ok++;
            accuracy = ok / suite.accuracy.length;
          }
          return { perplexity, perplexityTokens: perplexityTokensScored, accuracy };
        },
        generate: (prompt, maxTokens) => generateGreedy(model, seq, prompt, maxTokens),
        close: async () => {
          await context.dispose();
          await model.dispose();
        },
      };
    } catch (err) {
      await model.dispose();
      throw err;
    }
  }

  /** Smoke test: loads, generates for each prompt within the timeout, output non-empty and finite. */
  async smoke(target: string, suite: EvalSuite, timeoutMs: number): Promise<{ ok: boolean; details: string[] }> {
    const details: string[] = [];
    const llama = await this.llama();
    const plan = await this.plan(target);
    const model = await loadLlamaModel(plan.modelPath, llama);
    try {
      const threads = threadsFor(plan.modelBytes, this.options.threads);
      const context = await createContextWith(model, plan, { contextSize: Math.min(256, model.trainContextSize || 256), sequences: 1, threads });
      try {
        const seq = context.getSequence();
        let ok = true;
        for (const prompt of suite.smoke.prompts) {
          // A NaN anywhere in the logits shows up as a NaN probability of the chosen token.
          await seq.clearHistory();
          const input = model.tokenize(prompt);
          if (model.tokens.shouldPrependBosToken && model.tokens.bos !== null) input.unshift(model.tokens.bos);
          const out: Token[] = [];
          let nan = false;
          const run = (async () => {
            for await (const step of seq.evaluateWithMetadata(input, { confidence: true }, { temperature: 0 })) {
              if (!Number.isFinite(step.confidence)) nan = true;
              if (model.isEogToken(step.token)) break;
              out.push(step.token);
              if (out.length >= suite.smoke.maxTokens) break;
            }
          })();
          run.catch(() => {}); // after a timeout the context is disposed under it; that rejection is expected
          const timedOut = await withTimeout(run, timeoutMs);
          const text = model.detokenize(out);
          if (timedOut) {
            ok = false;
            details.push(`${JSON.stringify(prompt)}: no answer within ${timeoutMs} ms`);
            break;
          } else if (nan) {
            ok = false;
            details.push(`${JSON.stringify(prompt)}: NaN or infinite probabilities`);
          } else if (text.length === 0) {
            ok = false;
            details.push(`${JSON.stringify(prompt)}: empty output`);
          } else {
            details.push(`${JSON.stringify(prompt)} -> ${JSON.stringify(text)}`);
          }
        }
        return { ok, details };
      } finally {
        await context.dispose();
      }
    } finally {
      await model.dispose();
    }
  }
}

/** A context of `model` with the plan's adapter applied; an adapter llama.cpp refuses is a GGUF error naming it. */
async function createContextWith(
  model: LlamaModel,
  plan: LoadPlan,
  o: { contextSize: number; batchSize?: number; sequences: number; threads?: number },
): Promise<LlamaContext> {
  try {
    return await model.createContext({ ...o, ...(plan.adapter ? { lora: { adapters: [{ filePath: plan.adapter, scale: 1 }] } } : {}) });
  } catch (err) {
    if (!plan.adapter) throw err;
    throw new MregError('GGUF', `${plan.adapter}: llama.cpp could not apply the LoRA adapter to ${plan.modelPath}: ${errorMessage(err)}`, { cause: err });
  }
}

/** Resolves true when `p` did not settle within `ms` (p keeps running; the caller disposes). */
async function withTimeout(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  try {
    return await Promise.race([p.then(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
