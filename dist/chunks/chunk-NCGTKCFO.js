import {
  readGgufHeader
} from "./chunk-2EI7A7T6.js";
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
      return await getLlama({ gpu, build: "never", logLevel: LlamaLogLevel.error, progressLogs: !1 });
    } catch (err) {
      throw new MregError("EVAL", `llama.cpp could not start (gpu: ${key}): ${errorMessage(err)}`, { cause: err });
    }
  })(), p.catch(() => llamas.delete(key)), llamas.set(key, p)), p;
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
async function loadLlamaModel(modelPath, llama) {
  await readGgufHeader(modelPath);
  let l = llama ?? await getSharedLlama();
  try {
    return await l.loadModel({ modelPath });
  } catch (err) {
    throw new MregError("GGUF", `${modelPath}: llama.cpp could not load the model: ${errorMessage(err)}`, { cause: err });
  }
}
async function generateGreedy(model, seq, prompt, maxTokens) {
  await seq.clearHistory();
  let input = model.tokenize(prompt);
  model.tokens.shouldPrependBosToken && model.tokens.bos !== null && input.unshift(model.tokens.bos);
  let out = [];
  if (maxTokens > 0) {
    for await (let token of seq.evaluate(input, { temperature: 0 }))
      if (model.isEogToken(token) || (out.push(token), out.length >= maxTokens)) break;
  }
  return { text: model.detokenize(out), tokens: out.length };
}

export {
  importNodeLlamaCpp,
  getSharedLlama,
  describeDevice,
  llamaCppBuild,
  loadLlamaModel,
  generateGreedy
};
