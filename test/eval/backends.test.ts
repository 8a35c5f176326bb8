/** The openai backend against a real HTTP server serving a GGUF model; the command backend. */
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MregError } from '../../src/core/errors.js';
import { LlamaBackend } from '../../src/eval/backends/llama.js';
import { evaluate, createBackend } from '../../src/eval/run-suite.js';
import { loadSuite } from '../../src/eval/suite.js';
import { runGate } from '../../src/ops/gate.js';
import { ROOT, entry, makeModel, tempDir, testConfig, writeTestSuite } from './helpers.js';
import { startOpenAiServer, type TestServer } from './openai-server.js';

let dir: string;
let cleanup: () => Promise<void>;
let suitePath: string;
let good: string;
let bad: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  suitePath = await writeTestSuite(dir, { repetitions: 1 });
  good = await makeModel(dir, '2.0.0', 'f16');
  bad = await makeModel(dir, '2.2.0', 'f16');
});
afterAll(async () => cleanup());

describe('openai backend', () => {
  let server: TestServer;
  let plain: TestServer;
  beforeAll(async () => {
    server = await startOpenAiServer(good, { logprobs: true });
    plain = await startOpenAiServer(bad, { logprobs: false });
  });
  afterAll(async () => {
    await server?.close();
    await plain?.close();
  });

  it('measures perplexity from prompt logprobs, accuracy, latency and tokens/s over HTTP', async () => {
    const suite = await loadSuite(suitePath);
    const remote = await evaluate(suite, createBackend('openai', { openaiUrl: server.url + '/v1' }), server.url);
    const local = await evaluate(suite, new LlamaBackend({ gpu: false }), good);
    expect(remote.backend).toBe('openai');
    expect(remote.device).toMatch(/^remote: 127\.0\.0\.1:\d+$/);
    // The server scores in chunks (first token of each without context): close to, not exactly, local.
    expect(
      Math.abs(remote.metrics.perplexity.value! - local.metrics.perplexity.value!) / local.metrics.perplexity.value!,
    ).toBeLessThan(0.05);
    expect(remote.metrics.accuracy.value).toBe(local.metrics.accuracy.value);
    expect(remote.metrics.latency_p50_ms.value!).toBeGreaterThan(0);
    expect(remote.metrics.tokens_per_s.value!).toBeGreaterThan(0);
    expect(remote.metrics.load_ms.value).toBeNull();
    expect(server.requests).toBeGreaterThan(suite.accuracy.length);
  });

  it('reports perplexity as not available when the server gives no logprobs, and the gate skips it', async () => {
    const suite = await loadSuite(suitePath);
    const r = await evaluate(suite, createBackend('openai', { openaiUrl: plain.url }), plain.url);
    expect(r.metrics.perplexity.value).toBeNull();
    expect(r.notes.join(' ')).toMatch(/perplexity is not available/);
    const history = [entry('2.0.0', 'f16')];
    const g = await runGate({
      candidatePath: bad,
      candidateId: 'tiny-v2.2.0-f16',
      candidateQuantization: 'f16',
      baselineEntry: history[0],
      history,
      env: 'staging',
      config: testConfig(),
      repoRoot: ROOT,
      suitePath,
      backend: 'openai',
      backendOptions: { openaiUrl: plain.url, baselineOpenaiUrl: server.url },
    });
    const ppl = g.json.metrics.find((m) => m.metric === 'perplexity')!;
    expect(ppl.verdict).toBe('skipped');
    expect(g.json.metrics.find((m) => m.metric === 'accuracy')!.verdict).toBe('fail');
    expect(g.verdict).toBe('fail');
    expect(g.json.baseline).toMatchObject({ source: 'remeasured' });
  });

  it('gives a clear error when the server is not there or answers garbage', async () => {
    const suite = await loadSuite(suitePath);
    const gone = createBackend('openai', { openaiUrl: 'http://127.0.0.1:9/v1' });
    await expect(gone.runOnce('', suite)).rejects.toThrow(
      /openai backend: POST http:\/\/127\.0\.0\.1:9\/v1\/completions failed/,
    );
    expect(() => createBackend('openai', {})).toThrow(/needs a server URL/);
  });
});

describe('command backend', () => {
  async function script(name: string, body: string): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, `#!/usr/bin/env node\n${body}\n`);
    await chmod(file, 0o755);
    return file;
  }

  it('runs the command without a shell, once per repetition, and reads its metrics JSON', async () => {
    const cmd = await script(
      'bench.mjs',
      `
      const [model, rep] = process.argv.slice(2);
      if (!model.endsWith('.gguf') || process.env.MREG_SUITE === undefined) process.exit(3);
      console.log(JSON.stringify({ perplexity: 10 + Number(rep) * 0.01, accuracy: 0.75, latency_p50_ms: 12, custom_score: null }));`,
    );
    const suite = await loadSuite(await writeTestSuite(dir, { repetitions: 3 }));
    // A model path with shell metacharacters is passed verbatim (no shell).
    const weird = path.join(dir, 'a b;$(echo x).gguf');
    const r = await evaluate(
      suite,
      createBackend('command', { command: [process.execPath, cmd, '{model}', '{repetition}'] }),
      weird,
    );
    expect(r.metrics.perplexity.samples).toEqual([10, 10.01, 10.02]);
    expect(r.metrics.perplexity.value).toBeCloseTo(10.01);
    expect(r.metrics.perplexity.spread!).toBeCloseTo(0.02 / 10.01);
    expect(r.metrics.accuracy.value).toBe(0.75);
    expect(r.metrics.latency_p50_ms.value).toBe(12);
    expect(r.metrics.custom_score.value).toBeNull();
  });

  it('refuses garbage output, non-numbers, failures and missing commands with clear errors', async () => {
    const suite = await loadSuite(await writeTestSuite(dir, { repetitions: 1 }));
    const run = async (body: string) => {
      const cmd = await script(`c${Math.random().toString(36).slice(2)}.mjs`, body);
      return createBackend('command', { command: [process.execPath, cmd] })
        .runOnce(good, suite)
        .then(
          () => null,
          (e: unknown) => e as MregError,
        );
    };
    const garbage = await run(`console.log('Loading model... done\\nppl = 9.1')`);
    expect(garbage).toBeInstanceOf(MregError);
    expect(garbage!.code).toBe('EVAL');
    expect(garbage!.message).toMatch(/must print one JSON object of metrics on stdout, it printed "Loading model/);
    expect((await run(`console.log('[1,2]')`))!.message).toMatch(/expected a JSON object/);
    expect((await run(`console.log(JSON.stringify({ perplexity: 'low' }))`))!.message).toMatch(
      /perplexity: "low", expected a finite number or null/,
    );
    expect((await run(`console.error('out of memory'); process.exit(2)`))!.message).toMatch(
      /failed \(2\): out of memory/,
    );
    const missing = await createBackend('command', { command: [path.join(dir, 'no-such-bench')] })
      .runOnce(good, suite)
      .then(
        () => null,
        (e: unknown) => e as MregError,
      );
    expect(missing!.message).toMatch(/not found/);
  });
});
