/**
 * The `llama` backend: llama.cpp in process through node-llama-cpp.
 *
 * The runtime itself (loading node-llama-cpp, the shared Llama, model loading) is src/llama's.
 *
 * Perplexity is src/eval/backends/llama-perplexity.ts's (computed where the logits are).
 */
import type { Llama, LlamaContext, LlamaModel, Token } from 'node-llama-cpp';
import { MregError, errorMessage } from '../../core/errors.js';
import {
  contextThreads,
  describeDevice,
  describeThreads,
  generateGreedy,
  getSharedLlama,
  llamaCppBuild,
  loadLlamaModel,
  type GpuChoice,
} from '../../llama/runtime.js';
import { perplexity, perplexityTokens } from './llama-perplexity.js';
import { checkFit, estimateNeed, type MemoryCheck } from '../../llama/memory.js';
import { readGgufHeader } from '../../gguf/reader.js';
import { matches, type EvalSuite } from '../suite.js';
import { runSession, type EvalSession } from '../session.js';
import type { EvalResult, RunSample } from '../suite-metrics.js';

export {
  perplexity,
  perplexityBatched,
  perplexityNative,
  perplexityTokenByToken,
  perplexityTokens,
  type PerplexityResult,
} from './llama-perplexity.js';

export interface LlamaBackendOptions {
  gpu?: GpuChoice;
  /** CPU threads for a context; default: see `contextThreads` (a measurement's). */
  threads?: number;
  /**
   * Map the model files (llama.cpp's default) instead of reading them into memory. Off by default:
   * a mapped file runs at the speed its page-cache placement allows, which differs between a file just
   * downloaded and one cached long ago, and the gate would measure that instead of the model.
   */
  mmap?: boolean;
  /** A ceiling on the memory the gate's models may take together, in bytes (below what is free). */
  memoryLimit?: number;
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

export class LlamaBackend {
  readonly name = 'llama' as const;
  /** What the reports should say about this backend's choices (threads, perplexity route). */
  readonly notes: string[] = [];
  constructor(private readonly options: LlamaBackendOptions = {}) {}

  async llama(): Promise<Llama> {
    return getSharedLlama(this.options.gpu ?? 'auto');
  }

  /** A model is loaded as is; an adapter on its base (which must be known). */
  private async plan(target: string): Promise<LoadPlan> {
    const header = await readGgufHeader(target);
    if (header.metadata['general.type'] !== 'adapter')
      return { modelPath: target, adapter: null, modelBytes: header.fileSize };
    const base = this.options.adapterBases?.[target];
    if (!base)
      throw new MregError(
        'EVAL',
        `${target} is a LoRA adapter (general.type adapter): it is measured on its base model, and none was given`,
      );
    return { modelPath: base, adapter: target, modelBytes: (await readGgufHeader(base)).fileSize };
  }

  private note(line: string): void {
    if (!this.notes.includes(line)) this.notes.push(line);
  }

  /** Whether the targets' models and contexts fit in memory side by side (src/llama/memory.ts). */
  async fitsTogether(targets: string[], suite: EvalSuite): Promise<MemoryCheck> {
    const llama = await this.llama();
    const needs = [];
    for (const target of targets) {
      const plan = await this.plan(target);
      needs.push(await estimateNeed(llama, plan.modelPath, plan.modelBytes, suite.contextSize));
    }
    return checkFit(llama, needs, this.options.memoryLimit);
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
    const model = await loadLlamaModel(plan.modelPath, llama, { mmap: this.options.mmap ?? false });
    let loadMs = performance.now() - t0;
    try {
      const contextSize = Math.min(suite.contextSize, model.trainContextSize || suite.contextSize);
      const threads = contextThreads(llama, plan.modelBytes, this.options.threads, 'measure');
      this.note(describeThreads(llama, threads));
      if (!this.options.mmap)
        this.note(
          'models read into memory, not mapped from their files: both sides are placed alike, whatever the page cache holds',
        );
      const t1 = performance.now();
      const context = await createContextWith(model, plan, {
        contextSize,
        batchSize: contextSize,
        sequences: 1,
        threads,
      });
      // Applying an adapter (llama.cpp loads it with the context) is part of loading what is served.
      if (plan.adapter) loadMs += performance.now() - t1;
      const seq = context.getSequence();
      return {
        loadMs,
        quality: async () => {
          let ppl: number | null = null;
          let perplexityTokensScored: number | undefined;
          if (suite.perplexity) {
            const toks = perplexityTokens(model, suite.perplexity.text, suite.perplexity.maxTokens);
            if (toks.length >= 2) {
              const r = await perplexity(model, seq, toks, contextSize);
              this.note(
                r.route === 'native'
                  ? 'perplexity: log-probabilities read in llama.cpp (a few numbers per position, not the vocabulary)'
                  : 'perplexity: the whole next-token distribution read per position (this node-llama-cpp lacks the native route)',
              );
              ppl = r.perplexity;
              perplexityTokensScored = r.tokens;
            }
          }
          let accuracy: number | null = null;
          if (suite.accuracy.length) {
            let ok = 0;
            for (const item of suite.accuracy)
              if (matches(item, (await generateGreedy(model, seq, item.prompt, item.maxTokens)).text)) ok++;
            accuracy = ok / suite.accuracy.length;
          }
          return { perplexity: ppl, perplexityTokens: perplexityTokensScored, accuracy };
        },
        generate: (prompt, maxTokens) => generateGreedy(model, seq, prompt, maxTokens),
        generateTimed: (prompt, tokens) => generateGreedy(model, seq, prompt, tokens, { ignoreEnd: true }),
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
      const threads = contextThreads(llama, plan.modelBytes, this.options.threads);
      const context = await createContextWith(model, plan, {
        contextSize: Math.min(256, model.trainContextSize || 256),
        sequences: 1,
        threads,
      });
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
    return await model.createContext({
      ...o,
      ...(plan.adapter ? { lora: { adapters: [{ filePath: plan.adapter, scale: 1 }] } } : {}),
    });
  } catch (err) {
    if (!plan.adapter) throw err;
    throw new MregError(
      'GGUF',
      `${plan.adapter}: llama.cpp could not apply the LoRA adapter to ${plan.modelPath}: ${errorMessage(err)}`,
      { cause: err },
    );
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
