// The CLI as a person meets it: help, "did you mean", list, show, history with the gate's verdict,
// compare (the gate between two registered versions, no environment touched), and a deploy's
// report on stdout whether it succeeds or is refused. Real tiny GGUF models, llama.cpp on the CPU.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { makeModel, tempDir, testConfig } from '../eval/helpers.js';

describe('the CLI front door', () => {
  let repo: TestRepo;
  let models: { dir: string; cleanup: () => Promise<void> };
  const env = { CI: '1', MREG_LLAMA_GPU: 'false' };
  const run = (args: string[]) => mreg(['--repo', repo.work, ...args], { env });
  const heads = () => [repo.git(['rev-parse', 'HEAD']), repo.git(['rev-parse', 'main'], repo.remote)];

  beforeAll(async () => {
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
      const model = await makeModel(models.dir, v, 'f16');
      await mregJson(
        ['--repo', repo.work, 'publish', model, '--model', 'tiny', '--version', v, '--quantization', 'f16'],
        { env },
      );
    }
  });
  afterAll(async () => {
    await repo?.cleanup();
    await models?.cleanup();
  });

  it('mreg alone prints the help and exits 2; an unknown command gets "did you mean", without a doubled prefix', async () => {
    const bare = await mreg([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Usage: mreg/m);
    expect(bare.stdout).toMatch(/^ {2}list +/m);
    expect(bare.stdout).toMatch(/^ {2}compare +/m);
    expect((await mreg(['--help'])).code).toBe(0);
    const typo = await mreg(['histroy']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('mreg: error: unknown command "histroy"; did you mean "history"? (see mreg --help)\n');
    const missing = await run(['deploy', 'tiny']);
    expect(missing.stderr).toMatch(/^mreg deploy: error: missing VERSION/);
  });

  it('a deploy report goes to stdout when it succeeds and when the gate refuses; the error and the exact flags to stderr', async () => {
    const first = await run(['deploy', 'tiny', '2.0.0', '--env', 'staging', '--skip-gate', '--reason', 'first']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^stage\s+status/);
    const before = heads();
    const bad = await run(['deploy', 'tiny', '2.2.0', '--env', 'staging']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^stage\s+status/);
    expect(bad.stdout).toMatch(/gate\s+failed/);
    expect(bad.stdout).toMatch(/perplexity ↓ \|[^\n]*\*\*FAIL\*\*/);
    expect(bad.stderr).toMatch(
      /^mreg: error: gate fail for tiny-v2\.2\.0-f16 in staging; the pointer was not moved\n/m,
    );
    expect(bad.stderr).not.toMatch(/\*\*FAIL\*\*/); // the gate's table once, on stdout
    expect(bad.stderr).toMatch(/\nhint: .*mreg deploy \.\.\. --skip-gate --reason TEXT\n$/);
    expect(heads()).toEqual(before);
    const json = JSON.parse((await run(['deploy', 'tiny', '2.2.0', '--env', 'staging', '--json'])).stdout);
    expect(json.error).toMatchObject({ code: 'GATE_FAILED', hint: expect.stringContaining('--skip-gate --reason') });
    expect(json.stages.map((s: { name: string }) => s.name)).toContain('gate');
    expect(json.gate.verdict).toBe('fail');
  }, 600_000);

  it('history shows the gate verdict and the reason; list and show say where each version runs', async () => {
    const h = await run(['history', '--env', 'staging']);
    expect(h.stdout).toMatch(
      /^id\s+env\s+action\s+model\s+version\s+quant\s+previous\s+deployed_at\s+gate\s+rolled_back\s+actor\s+reason/,
    );
    expect(h.stdout).toMatch(/\bdeploy\s+tiny\s+2\.0\.0\s+f16\s+-\s+\S+\s+skipped\s+no\s+.+\s+first\b/);

    const list = await run(['list']);
    expect(list.stdout.trimEnd().split('\n').slice(2)).toEqual([
      expect.stringMatching(/^tiny\s+2\.2\.0\s+f16\s+gguf\s+active\s+[\d.]+ [KM]iB\s+\S+\s+-$/),
      expect.stringMatching(/^tiny\s+2\.1\.0\s+f16\s+gguf\s+active\s+/),
      expect.stringMatching(/^tiny\s+2\.0\.0\s+f16\s+gguf\s+active\s+.*\sstaging$/),
    ]);
    const rows = await mregJson(['--repo', repo.work, 'list'], { env });
    expect(rows[2]).toMatchObject({ id: 'tiny-v2.0.0-f16', environments: ['staging'], created_at: expect.any(String) });

    const show = await run(['show', 'tiny-v2.0.0-f16']);
    expect(show.stdout).toMatch(/^runs in +staging$/m);
    expect(show.stdout).toMatch(/^1\s+staging\s+deploy\s+\S+\s+skipped\s+no\s+.+\s+first$/m);
    const missing = await run(['show', 'tiny-v9.0.0-f16']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /artifact tiny-v9\.0\.0-f16 is not registered .*; registered for tiny: tiny-v2\.2\.0-f16, tiny-v2\.1\.0-f16, tiny-v2\.0\.0-f16/,
    );
  });

  it('compare gates two registered versions against each other and touches no environment', async () => {
    const before = heads();
    const registry = await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8');
    const better = await run(['compare', 'tiny-v2.0.0-f16', 'tiny-v2.1.0-f16', '--json']);
    expect(better.code, better.stderr).toBe(0);
    const report = JSON.parse(better.stdout);
    expect(report).toMatchObject({
      verdict: 'pass',
      candidate: { id: 'tiny-v2.1.0-f16' },
      baseline: { id: 'tiny-v2.0.0-f16', source: 'remeasured' },
    });
    expect(Object.keys(report).every((k) => !/[A-Z]/.test(k))).toBe(true);
    const worse = await run(['compare', 'tiny-v2.0.0-f16', 'tiny-v2.2.0-f16']);
    expect(worse.code).toBe(1);
    expect(worse.stdout).toMatch(/perplexity ↓ \|[^\n]*\*\*FAIL\*\*/);
    expect(heads()).toEqual(before);
    expect(await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8')).toBe(registry);
  }, 600_000);
});
