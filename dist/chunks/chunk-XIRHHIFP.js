import {
  readGgufHeader
} from "./chunk-QCKMG6X6.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/llama/runtime.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
var modulePromise = null, llamas = /* @__PURE__ */ new Map();
async function importNodeLlamaCpp() {
  return modulePromise ??= import("node-llama-cpp").catch((err) => {
    throw modulePromise = null, new MregError(
      "EVAL",
      `the llama backend needs the npm package node-llama-cpp, which could not be loaded (${errorMessage(err)}). Install it next to mreg (npm install node-llama-cpp), or use --backend openai or --backend command. The GitHub Action bundle does not include it: run the gate on a runner where it is installed.`,
      { cause: err }
    );
  }), modulePromise;
}
async function getSharedLlama(gpu = "auto") {
  let key = String(gpu), p = llamas.get(key);
  return p || (p = (async () => {
    let { getLlama, LlamaLogLevel } = await importNodeLlamaCpp();
    try {
      let llama = await getLlama({ gpu, build: "never", logLevel: LlamaLogLevel.error, progressLogs: !1 });
      return llama.gpu === !1 && (llama.maxThreads = Math.max(1, llama.cpuMathCores)), llama;
    } catch (err) {
      throw new MregError("EVAL", `llama.cpp could not start (gpu: ${key}): ${errorMessage(err)}`, { cause: err });
    }
  })(), p.catch(() => llamas.delete(key)), llamas.set(key, p)), p;
}
function contextThreads(llama, modelBytes, explicit, purpose = "serve") {
  if (explicit && explicit > 0) return Math.floor(explicit);
  let cores = Math.max(1, llama.cpuMathCores);
  return llama.gpu === !1 && modelBytes < 64 * 1024 * 1024 ? 1 : llama.gpu === !1 && purpose === "measure" ? Math.max(1, cores - 1) : cores;
}
function describeThreads(llama, threads) {
  let pool = llama.maxThreads === 0 ? "no cap across contexts" : `at most ${llama.maxThreads} at once across contexts`;
  return `llama.cpp threads: ${threads} per context on ${llama.gpu === !1 ? "the CPU" : `a ${llama.gpu} device`} (${llama.cpuMathCores} math cores; ${pool})`;
}
async function describeDevice(llama) {
  if (!llama.gpu) return `cpu: ${os.cpus()[0]?.model?.trim() ?? os.arch()} (${llama.cpuMathCores} math cores)`;
  let names = [];
  try {
    names = await llama.getGpuDeviceNames();
  } catch {
  }
  return `${llama.gpu}: ${names.length ? [...new Set(names)].join(", ") : "unknown device"}`;
}
var packageVersion = null;
function nodeLlamaCppVersion() {
  return packageVersion ??= (async () => {
    try {
      let dir = path.dirname(createRequire(import.meta.url).resolve("node-llama-cpp"));
      for (; ; ) {
        let pkg = await readFile(path.join(dir, "package.json"), "utf8").then(
          (t) => JSON.parse(t),
          () => null
        );
        if (pkg?.name === "node-llama-cpp") return pkg.version ?? null;
        let up = path.dirname(dir);
        if (up === dir) return null;
        dir = up;
      }
    } catch {
      return null;
    }
  })(), packageVersion;
}
async function llamaCppBuild(llama) {
  let r = llama.llamaCppRelease, pkg = await nodeLlamaCppVersion();
  return `${r.repo}@${r.release} (${llama.buildType}${pkg ? `, node-llama-cpp ${pkg}` : ""})`;
}
async function loadLlamaModel(modelPath, llama, o = {}) {
  await readGgufHeader(modelPath);
  let l = llama ?? await getSharedLlama();
  try {
    return await l.loadModel({ modelPath, ...o.mmap === !1 ? { useMmap: !1 } : {} });
  } catch (err) {
    throw new MregError("GGUF", `${modelPath}: llama.cpp could not load the model: ${errorMessage(err)}`, {
      cause: err
    });
  }
}
function promptTokens(model, prompt) {
  let input = model.tokenize(prompt);
  return model.tokens.shouldPrependBosToken && model.tokens.bos !== null && input.unshift(model.tokens.bos), input;
}
async function generateTokens(model, seq, input, maxTokens, o = {}) {
  await seq.clearHistory();
  let tokens = [];
  if (maxTokens <= 0) return { tokens, stop: "length" };
  let ignoreEnd = o.ignoreEnd === !0, evaluation = seq.evaluate(input, {
    temperature: o.temperature ?? 0,
    topP: o.topP,
    seed: o.seed,
    yieldEogToken: ignoreEnd
  });
  for await (let token of evaluation) {
    if (!ignoreEnd && model.isEogToken(token)) break;
    if (tokens.push(token), o.onToken?.(token) === !0 || o.signal?.aborted) return { tokens, stop: "stopped" };
    if (tokens.length >= maxTokens) return { tokens, stop: "length" };
  }
  return { tokens, stop: "end" };
}
async function generateGreedy(model, seq, prompt, maxTokens, o = {}) {
  let r = await generateTokens(model, seq, promptTokens(model, prompt), maxTokens, { ignoreEnd: o.ignoreEnd });
  return { text: model.detokenize(r.tokens), tokens: r.tokens.length };
}

export {
  importNodeLlamaCpp,
  getSharedLlama,
  contextThreads,
  describeThreads,
  describeDevice,
  llamaCppBuild,
  loadLlamaModel,
  promptTokens,
  generateTokens,
  generateGreedy
};
