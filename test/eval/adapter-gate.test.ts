/**
 * A LoRA adapter is gated and smoke-tested as what it serves, base + adapter, through the real
 * CLI: against the base alone when the environment runs the base, against the live adapter when
 * the environment runs an adapter on the same base. One built to ruin the model is refused and
 * the pointer stays.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyLora } from '../../src/gguf/tiny-lora.js';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { VARIANTS, corpus, makeModel, tempDir, testConfig } from './helpers.js';

const env = { CI: '1', MREG_LLAMA_GPU: 'false' };
let repo: TestRepo;
let models: { dir: string; cleanup: () => Promise<void> };

const registry = async () => JSON.parse(await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8'));

beforeAll(async () => {
  repo = await makeRepo();
  models = await tempDir();
  const file = path.join(repo.work, 'registry/config.json');
  const config = JSON.parse(await readFile(file, 'utf8'));
  config.gate.metrics = testConfig().gate.metrics;
  await writeFile(file, JSON.stringify(config, null, 2) + '\n');
  repo.git(['commit', '--quiet', '-am', 'test: gate thresholds']);
  repo.git(['push', '--quiet', 'origin', 'main']);
  const text = await corpus();
  const base = await makeModel(models.dir, '2.0.0', 'f16');
  await mregJson(['publish', base, '--model', 'tiny', '--version', '2.0.0', '--quantization', 'f16'], {
    cwd: repo.work,
    env,
  });
  // 1.0.0 makes the base a better model (less smoothing); 1.1.0 adds noise to every log-prob.
  for (const [version, target] of [
    ['1.0.0', { corpus: text, smoothing: 0.1 }],
    ['1.1.0', { corpus: text, degrade: 'noise' as const }],
  ] as const) {
    const out = path.join(models.dir, `tiny-lora-${version}.gguf`);
    await generateTinyLora({ out, base: { corpus: text, ...VARIANTS['2.0.0'] }, target });
    await mregJson(
      [
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
        'tiny-v2.0.0-f16',
      ],
      {
        cwd: repo.work,
        env,
      },
    );
  }
  await mregJson(['deploy', 'tiny', '2.0.0', '--env', 'staging'], { cwd: repo.work, env });
});
afterAll(async () => {
  await repo?.cleanup();
  await models?.cleanup();
});

describe('deploying a LoRA adapter', () => {
  it('gates base + adapter against the base alone, smoke-tests it, then against the live adapter; a ruinous adapter is refused', async () => {
    const good = await mreg(['deploy', 'tiny-lora', '1.0.0', '--env', 'staging', '--json'], { cwd: repo.work, env });
    expect(good.code, good.stderr).toBe(0);
    const out = JSON.parse(good.stdout);
    const stages = Object.fromEntries(
      out.stages.map((s: { name: string; status: string; detail: string }) => [s.name, s]),
    );
    expect(stages.gate.status).toBe('ok');
    expect(stages.smoke.status).toBe('ok');
    const gate = out.gate;
    expect(gate.baseline).toMatchObject({ id: 'tiny-v2.0.0-f16', source: 'remeasured', history_id: null });
    expect(gate.notes).toContain(
      'Adapter gate: base tiny-v2.0.0-f16 + tiny-lora-v1.0.0-f32 against tiny-v2.0.0-f16 alone (the environment runs tiny-v2.0.0-f16 alone).',
    );
    // The adapter was built to lower the perplexity (smoothing 1 -> 0.1): measured on the base, it does.
    expect(gate.candidate.metrics.perplexity).toBeLessThan(gate.baseline.metrics.perplexity * 0.9);
    expect((await registry()).environments.staging).toMatchObject({ model: 'tiny-lora', version: '1.0.0' });

    const before = await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8');
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    // The refusal goes to stderr; the gate's report to stdout, as on success.
    const bad = await mreg(['deploy', 'tiny-lora', '1.1.0', '--env', 'staging'], { cwd: repo.work, env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('gate fail for tiny-lora-v1.1.0-f32 in staging; the pointer was not moved');
    expect(bad.stdout).toContain('FAIL for `tiny-lora-v1.1.0-f32` vs `tiny-lora-v1.0.0-f32`');
    expect(bad.stdout).toMatch(/perplexity ↓ \|[^\n]*\*\*FAIL\*\*/);
    expect(bad.stdout).toContain(
      "Adapter gate: base tiny-v2.0.0-f16 + tiny-lora-v1.1.0-f32 against base tiny-v2.0.0-f16 + tiny-lora-v1.0.0-f32, the environment's live adapter on the same base.",
    );
    expect(await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8')).toBe(before);
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(head);

    // `mreg gate` (pull requests) takes the same baseline as deploy's gate stage.
    const prGate = await mreg(['gate', 'tiny-lora-v1.1.0-f32', '--env', 'staging', '--json'], { cwd: repo.work, env });
    expect(prGate.code).toBe(1);
    const report = JSON.parse(prGate.stdout);
    expect(report).toMatchObject({ verdict: 'fail', baseline: { id: 'tiny-lora-v1.0.0-f32', source: 'remeasured' } });
  });
});
