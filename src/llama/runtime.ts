/**
 * The llama.cpp runtime, shared by the gate (eval), the server (serve) and the action: the one
 * place that loads node-llama-cpp, starts its native backend once per process and GPU choice,
 * loads models after checking their GGUF header, and generates greedily.
 *
 * node-llama-cpp is loaded with a dynamic import, because the GitHub Action bundle leaves it out
 * (native binaries); a missing package is a clear MregError, not a crash at startup.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Llama, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import { MregError, errorMessage } from '../core/errors.js';
import { readGgufHeader } from '../gguf/reader.js';

type NodeLlamaCpp = typeof import('node-llama-cpp');
export type GpuChoice = 'auto' | false | 'cuda' | 'vulkan' | 'metal';

let modulePromise: Promise<NodeLlamaCpp> | null = null;
const llamas = new Map<string, Promise<Llama>>();

export async function importNodeLlamaCpp(): Promise<NodeLlamaCpp> {
  modulePromise ??= import('node-llama-cpp').catch((err: unknown) => {
    modulePromise = null;
    throw new MregError(
      'EVAL',
      `the llama backend needs the npm package node-llama-cpp, which could not be loaded (${errorMessage(err)}). ` +
        'Install it next to mreg (npm install node-llama-cpp), or use --backend openai or --backend command. ' +
        'The GitHub Action bundle does not include it: run the gate on a runner where it is installed.',
      { cause: err },
    );
  });
  return modulePromise;
}

/**
 * One Llama (the native backend) per process and GPU choice: creating it loads the binaries and
 * takes about half a second, so tests, the gate and the server all share it.
 * Prebuilt binaries only (`build: 'never'`): a runner must never start compiling llama.cpp.
 */
export async function getSharedLlama(gpu: GpuChoice = 'auto'): Promise<Llama> {
  const key = String(gpu);
  let p = llamas.get(key);
  if (!p) {
    p = (async () => {
      const { getLlama, LlamaLogLevel } = await importNodeLlamaCpp();
      try {
        const llama = await getLlama({ gpu, build: 'never', logLevel: LlamaLogLevel.error, progressLogs: false });
        // On a CPU, node-llama-cpp lets its contexts use max(4, math cores) threads together; ggml's
        // workers spin on barriers, so more threads than cores run tens of times slower. Capping the
        // shared pool at the math cores keeps every context of the process within the machine.
        if (llama.gpu === false) llama.maxThreads = Math.max(1, llama.cpuMathCores);
        return llama;
      } catch (err) {
        throw new MregError('EVAL', `llama.cpp could not start (gpu: ${key}): ${errorMessage(err)}`, { cause: err });
      }
    })();
    p.catch(() => llamas.delete(key));
    llamas.set(key, p);
  }
  return p;
}

/**
 * Threads for one context. On a CPU, the machine's math cores (the shared pool never hands out more
 * at once, see `getSharedLlama`), except for models under 64 MB: they gain nothing from a second
 * thread, and on a busy machine a preempted worker stalls every step of the others. On a GPU the CPU
 * threads only feed the device and run what is not offloaded: llama.cpp's own choice, the math cores.
 * An explicit count (`MREG_LLAMA_THREADS` at the front ends) wins.
 *
 * A measurement (the gate) leaves one core to the rest of the machine on a CPU: llama.cpp's workers
 * meet at a barrier every step, so one of them preempted by anything else (the gate's own process,
 * the runner's agent) stalls all, and the spread of the pairs grows several times while the speed
 * barely changes (generation is bound by memory bandwidth); bench/gate-threads measures both.
 */
export function contextThreads(
  llama: Llama,
  modelBytes: number,
  explicit?: number,
  purpose: 'serve' | 'measure' = 'serve',
): number {
  if (explicit && explicit > 0) return Math.floor(explicit);
  const cores = Math.max(1, llama.cpuMathCores);
  if (llama.gpu === false && modelBytes < 64 * 1024 * 1024) return 1;
  if (llama.gpu === false && purpose === 'measure') return Math.max(1, cores - 1);
  return cores;
}

/** What `contextThreads` chose, for reports. */
export function describeThreads(llama: Llama, threads: number): string {
  const pool =
    llama.maxThreads === 0 ? 'no cap across contexts' : `at most ${llama.maxThreads} at once across contexts`;
  return `llama.cpp threads: ${threads} per context on ${llama.gpu === false ? 'the CPU' : `a ${llama.gpu} device`} (${llama.cpuMathCores} math cores; ${pool})`;
}

/** "cpu (16 threads)" or "cuda: NVIDIA H100 80GB HBM3". */
export async function describeDevice(llama: Llama): Promise<string> {
  if (!llama.gpu) return `cpu: ${os.cpus()[0]?.model?.trim() ?? os.arch()} (${llama.cpuMathCores} math cores)`;
  let names: string[] = [];
  try {
    names = await llama.getGpuDeviceNames();
  } catch {
    // The names are decoration; the GPU kind is what matters.
  }
  return `${llama.gpu}: ${names.length ? [...new Set(names)].join(', ') : 'unknown device'}`;
}

let packageVersion: Promise<string | null> | null = null;

/** node-llama-cpp's version, read from its package.json (its exports do not expose it). */
function nodeLlamaCppVersion(): Promise<string | null> {
  packageVersion ??= (async () => {
    try {
      let dir = path.dirname(createRequire(import.meta.url).resolve('node-llama-cpp'));
      for (;;) {
        const pkg = await readFile(path.join(dir, 'package.json'), 'utf8').then(
          (t) => JSON.parse(t) as { name?: string; version?: string },
          () => null,
        );
        if (pkg?.name === 'node-llama-cpp') return pkg.version ?? null;
        const up = path.dirname(dir);
        if (up === dir) return null;
        dir = up;
      }
    } catch {
      return null;
    }
  })();
  return packageVersion;
}

/** e.g. "ggml-org/llama.cpp@b6000 (prebuilt, node-llama-cpp 3.22.1)". */
export async function llamaCppBuild(llama: Llama): Promise<string> {
  const r = llama.llamaCppRelease;
  const pkg = await nodeLlamaCppVersion();
  return `${r.repo}@${r.release} (${llama.buildType}${pkg ? `, node-llama-cpp ${pkg}` : ''})`;
}

/**
 * Loads a GGUF model after checking its header (a corrupt or truncated file is refused with a
 * MregError('GGUF') before llama.cpp maps it). Callers dispose the model.
 */
/**
 * `mmap: false` reads the weights into the process's own memory instead of mapping the file: two
 * files then sit in memory alike, whatever the page cache did with them (a file just downloaded and
 * one cached for days ran a same-weights pair 12-22% apart when mapped; see docs/gate.md).
 */
export async function loadLlamaModel(
  modelPath: string,
  llama?: Llama,
  o: { mmap?: boolean } = {},
): Promise<LlamaModel> {
  await readGgufHeader(modelPath);
  const l = llama ?? (await getSharedLlama());
  try {
    return await l.loadModel({ modelPath, ...(o.mmap === false ? { useMmap: false } : {}) });
  } catch (err) {
    throw new MregError('GGUF', `${modelPath}: llama.cpp could not load the model: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

/** A prompt's tokens as the runtime evaluates them: the model's beginning-of-text token first where it wants one. */
export function promptTokens(model: LlamaModel, prompt: string): Token[] {
  const input = model.tokenize(prompt);
  if (model.tokens.shouldPrependBosToken && model.tokens.bos !== null) input.unshift(model.tokens.bos);
  return input;
}

export interface TokenLoopOptions {
  /**
   * Carry on past an end-of-generation token (which counts as a token) to exactly `maxTokens`:
   * a timed request then does the same work whatever length the model would give its answer.
   */
  ignoreEnd?: boolean;
  /** 0 (the default) is greedy; the sampling options mean what they mean to node-llama-cpp's evaluate. */
  temperature?: number;
  topP?: number;
  seed?: number;
  /** Checked after each token: a client that hung up stops the generation. */
  signal?: AbortSignal;
  /** Sees each token as it is generated; true stops the generation after it (a stop string). */
  onToken?: (token: Token) => boolean | void;
}

/**
 * Up to `maxTokens` tokens after `input`, from a clean sequence, and why the generation stopped:
 * 'end' (the model ended its text), 'length' (`maxTokens`) or 'stopped' (`onToken` or the signal).
 */
export async function generateTokens(
  model: LlamaModel,
  seq: LlamaContextSequence,
  input: Token[],
  maxTokens: number,
  o: TokenLoopOptions = {},
): Promise<{ tokens: Token[]; stop: 'end' | 'length' | 'stopped' }> {
  await seq.clearHistory();
  const tokens: Token[] = [];
  if (maxTokens <= 0) return { tokens, stop: 'length' };
  const ignoreEnd = o.ignoreEnd === true;
  // node-llama-cpp ends the evaluation at the end of text itself unless asked to yield that token.
  const evaluation = seq.evaluate(input, {
    temperature: o.temperature ?? 0,
    topP: o.topP,
    seed: o.seed,
    yieldEogToken: ignoreEnd,
  });
  for await (const token of evaluation) {
    if (!ignoreEnd && model.isEogToken(token)) break;
    tokens.push(token);
    if (o.onToken?.(token) === true || o.signal?.aborted) return { tokens, stop: 'stopped' };
    if (tokens.length >= maxTokens) return { tokens, stop: 'length' };
  }
  return { tokens, stop: 'end' };
}

/**
 * Greedy generation of up to `maxTokens` tokens after `prompt`, from a clean sequence.
 * Returns the text and the number of tokens generated (stops at an end-of-generation token
 * unless `ignoreEnd`).
 */
export async function generateGreedy(
  model: LlamaModel,
  seq: LlamaContextSequence,
  prompt: string,
  maxTokens: number,
  o: { ignoreEnd?: boolean } = {},
): Promise<{ text: string; tokens: number }> {
  const r = await generateTokens(model, seq, promptTokens(model, prompt), maxTokens, { ignoreEnd: o.ignoreEnd });
  return { text: model.detokenize(r.tokens), tokens: r.tokens.length };
}
