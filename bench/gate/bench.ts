/** See run.mjs. Prints a table and a JSON line with every figure. */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../src/state/config.js';
import { describeDevice, getSharedLlama, llamaCppBuild, loadLlamaModel, type GpuChoice } from '../../src/llama/runtime.js';
import { perplexityBatched, perplexityTokenByToken, perplexityTokens, threadsFor } from '../../src/eval/backends/llama.js';
import type { LlamaContextSequence, Token } from 'node-llama-cpp';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { runGate } from '../../src/ops/gate.js';

const ROOT = process.env.MREG_BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    gpu: { type: 'string', default: 'false' },
    embd: { type: 'string', default: '288' },
    layers: { type: 'string', default: '1' },
    ff: { type: 'string', default: '32' },
    'tbt-tokens': { type: 'string', default: '512' },
    quantization: { type: 'string', default: 'f16' },
  },
});
const gpu: GpuChoice = values.gpu === 'false' ? false : (values.gpu as GpuChoice);
const shape = { embd: Number(values.embd), layers: Number(values.layers), ff: Number(values.ff) };
const quantization = values.quantization as 'f32' | 'f16' | 'q8_0';
const corpusFile = path.join(ROOT, 'eval/default-corpus.txt');
const corpus = await readFile(corpusFile, 'utf8');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-bench-gate-'));
process.env.MREG_LLAMA_GPU = String(gpu);

/** The same windows as the perplexity route (a quarter-context carry), evaluated without reading logits. */
async function promptProcessing(seq: LlamaContextSequence, tokens: Token[], contextSize: number): Promise<{ tokens: number; ms: number }> {
  const carry = Math.floor(contextSize / 4);
  const t0 = performance.now();
  let n = 0;
  for (let pos = 0; pos < tokens.length;) {
    const prefix = tokens.slice(Math.max(0, pos - carry), pos);
    const chunk = tokens.slice(pos, pos + contextSize - prefix.length);
    await seq.clearHistory();
    await seq.evaluateWithoutGeneratingNewTokens([...prefix, ...chunk]);
    n += chunk.length;
    pos += chunk.length;
  }
  return { tokens: n, ms: performance.now() - t0 };
}

try {
  let t = performance.now();
  const llama = await getSharedLlama(gpu);
  const initMs = performance.now() - t;
  const device = await describeDevice(llama);
  const good = await generateTinyModel({ out: path.join(tmp, 'v2.0.0.gguf'), corpus, quantization, shape });
  const better = await generateTinyModel({ out: path.join(tmp, 'v2.1.0.gguf'), corpus, quantization, shape, smoothing: 0.1 });

  // 1. Perplexity throughput, same model, same tokens, same context.
  const model = await loadLlamaModel(good.path, llama);
  const contextSize = 512;
  const ctx = await model.createContext({ contextSize, batchSize: contextSize, threads: threadsFor(good.bytes) });
  const seq = ctx.getSequence();
  const all = perplexityTokens(model, corpus, null);
  const sub = all.slice(0, Number(values['tbt-tokens']));
  await perplexityBatched(model, seq, sub.slice(0, 64), contextSize); // warm-up
  const batchedAll = await perplexityBatched(model, seq, all, contextSize);
  const batchedSub = await perplexityBatched(model, seq, sub, contextSize);
  const tbt = await perplexityTokenByToken(model, seq, sub, contextSize);
  // llama.cpp's own prompt processing of the same windows (no logits read back): the ceiling the
  // perplexity route is held against.
  const pp = await promptProcessing(seq, all, contextSize);
  await ctx.dispose();
  await model.dispose();

  // 2. The full default-suite gate, as deploy runs it (default config thresholds).
  t = performance.now();
  const report = await runGate({
    candidatePath: better.path,
    candidateId: 'tiny-v2.1.0-' + quantization,
    candidateQuantization: quantization,
    baselinePath: good.path,
    baselineEntry: {
      id: 1,
      env: 'staging',
      model: 'tiny',
      version: '2.0.0',
      quantization,
      deployed_at: '2026-01-01T00:00:00Z',
      rolled_back: false,
      metrics: null,
      action: 'deploy',
      actor: 'bench',
      reason: null,
      previous_version: null,
    },
    history: [],
    env: 'staging',
    config: DEFAULT_CONFIG,
    repoRoot: ROOT,
    backend: 'llama',
    backendOptions: { gpu },
  });
  const gateMs = performance.now() - t;

  const rate = (r: { tokens: number; ms: number }) => Math.round(r.tokens / (r.ms / 1000));
  const rows: Array<[string, string]> = [
    ['device', device],
    ['llama.cpp', await llamaCppBuild(llama)],
    ['model', `${quantization}, n_embd ${shape.embd}, ${shape.layers} layer(s), ff ${shape.ff}, ${(good.bytes / 1048576).toFixed(1)} MiB`],
    ['getLlama init', `${initMs.toFixed(0)} ms`],
    [`perplexity batched, ${batchedAll.tokens} tokens`, `${rate(batchedAll)} tok/s (${batchedAll.ms.toFixed(0)} ms), ppl ${batchedAll.perplexity.toFixed(4)}`],
    [`perplexity batched, ${batchedSub.tokens} tokens`, `${rate(batchedSub)} tok/s (${batchedSub.ms.toFixed(0)} ms), ppl ${batchedSub.perplexity.toFixed(4)}`],
    [`perplexity token by token, ${tbt.tokens} tokens`, `${rate(tbt)} tok/s (${tbt.ms.toFixed(0)} ms), ppl ${tbt.perplexity.toFixed(4)}`],
    ['speed-up batched / token by token', `${(rate(batchedSub) / rate(tbt)).toFixed(1)}x`],
    [`llama.cpp prompt processing, ${pp.tokens} tokens (no logits)`, `${rate(pp)} tok/s (${pp.ms.toFixed(0)} ms)`],
    ['perplexity batched / prompt processing', `${(rate(batchedAll) / rate(pp)).toFixed(2)}`],
    [
      'full gate, default suite (quality once, performance paired)',
      `${(gateMs / 1000).toFixed(2)} s, verdict ${report.verdict}, ${report.json.sampling.pairs} pairs`,
    ],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log('\n' + report.markdown);
  console.log(
    JSON.stringify({
      device,
      initMs,
      batched: batchedAll,
      batchedSub,
      tokenByToken: tbt,
      promptProcessing: pp,
      gateMs,
      verdict: report.verdict,
      load: os.loadavg(),
    }),
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
