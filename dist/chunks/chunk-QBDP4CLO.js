
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
function parseGpuChoice(value) {
  let v = (value ?? "auto").toLowerCase();
  return v === "false" || v === "cpu" || v === "none" || v === "0" ? !1 : v === "cuda" || v === "vulkan" || v === "metal" ? v : "auto";
}

export {
  settingsFromEnv
};
