/**
 * `ignore_eos` on `mreg serve`: a completion of exactly max_tokens tokens even where the model ends
 * its answer earlier, as llama-server and vLLM give it, so that the gate's openai backend times the
 * same work on both versions when it measures through `mreg serve`.
 */
import path from 'node:path';
import type { LlamaContextSequence } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArtifactMetadata } from '../../src/core/documents.js';
import { OpenAiBackend } from '../../src/eval/backends/openai.js';
import { loadSuite } from '../../src/eval/suite.js';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { complete, LlamaEngine, type LoadedModel } from '../../src/serve/engine.js';
import { mreg } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { writeTestSuite } from '../eval/helpers.js';
import { deploy, startCli, waitForVersion, type ServeProcess } from './helpers.js';

async function post(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** The text and the last event of a streamed completion. */
async function streamed(url: string, body: Record<string, unknown>): Promise<{ text: string; last: any }> {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ ...body, stream: true }) });
  expect(res.status).toBe(200);
  const events = (await res.text())
    .split('\n\n')
    .map((e) => e.replace(/^data: /, '').trim())
    .filter((e) => e && e !== '[DONE]')
    .map((e) => JSON.parse(e));
  return { text: events.map((e) => e.choices[0].text).join(''), last: events[events.length - 1] };
}

describe('mreg serve: ignore_eos', () => {
  let repo: TestRepo;
  let s: ServeProcess;
  let completions: string;
  let file: string;
  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    // A bigram model of "ok!": after "!" the only continuation it has seen is the end of text.
    file = path.join(repo.root, 'ends.gguf');
    await generateTinyModel({ out: file, corpus: 'ok!', smoothing: 0.001, name: 'tiny ends' });
    const r = await mreg([
      '--repo',
      repo.work,
      'publish',
      file,
      '--model',
      'tiny',
      '--version',
      '1.0.0',
      '--quantization',
      'f32',
    ]);
    if (r.code !== 0) throw new Error(`publish: ${r.stderr}`);
    await deploy(repo, '1.0.0');
    s = await startCli([
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
    await waitForVersion(s.url, '1.0.0');
    completions = `${s.url}/v1/completions`;
  });
  afterAll(async () => {
    await s?.stop();
    await repo?.cleanup();
  });

  it('without it the answer ends early; with it the completion has exactly max_tokens tokens', async () => {
    const natural = await post(completions, { prompt: 'ok', max_tokens: 12, temperature: 0 });
    expect(natural.status).toBe(200);
    expect(natural.body.choices[0]).toMatchObject({ text: '!', finish_reason: 'stop' });
    expect(natural.body.usage.completion_tokens).toBeLessThan(12);

    const full = await post(completions, { prompt: 'ok', max_tokens: 12, temperature: 0, ignore_eos: true });
    expect(full.status).toBe(200);
    expect(full.body.choices[0].finish_reason).toBe('length');
    expect(full.body.choices[0].text.startsWith('!')).toBe(true);
    expect(full.body.usage.completion_tokens).toBe(12);
    expect(full.body.usage.total_tokens).toBe(full.body.usage.prompt_tokens + 12);

    // ignore_eos: false is the default behaviour.
    const off = await post(completions, { prompt: 'ok', max_tokens: 12, temperature: 0, ignore_eos: false });
    expect(off.body.choices[0]).toMatchObject({ text: '!', finish_reason: 'stop' });
  });

  it('streams the same text; sampling options and stop strings still apply', async () => {
    const body = { prompt: 'ok', max_tokens: 12, temperature: 0, ignore_eos: true };
    const whole = (await post(completions, body)).body;
    const stream = await streamed(completions, body);
    expect(stream.text).toBe(whole.choices[0].text);
    expect(stream.last.choices[0].finish_reason).toBe('length');
    expect(stream.last.usage.completion_tokens).toBe(12);

    const sampled = { ...body, temperature: 1.5, top_p: 0.9, seed: 7 };
    const a = (await post(completions, sampled)).body;
    const b = (await post(completions, sampled)).body;
    expect(a.usage.completion_tokens).toBe(12);
    expect(b.choices[0].text).toBe(a.choices[0].text);

    // A stop string cuts the text before it and ends the generation, streamed or not.
    const stop = { ...body, stop: ['k!'] };
    const cut = (await post(completions, { ...stop, prompt: 'o' })).body;
    expect(cut.choices[0]).toMatchObject({ text: '', finish_reason: 'stop' });
    expect(cut.usage.completion_tokens).toBeLessThan(12);
    const cutStream = await streamed(completions, { ...stop, prompt: 'o' });
    expect(cutStream.text).toBe('');
    expect(cutStream.last.choices[0].finish_reason).toBe('stop');
    // Past the end of text too: after "!" come the end-of-text token, then NUL bytes.
    const late = (await post(completions, { ...body, stop: ['\u0000'] })).body;
    expect(late.choices[0]).toMatchObject({ text: '!', finish_reason: 'stop' });
    expect(late.usage.completion_tokens).toBe(3);
  });

  it('a value other than true or false is refused with a 400 naming ignore_eos; so is it on chat', async () => {
    for (const v of ['yes', 1, {}]) {
      const r = await post(completions, { prompt: 'ok', max_tokens: 4, ignore_eos: v });
      expect(r.status).toBe(400);
      expect(r.body.error.message).toContain('ignore_eos must be true or false');
      expect(r.body.error.message).toContain(JSON.stringify(v));
    }
    const chat = await post(`${s.url}/v1/chat/completions`, {
      messages: [{ role: 'user', content: 'ok' }],
      max_tokens: 4,
      ignore_eos: true,
    });
    expect(chat.status).toBe(400);
    expect(chat.body.error.message).toContain('ignore_eos');
    expect(chat.body.error.message).toContain('/v1/completions');
  });

  it("the gate's openai backend times exactly max_tokens tokens against mreg serve", async () => {
    const suite = await loadSuite(await writeTestSuite(repo.root, { repetitions: 1 }));
    const session = await new OpenAiBackend({ url: s.url }).open('', suite);
    const answer = await session.generate('ok', 12);
    expect(answer).toEqual({ text: '!', tokens: 1 });
    const timed = await session.generateTimed('ok', 12);
    expect(timed.tokens).toBe(12);
    expect(timed.text.startsWith('!')).toBe(true);
  });

  it('a client that hangs up stops the generation', async () => {
    await withEngine(file, async (m, seq) => {
      // The server aborts this signal when the client's connection closes; here, at the first text.
      const hangUp = new AbortController();
      const g = await complete(m, seq, 'ok', {
        maxTokens: 32768,
        temperature: 0,
        ignoreEos: true,
        signal: hangUp.signal,
        onTextChunk: () => hangUp.abort(),
      });
      expect(g).toMatchObject({ text: '!', finishReason: 'stop', completionTokens: 1 });
    });
  });

  it('streams whole characters only, and a stop string takes back none of what was streamed', async () => {
    // One token per byte: "è" is two tokens, the first of which decodes to no character on its own.
    const accents = path.join(repo.root, 'accents.gguf');
    await generateTinyModel({ out: accents, corpus: 'très bien.', smoothing: 0.001, name: 'tiny accents' });
    await withEngine(accents, async (m, seq) => {
      for (const [stop, text] of [
        [[], 'ès bien.'],
        [['bien'], 'ès '],
        [['è', 'zz'], ''],
      ] as const) {
        const chunks: string[] = [];
        const g = await complete(m, seq, 'tr', {
          maxTokens: 12,
          temperature: 0,
          stop: [...stop],
          ignoreEos: true,
          onTextChunk: (t) => chunks.push(t),
        });
        expect(g.text.startsWith(text)).toBe(true);
        if (stop.length) expect(g).toMatchObject({ text, finishReason: 'stop' });
        else expect(g).toMatchObject({ finishReason: 'length', completionTokens: 12 });
        expect(chunks.join('')).toBe(g.text);
        for (const c of chunks) expect(c).not.toContain('\uFFFD');
      }
    });
  });
});

/** A LlamaEngine in this process serving `file`, for what HTTP cannot show (the signal, each chunk). */
async function withEngine(
  file: string,
  fn: (m: LoadedModel, seq: LlamaContextSequence) => Promise<void>,
): Promise<void> {
  const engine = new LlamaEngine({ gpu: false, threads: 1, parallel: 1 });
  try {
    const meta = { model: 'tiny', version: '1.0.0' } as ArtifactMetadata;
    await engine.activate({ id: 'tiny@1.0.0', meta, path: file, paths: [file], downloaded: false });
    await engine.withModel(fn);
  } finally {
    await engine.close();
  }
}
