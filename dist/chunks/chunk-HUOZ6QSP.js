import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  parseGpuChoice
} from "./chunk-4ANLXEZX.js";

// src/state/settings.ts
function settingsFromEnv(env) {
  let threads = Number(env.MREG_LLAMA_THREADS);
  return {
    store: env.MREG_STORE || void 0,
    cacheDir: env.MREG_CACHE || void 0,
    gpu: env.MREG_LLAMA_GPU !== void 0 ? parseGpuChoice(env.MREG_LLAMA_GPU) : void 0,
    threads: Number.isInteger(threads) && threads > 0 ? threads : void 0,
    openaiApiKey: env.MREG_OPENAI_API_KEY || void 0,
    actor: env.GITHUB_ACTOR || env.GIT_AUTHOR_NAME || void 0
  };
}

export {
  settingsFromEnv
};
