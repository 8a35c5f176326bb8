/**
 * A full fine-tune of several files (GGUF splits) end to end through the real CLI: written by
 * `mreg tiny-model --split`, published as one artifact with every file's sha256 and size, gated
 * and smoke-tested from the first split, served, and rolled back from.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { getJson, startCli, waitFor } from '../serve/helpers.js';
import { CORPUS_FILE, tempDir, testConfig } from './helpers.js';

const env = { CI: '1', MREG_LLAMA_GPU: 'false' };
let repo: TestRepo;
let models: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  repo = await makeRepo();
  models = await tempDir();
  const file = path.join(repo.work, 'registry/config.json');
  const config = JSON.parse(await readFile(file, 'utf8'));
  config.gate.metrics = testConfig().gate.metrics;
  await writeFile(file, JSON.stringify(config, null, 2) + '\n');
  repo.git(['commit', '--quiet', '-am', 'test: gate thresholds']);
  repo.git(['push', '--quiet', 'origin', 'main']);
});
afterAll(async () => {
  await repo?.cleanup();
  await models?.cleanup();
});

const served = (url: string, id: string) =>
  waitFor(`${id} serving`, async () => {
    const r = await getJson(`${url}/model-info`);
    return r.body.artifact_id === id && r.body.state === 'serving' ? r.body : null;
  });

describe('a full fine-tune split into several files', () => {
  it('is published as one artifact, gated and smoke-tested from its first split, served and rolled back from', async () => {
    const single = await mregJson(
      ['tiny-model', '--out', path.join(models.dir, 'tiny.gguf'), '--corpus', CORPUS_FILE],
      { cwd: models.dir, env },
    );
    const split = await mregJson(
      [
        'tiny-model',
        '--out',
        path.join(models.dir, 'ft.gguf'),
        '--corpus',
        CORPUS_FILE,
        '--smoothing',
        '0.1',
        '--split',
        '3',
      ],
      {
        cwd: models.dir,
        env,
      },
    );
    expect(split.paths.map((p: string) => path.basename(p))).toEqual([
      'ft-00001-of-00003.gguf',
      'ft-00002-of-00003.gguf',
      'ft-00003-of-00003.gguf',
    ]);
    await mregJson(['publish', single.path, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'f32'], {
      cwd: repo.work,
      env,
    });
    // A later split cannot be the main file: llama.cpp loads the set from the first.
    const wrongOrder = await mreg(
      [
        'publish',
        split.paths[1],
        split.paths[0],
        split.paths[2],
        '--model',
        'ft',
        '--version',
        '1.0.0',
        '--quantization',
        'f32',
        '--kind',
        'full',
      ],
      {
        cwd: repo.work,
        env,
      },
    );
    expect(wrongOrder.code).toBe(1);
    expect(wrongOrder.stderr).toContain('split.no is 1: this is split 2 of a split model');
    const pub = await mregJson(
      ['publish', ...split.paths, '--model', 'ft', '--version', '1.0.0', '--quantization', 'f32', '--kind', 'full'],
      {
        cwd: repo.work,
        env,
      },
    );
    expect(pub.metadata.files).toHaveLength(3);
    expect(pub.metadata.files.map((f: { uri: string }) => path.basename(f.uri))).toEqual(
      split.paths.map((p: string) => path.basename(p)),
    );
    for (const f of pub.metadata.files)
      expect(f).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: expect.any(Number) });

    await mregJson(['deploy', 'tiny', '1.0.0', '--env', 'staging'], { cwd: repo.work, env });
    const s = await startCli([
      'serve',
      '--env',
      'staging',
      '--source',
      path.join(repo.work, 'registry/registry.json'),
      '--cache',
      path.join(repo.root, 'cache'),
      '--port',
      '0',
    ]);
    try {
      await served(s.url, 'tiny-v1.0.0-f32');
      const deployed = await mreg(['deploy', 'ft', '1.0.0', '--env', 'staging', '--json'], { cwd: repo.work, env });
      expect(deployed.code, deployed.stderr).toBe(0);
      const out = JSON.parse(deployed.stdout);
      expect(out.stages.map((x: { name: string; status: string }) => `${x.name}:${x.status}`)).toEqual([
        'check-store:ok',
        'download:ok',
        'gate:ok',
        'smoke:ok',
        'update-registry:ok',
      ]);
      // Less smoothing: a better model than the one it replaces, measured from the split files.
      expect(out.gate.candidate.metrics.perplexity).toBeLessThan(out.gate.baseline.metrics.perplexity);
      const info = await served(s.url, 'ft-v1.0.0-f32');
      expect(path.basename(info.path)).toBe('ft-00001-of-00003.gguf');
      const res = await fetch(`${s.url}/v1/completions`, {
        method: 'POST',
        body: JSON.stringify({ prompt: 'the q', max_tokens: 6, temperature: 0 }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-mreg-artifact')).toBe('ft-v1.0.0-f32');

      const back = await mreg(['rollback', '--env', 'staging', '--reason', 'test'], { cwd: repo.work, env });
      expect(back.code, back.stderr).toBe(0);
      await served(s.url, 'tiny-v1.0.0-f32');
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});
