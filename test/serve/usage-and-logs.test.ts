import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { mreg } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { deploy, startCli, waitForVersion } from './helpers.js';

const CORPUS = 'the quick brown fox jumps over the lazy dog. a model registry follows git. ';

/**
 * What a client and an operator read from `mreg serve`: usage counts the tokens the model
 * generated (never more than max_tokens), and every log line starts with its time (ISO 8601).
 */
describe('mreg serve: usage and log lines', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    // A noisy model generates any byte, so its text holds invalid UTF-8: decoded, then tokenized
    // again, such text counts more tokens than were generated.
    repo = await makeRepo({ gate: false });
    const file = path.join(repo.root, 'tiny-noise.gguf');
    await generateTinyModel({ corpus: CORPUS.repeat(5), out: file, name: 'tiny noise', degrade: 'noise' });
    const r = await mreg([
      '--repo',
      repo.work,
      'publish',
      file,
      '--model',
      'tiny',
      '--version',
      '2.0.0',
      '--quantization',
      'f32',
    ]);
    if (r.code !== 0) throw new Error(`publish: ${r.stderr}`);
    await deploy(repo, '2.0.0');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  it('usage.completion_tokens is the number of generated tokens; log lines carry timestamps', async () => {
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      `file:${path.join(repo.work, 'registry/registry.json')}`,
      '--cache',
      path.join(repo.root, 'cache'),
      '--port',
      '0',
    ]);
    try {
      await waitForVersion(s.url, '2.0.0');
      for (const [prompt, max, seed] of [
        ['the quick', 1, 1],
        ['the quick', 5, 2],
        ['once upon a time', 16, 3],
        ['a', 32, 4],
        ['the model', 64, 5],
      ] as const) {
        const c = await fetch(`${s.url}/v1/completions`, {
          method: 'POST',
          body: JSON.stringify({ prompt, max_tokens: max, temperature: 1, seed }),
        });
        const cj = await c.json();
        expect(cj.usage.completion_tokens).toBeGreaterThan(0);
        expect(cj.usage.completion_tokens).toBeLessThanOrEqual(max);
        // A completion cut by max_tokens generated exactly max_tokens tokens.
        if (cj.choices[0].finish_reason === 'length') expect(cj.usage.completion_tokens).toBe(max);
        expect(cj.usage.total_tokens).toBe(cj.usage.prompt_tokens + cj.usage.completion_tokens);
      }
      const chat = await fetch(`${s.url}/v1/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }], max_tokens: 4, temperature: 0 }),
      });
      const usage = (await chat.json()).usage;
      expect(usage.completion_tokens).toBeGreaterThan(0);
      expect(usage.completion_tokens).toBeLessThanOrEqual(4);
    } finally {
      await s.stop();
    }
    const lines = s.stderr().trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /);
    expect(lines.some((l) => / mreg serve listening on http:\/\/127\.0\.0\.1:\d+/.test(l))).toBe(true);
  });
});
