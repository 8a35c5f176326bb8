/** The generated LoRA adapters are real: llama.cpp applies them and gives the perplexity they were built for. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Llama } from 'node-llama-cpp';
import { getSharedLlama, loadLlamaModel } from '../../src/llama/runtime.js';
import { perplexityBatched, perplexityTokens } from '../../src/eval/backends/llama.js';
import { readGgufHeader } from '../../src/gguf/reader.js';
import { bigramPerplexity, generateTinyModel } from '../../src/gguf/tiny-model.js';
import { generateTinyLora } from '../../src/gguf/tiny-lora.js';
import { corpus, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let llama: Llama;
let text: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  llama = await getSharedLlama(false);
  text = await corpus();
});
afterAll(async () => cleanup());

async function perplexityWith(basePath: string, adapters: string[]): Promise<number> {
  const model = await loadLlamaModel(basePath, llama);
  try {
    const ctx = await model.createContext({
      contextSize: 512,
      batchSize: 512,
      threads: 1,
      ...(adapters.length ? { lora: { adapters: adapters.map((filePath) => ({ filePath })) } } : {}),
    });
    const r = await perplexityBatched(model, ctx.getSequence(), perplexityTokens(model, text, 2048), 512);
    await ctx.dispose();
    return r.perplexity;
  } finally {
    await model.dispose();
  }
}

describe('tiny LoRA adapters', () => {
  it('are GGUF adapters as llama.cpp expects them: general.type adapter, adapter.type lora, the base architecture', async () => {
    const a = await generateTinyLora({
      out: path.join(dir, 'h.gguf'),
      base: { corpus: text },
      target: { corpus: text, smoothing: 0.1 },
    });
    const h = await readGgufHeader(a.path);
    expect(h.architecture).toBe('llama');
    expect(h.metadata['general.type']).toBe('adapter');
    expect(h.metadata['adapter.type']).toBe('lora');
    expect(h.metadata['adapter.lora.alpha']).toBe(258);
    expect(h.tensors.map((t) => [t.name, t.dims])).toEqual([
      ['output.weight.lora_a', [288, 258]],
      ['output.weight.lora_b', [258, 258]],
    ]);
  });

  it('base + adapter has the perplexity the adapter was built to give (a better fine-tune, and one that ruins the model)', async () => {
    const base = await generateTinyModel({ out: path.join(dir, 'base.gguf'), corpus: text, quantization: 'f32' });
    const better = await generateTinyLora({
      out: path.join(dir, 'better.gguf'),
      base: { corpus: text },
      target: { corpus: text, smoothing: 0.1 },
    });
    const ruin = await generateTinyLora({
      out: path.join(dir, 'ruin.gguf'),
      base: { corpus: text },
      target: { corpus: text, degrade: 'noise' },
    });
    // The suite scores the first 2048 tokens, which are the corpus's first 2048 bytes.
    const scored = new TextDecoder().decode(Buffer.from(text, 'utf8').subarray(0, 2048));
    const basePpl = await perplexityWith(base.path, []);
    const betterPpl = await perplexityWith(base.path, [better.path]);
    const ruinPpl = await perplexityWith(base.path, [ruin.path]);
    expect(basePpl).toBeCloseTo(bigramPerplexity(base.logProbs, scored), 2);
    expect(betterPpl).toBeCloseTo(bigramPerplexity(better.logProbs, scored), 2);
    expect(ruinPpl).toBeCloseTo(bigramPerplexity(ruin.logProbs, scored), 1);
    expect(betterPpl).toBeLessThan(basePpl * 0.9);
    expect(ruinPpl).toBeGreaterThan(basePpl * 3);
  });

  it('a low-rank adapter changes only the most frequent previous tokens, and still has exactly the perplexity it was built for', async () => {
    const base = await generateTinyModel({ out: path.join(dir, 'base-r.gguf'), corpus: text, quantization: 'f32' });
    const low = await generateTinyLora({
      out: path.join(dir, 'rank8.gguf'),
      base: { corpus: text },
      target: { corpus: text, smoothing: 0.1 },
      rank: 8,
    });
    const full = await generateTinyLora({
      out: path.join(dir, 'rank-full.gguf'),
      base: { corpus: text },
      target: { corpus: text, smoothing: 0.1 },
    });
    const h = await readGgufHeader(low.path);
    expect(h.metadata['adapter.lora.alpha']).toBe(8);
    expect(h.tensors.map((t) => [t.name, t.dims])).toEqual([
      ['output.weight.lora_a', [288, 8]],
      ['output.weight.lora_b', [8, 258]],
    ]);
    const scored = new TextDecoder().decode(Buffer.from(text, 'utf8').subarray(0, 2048));
    const lowPpl = await perplexityWith(base.path, [low.path]);
    expect(lowPpl).toBeCloseTo(bigramPerplexity(low.logProbs, scored), 2);
    // Between the base and the full-rank adapter: better than the base, not as good as all contexts changed.
    expect(lowPpl).toBeLessThan(bigramPerplexity(base.logProbs, scored) * 0.9);
    expect(lowPpl).toBeGreaterThan(bigramPerplexity(full.logProbs, scored));
    await expect(
      generateTinyLora({ out: path.join(dir, 'bad.gguf'), base: { corpus: text }, target: { corpus: text }, rank: 0 }),
    ).rejects.toThrow(/rank 0 is not an integer from 1 to 258/);
  });
});
