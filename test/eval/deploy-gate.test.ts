/**
 * Deploy with the gate and smoke stages of src/ops/gate.ts, in a real GitOps repository with a
 * folder store: a better version moves the pointer and stores its metrics; a bad one is refused
 * and the pointer, the registry file and the branch stay as they were.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/state/context.js';
import { deployVersion } from '../../src/ops/deploy.js';
import { storeStageHooks } from '../../src/ops/fetch.js';
import { gateStageHooks } from '../../src/ops/gate.js';
import { mregJson } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { makeModel, tempDir, testConfig } from './helpers.js';

let repo: TestRepo;
let models: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  process.env.MREG_LLAMA_GPU = 'false';
  repo = await makeRepo();
  models = await tempDir();
  // Thresholds as in the other eval tests (latency of a tiny model on a shared box is noise).
  const file = path.join(repo.work, 'registry/config.json');
  const config = JSON.parse(await readFile(file, 'utf8'));
  config.gate.metrics = testConfig().gate.metrics;
  await writeFile(file, JSON.stringify(config, null, 2) + '\n');
  repo.git(['commit', '--quiet', '-am', 'test: gate thresholds']);
  repo.git(['push', '--quiet', 'origin', 'main']);
  for (const v of ['2.0.0', '2.1.0', '2.2.0']) {
    const file = await makeModel(models.dir, v, 'f16');
    await mregJson(['publish', file, '--model', 'tiny', '--version', v, '--quantization', 'f16'], {
      cwd: repo.work,
      env: { CI: '1' },
    });
  }
});
afterAll(async () => {
  await repo?.cleanup();
  await models?.cleanup();
});

describe('deploy runs the gate and the smoke test', () => {
  it('deploys v2.0.0 then the better v2.1.0 (metrics stored), refuses the bad v2.2.0 and leaves the pointer', async () => {
    const ctx = await openContext({ repo: repo.work, push: false });
    const store = storeStageHooks({ cacheDir: path.join(repo.root, 'cache') });
    const hooks = { ...store, ...gateStageHooks(store.download) };

    const first = await deployVersion(ctx, { env: 'staging', model: 'tiny', version: '2.0.0' }, hooks);
    expect(first.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'check-store:ok',
      'download:ok',
      'gate:ok',
      'smoke:ok',
      'update-registry:ok',
    ]);
    expect(first.gate!.markdown).toMatch(/First deployment in this environment/);

    const better = await deployVersion(ctx, { env: 'staging', model: 'tiny', version: '2.1.0' }, hooks);
    expect(better.gate!.verdict).toBe('pass');
    expect((better.gate!.json as { baseline: { source: string } }).baseline.source).toBe('remeasured');
    const reg1 = JSON.parse(await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8'));
    expect(reg1.environments.staging.version).toBe('2.1.0');
    const stored = reg1.history.at(-1);
    expect(stored.gate).toBe('pass');
    expect(stored.metrics.perplexity).toBeGreaterThan(1);
    expect(stored.metrics.accuracy).toBe(1);

    const before = await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8');
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const err = await deployVersion(ctx, { env: 'staging', model: 'tiny', version: '2.2.0' }, hooks).then(
      () => null,
      (e: unknown) => e as Error & { code: string },
    );
    expect(err?.code).toBe('GATE_FAILED');
    expect(err?.message).toMatch(/perplexity ↓ \|[^\n]*\*\*FAIL\*\*/);
    expect(await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8')).toBe(before);
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(head);
  });
});
