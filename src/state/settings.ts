import type { GpuChoice } from '../llama/runtime.js';

/**
 * Settings a deployment gives through its environment rather than through flags or inputs. Only
 * the front ends (the CLI, the action) read the environment, with `settingsFromEnv`; everything
 * below them receives these as options, so the library reads no environment variable of its own
 * and a test states every setting it depends on.
 */
export interface Settings {
  /** MREG_STORE: the artifact store URI, over registry/config.json's `store`. */
  store?: string;
  /** MREG_CACHE: the local artifact cache, relative to the repository root. */
  cacheDir?: string;
  /** MREG_LLAMA_GPU: auto (default) | false | cuda | vulkan | metal. */
  gpu?: GpuChoice;
  /** MREG_LLAMA_THREADS: CPU threads per llama.cpp context. */
  threads?: number;
  /** MREG_OPENAI_API_KEY: bearer token for the openai gate backend. */
  openaiApiKey?: string;
  /** GITHUB_ACTOR, else GIT_AUTHOR_NAME: who acts, when no actor is given explicitly. */
  actor?: string;
}

export function settingsFromEnv(env: Record<string, string | undefined>): Settings {
  const threads = Number(env.MREG_LLAMA_THREADS);
  return {
    store: env.MREG_STORE || undefined,
    cacheDir: env.MREG_CACHE || undefined,
    gpu: env.MREG_LLAMA_GPU !== undefined ? parseGpuChoice(env.MREG_LLAMA_GPU) : undefined,
    threads: Number.isInteger(threads) && threads > 0 ? threads : undefined,
    openaiApiKey: env.MREG_OPENAI_API_KEY || undefined,
    actor: env.GITHUB_ACTOR || env.GIT_AUTHOR_NAME || undefined,
  };
}

/** A GPU setting as written (`MREG_LLAMA_GPU`, a flag): auto (default) | false | cuda | vulkan | metal. */
export function parseGpuChoice(value: string | undefined): GpuChoice {
  const v = (value ?? 'auto').toLowerCase();
  if (v === 'false' || v === 'cpu' || v === 'none' || v === '0') return false;
  if (v === 'cuda' || v === 'vulkan' || v === 'metal') return v;
  return 'auto';
}
