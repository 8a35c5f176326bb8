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
export declare function settingsFromEnv(env: Record<string, string | undefined>): Settings;
/** A GPU setting as written (`MREG_LLAMA_GPU`, a flag): auto (default) | false | cuda | vulkan | metal. */
export declare function parseGpuChoice(value: string | undefined): GpuChoice;
