/**
 * The gate's timed requests do the same work on both sides: exactly max_tokens tokens, even where
 * the model would end its answer (two versions end at different lengths).
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LlamaBackend } from '../../src/eval/backends/llama.js';
import { loadSuite } from '../../src/eval/suite.js';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { tempDir, writeTestSuite } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(async () => cleanup());

it('a timed generation runs past the end of text to max_tokens; an answer stops there', async () => {
  // A bigram model of "ok!": after "!" the only continuation it has seen is the end of text.
  const model = await generateTinyModel({ out: path.join(dir, 'ends.gguf'), corpus: 'ok!', smoothing: 0.001 });
  const suite = await loadSuite(await writeTestSuite(dir, { repetitions: 1 }));
  const session = await new LlamaBackend({ threads: 1 }).open(model.path, suite);
  try {
    const answer = await session.generate('ok', 12);
    expect(answer.text).toBe('!');
    expect(answer.tokens).toBe(1);
    const timed = await session.generateTimed('ok', 12);
    expect(timed.tokens).toBe(12);
    expect(timed.text.startsWith('!')).toBe(true);
  } finally {
    await session.close();
  }
});
