import { stat } from 'node:fs/promises';
import os from 'node:os';
import type { ChatHistoryItem, Llama, LlamaContext, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';
import { MregError, errorMessage } from '../core/errors.js';
import {
  generateTokens,
  getSharedLlama,
  importNodeLlamaCpp,
  loadLlamaModel,
  promptTokens,
  type GpuChoice,
} from '../llama/runtime.js';
import type { CachedArtifact } from './cache.js';
import type { Runtime } from './follower.js';
import { GeneratedText } from './generated-text.js';

export interface EngineOptions {
  gpu?: GpuChoice;
  /**
   * CPU threads per evaluation. llama.cpp's default (every core) spins threads against each other
   * on a small or busy machine and can be 100x slower than one thread; the default here is half
   * the cores, at least 1 (MREG_LLAMA_THREADS overrides).
   */
  threads?: number;
  /** Per sequence; capped by the model's training context. Default 2048. */
  contextSize?: number;
  /** Requests evaluated in parallel per model (sequences in the context). Default 2. */
  parallel?: number;
}

/**
 * A model file loaded once and shared by the contexts that use it: a LoRA adapter is applied per
 * context, so switching adapters on the same base creates a context, not a second copy of the base.
 */
interface SharedModel {
  path: string;
  /** The file as loaded (inode, size, mtime): a file replaced since (a fresh download) is loaded anew. */
  identity: string;
  model: LlamaModel;
  loadedAt: string;
  /** Contexts (LoadedModels) using it; disposed when the last one is. */
  refs: number;
}

/** A loaded model with a small pool of context sequences, and a count of requests using it. */
export class LoadedModel {
  private readonly free: LlamaContextSequence[] = [];
  private readonly waiters: Array<(s: LlamaContextSequence) => void> = [];
  private inflight = 0;
  private drained: (() => void) | null = null;

  constructor(
    readonly artifact: CachedArtifact,
    readonly model: LlamaModel,
    readonly context: LlamaContext,
    readonly loadedAt: string,
    /** When the model file (an adapter's base) was loaded: earlier than `loadedAt` when it was reused. */
    readonly modelLoadedAt: string = loadedAt,
    private readonly releaseModel: () => Promise<void> = () => model.dispose(),
  ) {
    for (let i = 0; i < context.totalSequences; i++) this.free.push(context.getSequence());
  }

  enter(): void {
    this.inflight++;
  }

  leave(): void {
    this.inflight--;
    if (this.inflight === 0) this.drained?.();
  }

  /** One sequence per request; requests beyond the pool wait their turn (FIFO). */
  async acquire(): Promise<LlamaContextSequence> {
    const s = this.free.pop();
    if (s) return s;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async release(s: LlamaContextSequence): Promise<void> {
    await s.clearHistory().catch(() => undefined);
    const w = this.waiters.shift();
    if (w) w(s);
    else this.free.push(s);
  }

  /** Resolves once no request uses this model any more (new ones go to its successor). */
  async drain(): Promise<void> {
    if (this.inflight === 0) return;
    await new Promise<void>((resolve) => (this.drained = resolve));
  }

  async dispose(): Promise<void> {
    await this.context.dispose().catch(() => undefined);
    await this.releaseModel().catch(() => undefined);
  }
}

/**
 * llama.cpp in process. A switch loads the new model next to the old one, checks that it
 * evaluates, then swaps the reference new requests take; requests already running keep their
 * own reference to the old model, which is disposed when the last of them finishes. So no
 * request ever sees a half-loaded model or a disposed one.
 */
export class LlamaEngine implements Runtime {
  private current: LoadedModel | null = null;
  /** Loaded model files by path, shared between the current context and retiring ones. */
  private readonly models = new Map<string, SharedModel>();
  private llama: Llama | null = null;
  private readonly retiring = new Set<Promise<void>>();
  /** Set by close(): a load that finishes afterwards is disposed instead of becoming current. */
  private closed = false;

  constructor(private readonly o: EngineOptions = {}) {}

  private threads(): number {
    if (this.o.threads && this.o.threads > 0) return this.o.threads;
    return Math.max(1, Math.floor(os.availableParallelism() / 2));
  }

  /** The loaded model of `modelPath`, reused when any context still uses it, else loaded. */
  private async acquireModel(modelPath: string): Promise<SharedModel> {
    const identity = await fileIdentity(modelPath);
    let shared = this.models.get(modelPath);
    if (!shared || shared.identity !== identity) {
      const model = await loadLlamaModel(modelPath, this.llama!);
      // A replaced file's old model stays with the contexts still using it, out of the map.
      shared = { path: modelPath, identity, model, loadedAt: new Date().toISOString(), refs: 0 };
      this.models.set(modelPath, shared);
    }
    shared.refs++;
    return shared;
  }

  private async releaseModel(shared: SharedModel): Promise<void> {
    if (--shared.refs > 0) return;
    if (this.models.get(shared.path) === shared) this.models.delete(shared.path);
    await shared.model.dispose();
  }

  /**
   * Loads `a` beside what serves. A LoRA adapter is applied to a context of its base; when that
   * base is already loaded (an adapter-only change, or a rollback from an adapter to its base)
   * the base is reused, not loaded again: only the new context (and the adapter) is loaded.
   */
  async activate(a: CachedArtifact): Promise<void> {
    this.llama ??= await getSharedLlama(this.o.gpu);
    const modelPath = a.base ? a.base.path : a.path;
    const shared = await this.acquireModel(modelPath);
    const model = shared.model;
    const release = () => this.releaseModel(shared);
    let context: LlamaContext;
    try {
      const contextSize = Math.min(this.o.contextSize ?? 2048, model.trainContextSize || 2048);
      context = await model.createContext({
        contextSize,
        sequences: Math.max(1, this.o.parallel ?? 2),
        threads: this.threads(),
        ...(a.base ? { lora: { adapters: [{ filePath: a.path }] } } : {}),
      });
    } catch (err) {
      await release().catch(() => undefined);
      const what = a.base ? `could not apply the LoRA adapter to its base ${a.base.id}` : 'could not create a context';
      throw new MregError('GGUF', `${a.id}: llama.cpp ${what}: ${errorMessage(err)}`, { cause: err });
    }
    const next = new LoadedModel(a, model, context, new Date().toISOString(), shared.loadedAt, release);
    try {
      await smokeEvaluate(next);
    } catch (err) {
      await next.dispose();
      throw new MregError('GGUF', `${a.id}: loaded, but evaluating one token failed: ${errorMessage(err)}`, {
        cause: err,
      });
    }
    if (this.closed) {
      await next.dispose();
      throw new MregError('SERVE', `${a.id}: the server is shutting down; the model was unloaded`);
    }
    const old = this.current;
    this.current = next;
    if (old) this.retire(old);
  }

  private retire(old: LoadedModel): void {
    const p = old.drain().then(() => old.dispose());
    this.retiring.add(p);
    void p.finally(() => this.retiring.delete(p));
  }

  /** Runs `fn` on the current model with a sequence of its own; null when nothing is loaded. */
  async withModel<T>(fn: (m: LoadedModel, seq: LlamaContextSequence) => Promise<T>): Promise<T | null> {
    const m = this.current;
    if (!m) return null;
    m.enter();
    try {
      const seq = await m.acquire();
      try {
        return await fn(m, seq);
      } finally {
        await m.release(seq);
      }
    } finally {
      m.leave();
    }
  }

  loaded(): LoadedModel | null {
    return this.current;
  }

  async close(): Promise<void> {
    this.closed = true;
    const c = this.current;
    this.current = null;
    if (c) this.retire(c);
    await Promise.allSettled([...this.retiring]);
  }
}

async function fileIdentity(file: string): Promise<string> {
  const s = await stat(file).catch(() => null);
  return s ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}` : 'missing';
}

/** One token through the model: a file that loads but cannot evaluate is refused before it serves. */
async function smokeEvaluate(m: LoadedModel): Promise<void> {
  m.enter();
  const seq = await m.acquire();
  try {
    const tokens = m.model.tokenize('Hello');
    if (m.model.tokens.bos !== null && m.model.tokens.shouldPrependBosToken) tokens.unshift(m.model.tokens.bos);
    const it = seq.evaluate(tokens, { temperature: 0 });
    await it.next();
    await it.return(undefined);
  } finally {
    await m.release(seq);
    m.leave();
  }
}

export interface GenerateOptions {
  maxTokens: number;
  temperature: number;
  topP?: number;
  seed?: number;
  stop?: string[];
  /** Generate exactly maxTokens tokens, going on past the end of text (OpenAI-compatible servers' `ignore_eos`). */
  ignoreEos?: boolean;
  signal?: AbortSignal;
  onTextChunk?: (text: string) => void;
}

export interface Generated {
  text: string;
  finishReason: 'stop' | 'length';
  promptTokens: number;
  completionTokens: number;
}

/**
 * The tokens the model generated, counted as they are generated: re-tokenizing the text they
 * decode to counts other tokens (a byte of an unfinished UTF-8 character decodes to U+FFFD, three
 * bytes). A generation stopped by max_tokens generated exactly that many, including a last token
 * held back unreported because it ends inside a character.
 */
function tokenCounter(): {
  add: (tokens: readonly unknown[]) => void;
  count: (finishReason: 'stop' | 'length', maxTokens: number) => number;
} {
  let n = 0;
  return {
    add: (tokens) => void (n += tokens.length),
    count: (finishReason, maxTokens) => (finishReason === 'length' ? maxTokens : Math.min(n, maxTokens)),
  };
}

function finish(stopReason: string): 'stop' | 'length' {
  return stopReason === 'maxTokens' ? 'length' : 'stop';
}

export async function complete(
  m: LoadedModel,
  seq: LlamaContextSequence,
  prompt: string,
  o: GenerateOptions,
): Promise<Generated> {
  if (o.ignoreEos) return completeToMaxTokens(m, seq, prompt, o);
  const { LlamaCompletion } = await importNodeLlamaCpp();
  const c = new LlamaCompletion({ contextSequence: seq });
  const generated = tokenCounter();
  try {
    const r = await c.generateCompletionWithMeta(prompt, {
      onToken: generated.add,
      maxTokens: o.maxTokens,
      temperature: o.temperature,
      topP: o.topP,
      seed: o.seed,
      signal: o.signal,
      stopOnAbortSignal: true,
      customStopTriggers: o.stop?.length ? o.stop : undefined,
      onTextChunk: o.onTextChunk,
    });
    return {
      text: r.response,
      finishReason: finish(r.metadata.stopReason),
      promptTokens: m.model.tokenize(prompt).length,
      completionTokens: generated.count(finish(r.metadata.stopReason), o.maxTokens),
    };
  } finally {
    c.dispose({ disposeSequence: false });
  }
}

/**
 * A completion of exactly `maxTokens` tokens, going on past the end of text (`ignore_eos`). node-llama-cpp's
 * LlamaCompletion ends at the end of text whatever it is asked (and its token bias refuses to bar the
 * end-of-text tokens), so this runs the runtime's own token loop with the same sampling options;
 * stop strings and a client's hang-up still end it early.
 */
async function completeToMaxTokens(
  m: LoadedModel,
  seq: LlamaContextSequence,
  prompt: string,
  o: GenerateOptions,
): Promise<Generated> {
  const text = new GeneratedText(m.model, o.stop ?? [], o.onTextChunk);
  const r = await generateTokens(m.model, seq, promptTokens(m.model, prompt), o.maxTokens, {
    ignoreEnd: true,
    temperature: o.temperature,
    topP: o.topP,
    seed: o.seed,
    signal: o.signal,
    onToken: (token) => text.add(token),
  });
  return {
    text: text.finish(),
    finishReason: r.stop === 'length' ? 'length' : 'stop',
    promptTokens: m.model.tokenize(prompt).length,
    completionTokens: r.tokens.length,
  };
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'developer' | 'tool';
  content: string;
}

export async function chat(
  m: LoadedModel,
  seq: LlamaContextSequence,
  messages: ChatMessage[],
  o: GenerateOptions,
): Promise<Generated> {
  const { LlamaChatSession } = await importNodeLlamaCpp();
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user') throw new MregError('USAGE', 'messages must end with a user message');
  const system = messages
    .filter((x) => x.role === 'system' || x.role === 'developer')
    .map((x) => x.content)
    .join('\n');
  // The chat wrapper's built-in system prompt is long; small contexts overflow with it.
  const session = new LlamaChatSession({
    contextSequence: seq,
    systemPrompt: system || 'You are a helpful assistant.',
    autoDisposeSequence: false,
  });
  try {
    const history: ChatHistoryItem[] = [{ type: 'system', text: system || 'You are a helpful assistant.' }];
    for (const x of messages.slice(0, -1)) {
      if (x.role === 'user') history.push({ type: 'user', text: x.content });
      else if (x.role === 'assistant') history.push({ type: 'model', response: [x.content] });
    }
    session.setChatHistory(history);
    const generated = tokenCounter();
    const r = await session.promptWithMeta(last.content, {
      onToken: generated.add,
      maxTokens: o.maxTokens,
      temperature: o.temperature,
      topP: o.topP,
      seed: o.seed,
      signal: o.signal,
      stopOnAbortSignal: true,
      customStopTriggers: o.stop?.length ? o.stop : undefined,
      onTextChunk: o.onTextChunk,
    });
    const promptTokens = messages.reduce((n, x) => n + m.model.tokenize(x.content).length, 0);
    return {
      text: r.responseText,
      finishReason: finish(r.stopReason),
      promptTokens,
      completionTokens: generated.count(finish(r.stopReason), o.maxTokens),
    };
  } finally {
    session.dispose({ disposeSequence: false });
  }
}
