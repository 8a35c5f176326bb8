import {
  contextOptions,
  storeOption
} from "./chunk-OOPOEU7K.js";
import {
  bool,
  num,
  reqStr,
  str
} from "./chunk-EAOWGWAA.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import {
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError,
  usage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/eval.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var tinyModelCommand = {
  name: "tiny-model",
  summary: "Generate a tiny but real GGUF model (a bigram model of a text, as a one-layer llama) for demos and tests.",
  usage: "--out FILE --corpus TEXTFILE [--quantization f32|f16|q8_0] [--degrade | --noise] [--smoothing K] [--vocab N] [--embd N] [--layers N] [--ff N] [--split N] [--lora --base-corpus TEXTFILE [--base-smoothing K] [--rank R]]",
  description: `Its perplexity on the corpus is the bigram perplexity; --smoothing below 1 makes a better model,
--degrade (estimated from the shuffled corpus) or --noise a clearly worse one. Same inputs, same bytes.
--lora writes a LoRA adapter (GGUF general.type adapter) instead, for the tiny model of --base-corpus
(and --base-smoothing, default 1; any quantization): base + adapter is the bigram model that
--corpus/--smoothing/--degrade/--noise describe, with exactly its perplexity.
--vocab, --embd, --layers and --ff give it the shape of a real model (same outputs, same perplexity),
so it costs what a real model costs: e.g. --vocab 32000 --embd 1024 --layers 8 --ff 2816 --quantization f16
is a 321 MiB llama; --vocab 128256 a Llama 3 vocabulary.
--split N writes the model as N files named as llama.cpp's gguf-split does (FILE without .gguf, then
-00001-of-0000N.gguf): a multi-file full fine-tune, loaded from the first file.`,
  options: {
    out: { type: "string", description: "where to write the .gguf", placeholder: "FILE" },
    corpus: { type: "string", description: "the text to estimate the bigram model from", placeholder: "TEXTFILE" },
    quantization: {
      type: "string",
      description: "f32 (default), f16 or q8_0; general.file_type matches",
      placeholder: "Q"
    },
    degrade: { type: "boolean", description: "estimate from the byte-shuffled corpus (a deliberately bad model)" },
    noise: { type: "boolean", description: "add noise to the log-probabilities (a deliberately bad model)" },
    smoothing: {
      type: "string",
      description: "add-k smoothing (default 1; smaller fits the corpus better)",
      placeholder: "K"
    },
    name: { type: "string", description: "general.name (default tiny-bigram)", placeholder: "NAME" },
    split: { type: "string", description: "write the model as N split files (gguf-split naming)", placeholder: "N" },
    vocab: { type: "string", description: "vocabulary size (default 258, the bytes and BOS/EOS)", placeholder: "N" },
    embd: {
      type: "string",
      description: "width of the residual stream (default 288, a multiple of 32)",
      placeholder: "N"
    },
    layers: { type: "string", description: "transformer blocks (default 1)", placeholder: "N" },
    ff: { type: "string", description: "feed-forward width (default 32, a multiple of 32)", placeholder: "N" },
    lora: { type: "boolean", description: "write a LoRA adapter for the tiny model of --base-corpus" },
    "base-corpus": {
      type: "string",
      description: "with --lora: the corpus the base was generated from",
      placeholder: "TEXTFILE"
    },
    rank: {
      type: "string",
      description: "with --lora: the adapter rank (default 258, exact); a smaller one changes only the most frequent previous tokens",
      placeholder: "R"
    },
    "base-smoothing": {
      type: "string",
      description: "with --lora: the smoothing the base was generated with (default 1)",
      placeholder: "K"
    }
  },
  async run(args) {
    let { generateTinyModel } = await import("./tiny-model-JGWN7776.js"), out = path.resolve(reqStr(args, "out", "tiny-model")), corpusFile = reqStr(args, "corpus", "tiny-model"), quantization = str(args, "quantization") ?? "f32";
    if (!["f32", "f16", "q8_0"].includes(quantization))
      throw usage(`mreg tiny-model: --quantization expects f32, f16 or q8_0, got ${JSON.stringify(quantization)}`);
    if (bool(args, "degrade") && bool(args, "noise"))
      throw usage("mreg tiny-model: --degrade and --noise exclude each other");
    let readCorpus = async (file, option) => {
      try {
        return await readFile(file, "utf8");
      } catch (err) {
        throw new MregError("NOT_FOUND", `mreg tiny-model: cannot read --${option} ${file}: ${err.message}`);
      }
    }, corpus = await readCorpus(corpusFile, "corpus"), degrade = bool(args, "noise") ? "noise" : bool(args, "degrade") ? "shuffle" : !1;
    if (!bool(args, "lora") && (str(args, "base-corpus") !== void 0 || str(args, "base-smoothing") !== void 0 || str(args, "rank") !== void 0))
      throw usage("mreg tiny-model: --base-corpus, --base-smoothing and --rank describe a --lora adapter; add --lora");
    if (bool(args, "lora")) {
      if (str(args, "split") !== void 0)
        throw usage("mreg tiny-model: --split splits a model; an adapter is one file");
      if (["vocab", "embd", "layers", "ff"].some((o) => str(args, o) !== void 0))
        throw usage(
          "mreg tiny-model: --vocab, --embd, --layers and --ff shape a model; an adapter takes its base model's shape"
        );
      let { generateTinyLora } = await import("./tiny-lora-TY4E6X7O.js"), baseCorpus = await readCorpus(reqStr(args, "base-corpus", "tiny-model --lora"), "base-corpus"), a = await generateTinyLora({
        out,
        base: { corpus: baseCorpus, smoothing: num(args, "base-smoothing", "tiny-model") },
        target: { corpus, degrade, smoothing: num(args, "smoothing", "tiny-model") },
        name: str(args, "name"),
        rank: num(args, "rank", "tiny-model")
      });
      return {
        json: { path: a.path, bytes: a.bytes, type: "adapter", adapter_type: "lora" },
        text: `wrote ${a.path} (${a.bytes} bytes, LoRA adapter, general.type adapter)`
      };
    }
    let m = await generateTinyModel({
      out,
      corpus,
      quantization,
      degrade,
      smoothing: num(args, "smoothing", "tiny-model"),
      name: str(args, "name"),
      split: num(args, "split", "tiny-model"),
      shape: {
        vocab: num(args, "vocab", "tiny-model"),
        embd: num(args, "embd", "tiny-model"),
        layers: num(args, "layers", "tiny-model"),
        ff: num(args, "ff", "tiny-model")
      }
    });
    return {
      json: {
        path: m.path,
        paths: m.paths,
        bytes: m.bytes,
        quantization: m.quantization,
        file_type: m.fileType,
        vocab: m.vocab
      },
      text: `wrote ${m.paths.join(", ")} (${m.bytes} bytes, ${m.quantization}, general.file_type ${m.fileType}, ${m.vocab} tokens)`
    };
  }
}, gateCommand = {
  name: "gate",
  summary: "Run the benchmark gate alone (for pull requests): the candidate against the environment's baseline; exit 1 when deploy would refuse it.",
  usage: "CANDIDATE_ID --env ENV [--suite FILE] [--backend llama|openai|command] [--model-path FILE] [--strict]",
  description: `The baseline is the latest deployment of the candidate's quantization family in ENV, re-measured side by side
when its artifact can be fetched, else its stored metrics. Thresholds come from registry/config.json (gate).
Exit 1 on fail, and on inconclusive unless gate.inconclusive is "allow" (as deploy decides); --strict: on inconclusive always.
openai: --openai-url serves the candidate (--baseline-openai-url the baseline, if any).
llama: MREG_LLAMA_GPU=auto|false|cuda|vulkan|metal picks the device.`,
  positionals: { min: 1, max: 1, names: ["CANDIDATE_ID"] },
  options: {
    env: { type: "string", description: "environment whose deployment is the baseline", placeholder: "ENV" },
    suite: {
      type: "string",
      description: "eval suite (default: gate.suite in registry/config.json)",
      placeholder: "FILE"
    },
    backend: { type: "string", description: "llama, openai or command (default: gate.backend)", placeholder: "B" },
    "model-path": {
      type: "string",
      description: "the candidate's local file (default: fetch it from the store)",
      placeholder: "FILE"
    },
    "openai-url": {
      type: "string",
      description: "openai backend: the server that serves the candidate",
      placeholder: "URL"
    },
    "baseline-openai-url": {
      type: "string",
      description: "openai backend: a server that serves the baseline",
      placeholder: "URL"
    },
    strict: {
      type: "boolean",
      description: "exit 1 on an inconclusive verdict even where gate.inconclusive allows it"
    },
    ...storeOption
  },
  async run(args, io) {
    let ref = parseArtifactId(args.positionals[0]), env = reqStr(args, "env", "gate"), backend = str(args, "backend");
    if (backend && !["llama", "openai", "command"].includes(backend))
      throw usage(`mreg gate: --backend expects llama, openai or command, got ${JSON.stringify(backend)}`);
    let [{ openContext }, { gateVersion }] = await Promise.all([
      import("./context-OADNUDYW.js"),
      import("./gate-4HQQRAOC.js")
    ]), ctx = await openContext({ ...contextOptions(args, io), push: !1 }), modelPath = str(args, "model-path"), suite = str(args, "suite"), report = await gateVersion(ctx, {
      env,
      candidate: ref,
      modelPath: modelPath ? path.resolve(modelPath) : void 0,
      suitePath: suite ? path.resolve(suite) : void 0,
      backend,
      backendOptions: {
        openaiUrl: str(args, "openai-url") ?? ctx.config.gate.openai_url,
        baselineOpenaiUrl: str(args, "baseline-openai-url")
      }
    }), failed = !report.allowed || report.verdict === "inconclusive" && bool(args, "strict");
    return {
      json: { ...report.json, history_metrics: report.metrics },
      text: report.markdown.trimEnd(),
      exitCode: failed ? 1 : 0
    };
  }
};
export {
  gateCommand,
  tinyModelCommand
};
