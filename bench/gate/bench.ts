/** See run.mjs. Prints a table per vocabulary and a JSON line with every figure. */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Llama, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import { DEFAULT_CONFIG } from '../../src/state/config.js';
import { STARTER_SUITE } from '../../src/ops/package-files.js';
import {
  contextThreads,
  describeDevice,
  generateGreedy,
  getSharedLlama,
  llamaCppBuild,
  loadLlamaModel,
  type GpuChoice,
} from '../../src/llama/runtime.js';
import {
  perplexityBatched,
  perplexityNative,
  perplexityTokenByToken,
  perplexityTokens,
  perplexityWindows,
  type PerplexityResult,
} from '../../src/eval/backends/llama-perplexity.js';
import { generateTinyModel, type TinyQuantization } from '../../src/gguf/tiny-model.js';
import { runGate, type GateReport } from '../../src/ops/gate.js';
import type { HistoryEntry } from '../../src/core/documents.js';

const ROOT = process.env.MREG_BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    gpu: { type: 'string', default: 'false' },
    vocab: { type: 'string', default: '32000,128256' },
    embd: { type: 'string', default: '1024' },
    layers: { type: 'string', default: '8' },
    ff: { type: 'string', default: '2816' },
    quantization: { type: 'string', default: 'f16' },
    threads: { type: 'string' },
    // Tokens for the slow public routes (the whole distribution per position): a sample is enough.
    'slow-tokens': { type: 'string', default: '128' },
    // Tokens of the default corpus scored by the fast routes (the whole corpus is about 2,900).
    tokens: { type: 'string', default: '1024' },
    // Which gates to run on the first vocabulary's model: twin (same weights), slower (+2 zero layers).
    gates: { type: 'string', default: 'twin,slower' },
    // Generation speed with node-llama-cpp's former default on a CPU (max(4, math cores) threads), side by side.
    'old-threads': { type: 'string', default: '4' },
  },
});
const gpu: GpuChoice = values.gpu === 'false' ? false : (values.gpu as GpuChoice);
const vocabs = values.vocab.split(',').map(Number);
const shape = { embd: Number(values.embd), layers: Number(values.layers), ff: Number(values.ff) };
const quantization = values.quantization as TinyQuantization;
const explicitThreads = values.threads ? Number(values.threads) : undefined;
const corpus = await readFile(path.join(ROOT, 'eval/default-corpus.txt'), 'utf8');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-bench-gate-'));
const CONTEXT = 512;

type Rate = { tokens: number; ms: number };
const rate = (r: Rate) => r.tokens / (r.ms / 1000);

/** The perplexity windows, decoded the way llama.cpp's prompt processing does it: logits of the last token only. */
async function promptProcessing(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[]): Promise<Rate> {
  const t0 = performance.now();
  let n = 0;
  for (const w of perplexityWindows(model, tokens, CONTEXT)) {
    await seq.clearHistory();
    await seq.evaluateWithoutGeneratingNewTokens(w.input);
    n += w.input.length - w.scoreFrom;
  }
  return { tokens: n, ms: performance.now() - t0 };
}

/** The same windows with logits at every scored position and a greedy token each (no probabilities): the ceiling. */
async function allLogits(model: LlamaModel, seq: LlamaContextSequence, tokens: Token[]): Promise<Rate> {
  const t0 = performance.now();
  let n = 0;
  for (const w of perplexityWindows(model, tokens, CONTEXT)) {
    await seq.clearHistory();
    const input = w.input.map((tok, i) =>
      i + 1 >= w.scoreFrom && i + 1 < w.input.length ? ([tok, { generateNext: { token: true } }] as const) : tok,
    );
    await seq.controlledEvaluate(input as Parameters<LlamaContextSequence['controlledEvaluate']>[0]);
    n += w.input.length - w.scoreFrom;
  }
  return { tokens: n, ms: performance.now() - t0 };
}

async function perplexityFigures(llama: Llama, vocab: number) {
  const m = await generateTinyModel({
    out: path.join(tmp, `v${vocab}.gguf`),
    corpus,
    quantization,
    shape: { ...shape, vocab },
  });
  const model = await loadLlamaModel(m.path, llama);
  const threads = contextThreads(llama, m.bytes, explicitThreads);
  const ctx = await model.createContext({ contextSize: CONTEXT, batchSize: CONTEXT, threads, sequences: 1 });
  const seq = ctx.getSequence();
  const all = perplexityTokens(model, corpus, Number(values.tokens));
  const sub = all.slice(0, Number(values['slow-tokens']));
  await promptProcessing(model, seq, sub.slice(0, 64)); // warm-up
  // Interleaved, so a neighbour's burst on the shared machine hits every route alike.
  const pp1 = await promptProcessing(model, seq, all);
  const native = (await perplexityNative(model, seq, all, CONTEXT)) as PerplexityResult;
  const ceiling = await allLogits(model, seq, all);
  const pp2 = await promptProcessing(model, seq, all);
  const batched = await perplexityBatched(model, seq, sub, CONTEXT);
  const nativeSub = (await perplexityNative(model, seq, sub, CONTEXT)) as PerplexityResult;
  const tbt = await perplexityTokenByToken(model, seq, sub.slice(0, 32), CONTEXT);
  await ctx.dispose();
  const gen = await generationSpeeds(llama, model, threads);
  await model.dispose();
  const pp = { tokens: pp1.tokens + pp2.tokens, ms: pp1.ms + pp2.ms };
  return { vocab, mib: m.bytes / 1048576, threads, pp, native, ceiling, batched, nativeSub, tbt, gen };
}

/** Greedy generation of 32 tokens, three times, with `threads` and with the former default, alternating. */
async function generationSpeeds(llama: Llama, model: LlamaModel, threads: number) {
  const old = Number(values['old-threads']);
  const rates: Record<string, Rate> = { chosen: { tokens: 0, ms: 0 }, old: { tokens: 0, ms: 0 } };
  const cap = llama.maxThreads;
  for (let round = 0; round < 3; round++) {
    for (const which of round % 2 ? (['old', 'chosen'] as const) : (['chosen', 'old'] as const)) {
      llama.maxThreads = which === 'old' ? Math.max(old, llama.cpuMathCores) : cap;
      const ctx = await model.createContext({
        contextSize: 256,
        threads: which === 'old' ? old : threads,
        sequences: 1,
      });
      const seq = ctx.getSequence();
      const t = performance.now();
      const r = await generateGreedy(model, seq, 'The registry keeps every version', 32);
      rates[which].ms += performance.now() - t;
      rates[which].tokens += r.tokens;
      await ctx.dispose();
    }
  }
  llama.maxThreads = cap;
  return { threads, oldThreads: old, chosen: rates.chosen, old: rates.old };
}

function entry(version: string): HistoryEntry {
  const e = {
    id: 1,
    env: 'staging',
    model: 'tiny',
    version,
    quantization,
    deployed_at: '2026-01-01T00:00:00Z',
    rolled_back: false,
    metrics: null,
  };
  return { ...e, action: 'deploy', actor: 'bench', reason: null, previous_version: null } as HistoryEntry;
}

async function gate(candidatePath: string, baselinePath: string): Promise<{ report: GateReport; ms: number }> {
  const t = performance.now();
  const report = await runGate({
    candidatePath,
    candidateId: `tiny-v2.1.0-${quantization}`,
    candidateQuantization: quantization,
    baselinePath,
    baselineEntry: entry('2.0.0'),
    history: [],
    env: 'staging',
    // The suite `mreg init` writes: what a team's first gate of a real model runs.
    config: { ...DEFAULT_CONFIG, gate: { ...DEFAULT_CONFIG.gate, suite: STARTER_SUITE } },
    repoRoot: ROOT,
    backend: 'llama',
    backendOptions: { gpu, threads: explicitThreads },
  });
  return { report, ms: performance.now() - t };
}

try {
  const t = performance.now();
  const llama = await getSharedLlama(gpu);
  const initMs = performance.now() - t;
  const device = await describeDevice(llama);
  console.log(
    `device ${device}; llama.cpp ${await llamaCppBuild(llama)}; getLlama ${initMs.toFixed(0)} ms; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const figures = [];
  for (const vocab of vocabs) {
    const f = await perplexityFigures(llama, vocab);
    figures.push(f);
    const rows: Array<[string, string]> = [
      [
        'model',
        `llama, vocab ${vocab}, n_embd ${shape.embd}, ${shape.layers} layers, ff ${shape.ff}, ${quantization}, ${f.mib.toFixed(1)} MiB; ${f.threads} threads`,
      ],
      [`llama.cpp prompt processing, ${f.pp.tokens} tokens (last logits only)`, `${rate(f.pp).toFixed(1)} tok/s`],
      [`logits at every position, no probabilities (the ceiling)`, `${rate(f.ceiling).toFixed(1)} tok/s`],
      [
        `perplexity native, ${f.native.tokens} tokens`,
        `${rate(f.native).toFixed(1)} tok/s, ppl ${f.native.perplexity.toFixed(6)}`,
      ],
      [
        `perplexity whole distribution, ${f.batched.tokens} tokens`,
        `${rate(f.batched).toFixed(1)} tok/s, ppl ${f.batched.perplexity.toFixed(6)} (native: ${f.nativeSub.perplexity.toFixed(6)})`,
      ],
      [`perplexity token by token, ${f.tbt.tokens} tokens`, `${rate(f.tbt).toFixed(1)} tok/s`],
      ['native / prompt processing (goal >= 0.5)', (rate(f.native) / rate(f.pp)).toFixed(2)],
      ['ceiling / prompt processing', (rate(f.ceiling) / rate(f.pp)).toFixed(2)],
      ['native / whole distribution', `${(rate(f.nativeSub) / rate(f.batched)).toFixed(1)}x`],
      [`generation, ${f.gen.threads} threads (chosen)`, `${rate(f.gen.chosen).toFixed(1)} tok/s`],
      [
        `generation, ${f.gen.oldThreads} threads (node-llama-cpp's former default here)`,
        `${rate(f.gen.old).toFixed(1)} tok/s`,
      ],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
  }
  const gates: Record<string, { ms: number; verdict: string; pairs: number; notes: string[] }> = {};
  const wanted = values.gates.split(',').filter(Boolean);
  if (wanted.length) {
    const v = vocabs[0];
    const base = await generateTinyModel({
      out: path.join(tmp, `base-${v}.gguf`),
      corpus,
      quantization,
      shape: { ...shape, vocab: v },
    });
    for (const which of wanted) {
      const extra = which === 'slower' ? Math.max(1, Math.round(shape.layers / 4)) : 0;
      const cand = await generateTinyModel({
        out: path.join(tmp, `${which}-${v}.gguf`),
        corpus,
        quantization,
        shape: { ...shape, vocab: v, layers: shape.layers + extra },
      });
      const g = await gate(cand.path, base.path);
      gates[which] = {
        ms: g.ms,
        verdict: g.report.verdict,
        pairs: g.report.json.sampling.pairs,
        notes: g.report.json.notes,
      };
      console.log(
        `gate ${which} (${shape.layers + extra} layers vs ${shape.layers}): ${(g.ms / 1000).toFixed(1)} s, verdict ${g.report.verdict}, ${g.report.json.sampling.pairs} pairs; load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      console.log(g.report.markdown);
    }
  }
  console.log(JSON.stringify({ device, initMs, figures, gates, load: os.loadavg() }));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
