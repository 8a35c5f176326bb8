/** A tiny model split as llama.cpp's gguf-split does: llama.cpp loads the set from the first file. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSharedLlama, loadLlamaModel } from '../../src/llama/runtime.js';
import { perplexityBatched, perplexityTokens } from '../../src/eval/backends/llama.js';
import { checkGgufFile } from '../../src/gguf/check.js';
import { readGgufHeader } from '../../src/gguf/reader.js';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { corpus, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let text: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  text = await corpus();
});
afterAll(async () => cleanup());

async function perplexity(file: string): Promise<number> {
  const llama = await getSharedLlama(false);
  const model = await loadLlamaModel(file, llama);
  try {
    const ctx = await model.createContext({ contextSize: 512, batchSize: 512, threads: 1 });
    const r = await perplexityBatched(model, ctx.getSequence(), perplexityTokens(model, text, 1024), 512);
    await ctx.dispose();
    return r.perplexity;
  } finally {
    await model.dispose();
  }
}

describe('split tiny models', () => {
  it('are named and numbered as llama.cpp expects, load from the first split and score as the whole file', async () => {
    const whole = await generateTinyModel({ out: path.join(dir, 'whole.gguf'), corpus: text });
    const split = await generateTinyModel({ out: path.join(dir, 'tiny.gguf'), corpus: text, split: 3 });
    expect(split.paths.map((p) => path.basename(p))).toEqual([
      'tiny-00001-of-00003.gguf',
      'tiny-00002-of-00003.gguf',
      'tiny-00003-of-00003.gguf',
    ]);
    const headers = await Promise.all(split.paths.map((p) => readGgufHeader(p)));
    expect(
      headers.map((h) => [h.metadata['split.no'], h.metadata['split.count'], h.metadata['split.tensors.count']]),
    ).toEqual([
      [0, 3, 12],
      [1, 3, 12],
      [2, 3, 12],
    ]);
    expect(headers[0].architecture).toBe('llama');
    expect(headers[1].architecture).toBeUndefined();
    expect(await perplexity(split.path)).toBeCloseTo(await perplexity(whole.path), 6);
    // The product's header check: the first split is a model; a later split is tensors only, and
    // cannot be the artifact's main file.
    await checkGgufFile(split.paths[0], 'f32');
    await checkGgufFile(split.paths[1], 'f32', { requireFileType: false });
    await expect(checkGgufFile(split.paths[1], 'f32')).rejects.toThrow(
      'split.no is 1: this is split 2 of a split model',
    );
  });
});
