/**
 * mreg serve applies LoRA adapters on their base: an adapter-only change on the same base swaps
 * the adapter without loading the base again, with zero failed requests; /model-info names the
 * adapter and its base; rollback between adapters and back to the plain base works from the cache.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { generateTinyLora } from '../../src/gguf/tiny-lora.js';
import { mreg } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { getJson, rollback, startCli, waitFor } from './helpers.js';

const CORPUS = 'the quick brown fox jumps over the lazy dog. a model registry follows git. '.repeat(6);
let repo: TestRepo;

async function run(args: string[]): Promise<void> {
  const r = await mreg(['--repo', repo.work, ...args]);
  if (r.code !== 0) throw new Error(`mreg ${args.join(' ')}: ${r.stderr}`);
}

const deploy = (model: string, version: string) =>
  run(['deploy', model, version, '--env', 'production', '--skip-gate', '--reason', 'test']);

beforeAll(async () => {
  repo = await makeRepo({ gate: false });
  const dir = path.join(repo.root, 'models');
  mkdirSync(dir);
  const base = path.join(dir, 'tiny.gguf');
  await generateTinyModel({ corpus: CORPUS, out: base });
  await run(['publish', base, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'f32']);
  // Two adapters of the same base that make it clearly different models: a fine-tune to another
  // text, and noise.
  for (const [version, target] of [
    ['1.0.0', { corpus: 'then quietly, a queen queued. '.repeat(10) }],
    ['1.1.0', { corpus: CORPUS, degrade: 'noise' as const, seed: 7 }],
  ] as const) {
    const out = path.join(dir, `lora-${version}.gguf`);
    await generateTinyLora({ out, base: { corpus: CORPUS }, target });
    await run([
      'publish',
      out,
      '--model',
      'tiny-lora',
      '--version',
      version,
      '--quantization',
      'f32',
      '--kind',
      'lora',
      '--base',
      'tiny-v1.0.0-f32',
    ]);
  }
  // Another base, with an adapter of its own.
  const base2 = path.join(dir, 'tiny2.gguf');
  await generateTinyModel({ corpus: CORPUS + 'and a second base. ', out: base2 });
  await run(['publish', base2, '--model', 'tiny', '--version', '2.0.0', '--quantization', 'f32']);
  const lora2 = path.join(dir, 'lora-2.0.0.gguf');
  await generateTinyLora({
    out: lora2,
    base: { corpus: CORPUS + 'and a second base. ' },
    target: { corpus: 'then quietly, a queen queued. '.repeat(10) },
  });
  await run([
    'publish',
    lora2,
    '--model',
    'tiny-lora',
    '--version',
    '2.0.0',
    '--quantization',
    'f32',
    '--kind',
    'lora',
    '--base',
    'tiny-v2.0.0-f32',
  ]);
  await deploy('tiny', '1.0.0');
});
afterAll(async () => {
  await repo?.cleanup();
});

const served = (url: string, id: string) =>
  waitFor(`${id} serving`, async () => {
    const r = await getJson(`${url}/model-info`);
    return r.body.artifact_id === id && r.body.state === 'serving' ? r.body : null;
  });

async function completion(url: string): Promise<{ text: string; artifact: string }> {
  const res = await fetch(`${url}/v1/completions`, {
    method: 'POST',
    body: JSON.stringify({ prompt: 'the q', max_tokens: 12, temperature: 0 }),
  });
  const j = await res.json();
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(j)}`);
  return { text: j.choices[0].text, artifact: res.headers.get('x-mreg-artifact')! };
}

describe('mreg serve with LoRA adapters', () => {
  it('applies the adapter, swaps adapters on the loaded base with zero failed requests, rolls back to the base', async () => {
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      path.join(repo.work, 'registry/registry.json'),
      '--cache',
      path.join(repo.root, 'cache'),
      '--port',
      '0',
    ]);
    try {
      const plain = await served(s.url, 'tiny-v1.0.0-f32');
      expect(plain).toMatchObject({ adapter: null, base: null });
      const baseText = (await completion(s.url)).text;

      await deploy('tiny-lora', '1.0.0');
      const first = await served(s.url, 'tiny-lora-v1.0.0-f32');
      expect(first.adapter).toMatchObject({
        id: 'tiny-lora-v1.0.0-f32',
        version: '1.0.0',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(first.base).toMatchObject({ id: 'tiny-v1.0.0-f32', sha256: plain.sha256 });
      const adapterText = (await completion(s.url)).text;

      // Continuous requests across the adapter-only switch.
      let running = true;
      const failures: string[] = [];
      const seen = new Map<string, string>();
      let ok = 0;
      const client = async () => {
        while (running) {
          try {
            const r = await completion(s.url);
            ok++;
            seen.set(r.artifact, r.text);
          } catch (err) {
            failures.push(String(err));
          }
        }
      };
      const clients = [client(), client()];
      await deploy('tiny-lora', '1.1.0');
      const second = await served(s.url, 'tiny-lora-v1.1.0-f32');
      const after = ok;
      await waitFor('requests after the switch', async () => ok >= after + 4);
      running = false;
      await Promise.all(clients);
      expect(failures).toEqual([]);
      expect([...seen.keys()]).toEqual(['tiny-lora-v1.0.0-f32', 'tiny-lora-v1.1.0-f32']);
      // The base in memory is the one loaded for the first adapter: only the adapter changed.
      expect(second.base.loaded_at).toBe(first.base.loaded_at);
      expect(second.adapter.sha256).not.toBe(first.adapter.sha256);
      // Each adapter changes what the base says (greedy decoding: deterministic per model).
      const noisyText = seen.get('tiny-lora-v1.1.0-f32')!;
      expect(new Set([baseText, adapterText, noisyText]).size, JSON.stringify([baseText, adapterText, noisyText])).toBe(
        3,
      );

      // A fresh server on an environment that runs an adapter serves base + adapter from the start.
      const fresh = await startCli([
        'serve',
        '--env',
        'production',
        '--source',
        path.join(repo.work, 'registry/registry.json'),
        '--cache',
        path.join(repo.root, 'cache-fresh'),
        '--port',
        '0',
      ]);
      try {
        const info = await served(fresh.url, 'tiny-lora-v1.1.0-f32');
        expect(info.base).toMatchObject({ id: 'tiny-v1.0.0-f32' });
        expect(await completion(fresh.url)).toEqual({ text: noisyText, artifact: 'tiny-lora-v1.1.0-f32' });
      } finally {
        expect(await fresh.stop()).toBe(0);
      }

      // Rollback to the previous adapter, then to the plain base: from the cache, same answers.
      const downloads = () => (s.stderr().match(/downloaded and verified/g) ?? []).length;
      const downloadedBefore = downloads();
      await rollback(repo);
      await served(s.url, 'tiny-lora-v1.0.0-f32');
      expect((await completion(s.url)).text).toBe(adapterText);
      await rollback(repo);
      const back = await served(s.url, 'tiny-v1.0.0-f32');
      expect(back).toMatchObject({ adapter: null, base: null });
      expect((await completion(s.url)).text).toBe(baseText);

      // An adapter on another base: the new pair is loaded (a new base, loaded now).
      await deploy('tiny-lora', '2.0.0');
      const other = await served(s.url, 'tiny-lora-v2.0.0-f32');
      expect(other.base.id).toBe('tiny-v2.0.0-f32');
      expect(other.base.loaded_at > first.base.loaded_at).toBe(true);
      expect((await completion(s.url)).artifact).toBe('tiny-lora-v2.0.0-f32');
      expect(downloadedBefore).toBeGreaterThan(0);
      // The rollbacks downloaded nothing: the only download since is the new adapter (with its base).
      expect(downloads()).toBe(downloadedBefore + 1);
      expect(s.stderr()).toContain('tiny-lora-v1.0.0-f32: verified copy in the cache');
      expect(s.stderr()).not.toMatch(/error/i);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});
