/** The generated models are real: llama.cpp loads them and computes the bigram perplexity. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Llama } from 'node-llama-cpp';
import { MregError } from '../../src/core/errors.js';
import { getSharedLlama, loadLlamaModel } from '../../src/llama/runtime.js';
import {
  perplexityBatched,
  perplexityNative,
  perplexityTokenByToken,
  perplexityTokens,
} from '../../src/eval/backends/llama.js';
import { readGgufHeader } from '../../src/gguf/reader.js';
import {
  bigramPerplexity,
  extraTokenMass,
  generateTinyModel,
  tinyTokenize,
  TINY_BOS,
  TINY_VOCAB,
} from '../../src/gguf/tiny-model.js';
import { corpus, tempDir } from './helpers.js';
import { readFile, writeFile } from 'node:fs/promises';

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

async function llamaPerplexity(file: string): Promise<number> {
  const model = await loadLlamaModel(file, llama);
  try {
    const ctx = await model.createContext({ contextSize: 512, batchSize: 512, threads: 1 });
    const r = await perplexityBatched(model, ctx.getSequence(), perplexityTokens(model, text, null), 512);
    await ctx.dispose();
    return r.perplexity;
  } finally {
    await model.dispose();
  }
}

describe('tiny bigram models', () => {
  it('load in llama.cpp in f32, f16 and q8_0, with general.file_type to match', async () => {
    for (const [q, ft] of [
      ['f32', 0],
      ['f16', 1],
      ['q8_0', 7],
    ] as const) {
      const m = await generateTinyModel({ out: path.join(dir, `m-${q}.gguf`), corpus: text, quantization: q });
      const h = await readGgufHeader(m.path);
      expect(h.fileType).toBe(ft);
      expect(h.quantization).toBe(q);
      const model = await loadLlamaModel(m.path, llama);
      expect(model.tokenize('the quiz')).toEqual(tinyTokenize('the quiz'));
      await model.dispose();
    }
  });

  it('have the perplexity of their bigram model, through the batched route', async () => {
    const m = await generateTinyModel({ out: path.join(dir, 'p-f32.gguf'), corpus: text });
    const expected = bigramPerplexity(m.logProbs, text);
    expect(await llamaPerplexity(m.path)).toBeCloseTo(expected, 3);
    // Quantized: close, not equal.
    const q = await generateTinyModel({ out: path.join(dir, 'p-q8.gguf'), corpus: text, quantization: 'q8_0' });
    const pq = await llamaPerplexity(q.path);
    expect(Math.abs(pq - expected) / expected).toBeLessThan(0.02);
  });

  it('order as intended: better < good < degraded (shuffle) < degraded (noise)', async () => {
    const ppl: Record<string, number> = {};
    for (const [name, o] of Object.entries({
      good: {},
      better: { smoothing: 0.1 },
      shuffle: { degrade: 'shuffle' as const },
      noise: { degrade: 'noise' as const },
    })) {
      ppl[name] = await llamaPerplexity(
        (await generateTinyModel({ out: path.join(dir, `o-${name}.gguf`), corpus: text, quantization: 'f16', ...o }))
          .path,
      );
    }
    expect(ppl.better).toBeLessThan(ppl.good * 0.8);
    expect(ppl.shuffle).toBeGreaterThan(ppl.good * 1.5);
    expect(ppl.noise).toBeGreaterThan(ppl.shuffle);
  });

  it('batched and token-by-token perplexity agree', async () => {
    const m = await generateTinyModel({ out: path.join(dir, 't.gguf'), corpus: text, quantization: 'f16' });
    const model = await loadLlamaModel(m.path, llama);
    const ctx = await model.createContext({ contextSize: 64, batchSize: 64, threads: 1 });
    const toks = perplexityTokens(model, text, 100); // two windows of 64 with carry-over
    const seq = ctx.getSequence();
    const a = await perplexityBatched(model, seq, toks, 64);
    const b = await perplexityTokenByToken(model, seq, toks, 64);
    expect(a.tokens).toBe(100);
    expect(b.tokens).toBe(100);
    expect(a.perplexity).toBeCloseTo(b.perplexity, 3);
    await ctx.dispose();
    await model.dispose();
  });

  it('the native route finds the perplexity of the whole-distribution route, in every window, on a real-size vocabulary', async () => {
    // A vocabulary of 4096 (the bigram's 258 tokens and unused ones, as a real model has): the
    // native route reads the log-probabilities in llama.cpp, and its greedy and top-64 samplers must
    // give what the whole distribution gives, including where the real token is not the greedy one.
    const m = await generateTinyModel({
      out: path.join(dir, 'v4k.gguf'),
      corpus: text,
      quantization: 'f16',
      shape: { vocab: 4096, layers: 2 },
    });
    expect(m.vocab).toBe(4096);
    const model = await loadLlamaModel(m.path, llama);
    const ctx = await model.createContext({ contextSize: 64, batchSize: 64, threads: 1 });
    const seq = ctx.getSequence();
    const toks = perplexityTokens(model, text, 300);
    const a = await perplexityNative(model, seq, toks, 64);
    const b = await perplexityBatched(model, seq, toks, 64);
    expect(a?.route).toBe('native');
    expect(a?.tokens).toBe(300);
    expect(a?.perplexity).toBeCloseTo(b.perplexity, 6);
    // And both are the bigram's own perplexity on those tokens (the unused tokens take no mass).
    let sum = 0;
    toks.forEach((t, i) => (sum += m.logProbs[(i === 0 ? TINY_BOS : toks[i - 1]) * TINY_VOCAB + t]));
    expect(a?.perplexity).toBeCloseTo(Math.exp(-sum / toks.length + extraTokenMass(m.vocab)), 2);
    await ctx.dispose();
    await model.dispose();
  });

  it('a truncated model is refused with a GGUF error before llama.cpp sees it', async () => {
    const m = await generateTinyModel({ out: path.join(dir, 'cut-src.gguf'), corpus: text, quantization: 'q8_0' });
    const bytes = await readFile(m.path);
    const cut = path.join(dir, 'cut.gguf');
    await writeFile(cut, bytes.subarray(0, bytes.length - 4096));
    const err = await loadLlamaModel(cut, llama).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MregError);
    expect((err as MregError).code).toBe('GGUF');
    expect((err as MregError).message).toMatch(/truncated: tensor output\.weight/);
  });
});
