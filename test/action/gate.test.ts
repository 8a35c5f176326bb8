// The gate through the bundled action on Node 24, with real (tiny, generated) GGUF models measured
// by llama.cpp through node-llama-cpp from node_modules: the pull-request gate (verdict, outputs,
// summary, report files, comment) and deploy's gate (a better model moves the pointer and records
// its metrics; a worse one is refused and the pointer stays).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { runAction } from '../helpers/action.js';
import { mreg, ROOT, tempDir } from '../helpers/cli.js';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';
import { node24 } from '../helpers/node24.js';
import { git, makeRepo, type TestRepo } from '../helpers/repo.js';

const PR = 7;

describe('the gate through the action, with real models', () => {
  let repo: TestRepo;
  let api: GitHubStandIn;
  let models: { dir: string; cleanup: () => Promise<void> };

  beforeAll(async () => {
    await node24();
    repo = await makeRepo();
    // Latency of a 0.5 MB model on a shared CI machine is mostly noise: wide thresholds keep the
    // verdict about quality (perplexity, accuracy), which the tiny models control exactly.
    const configFile = path.join(repo.work, 'registry/config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    config.gate.metrics = {
      perplexity: { direction: 'lower', max_regression: 0.05, quality: true },
      accuracy: { direction: 'higher', max_regression: 0.05, quality: true },
      latency_p50_ms: { direction: 'lower', max_regression: 1 },
      latency_p95_ms: { direction: 'lower', max_regression: 1 },
      tokens_per_s: { direction: 'higher', max_regression: 1 },
    };
    writeFileSync(configFile, JSON.stringify(config, null, 2) + '\n');
    repo.git(['commit', '--quiet', '-am', 'test: latency thresholds for a noisy CPU']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    api = await startGitHubStandIn('acme', 'models');
    models = await tempDir('mreg-gate-models-');
    const corpus = await readFile(path.join(ROOT, 'eval/default-corpus.txt'), 'utf8');
    // 2.0.0 good, 2.1.0 better (less smoothing), 2.2.0 bad (bigram statistics destroyed).
    const variants = {
      '2.0.0': { smoothing: 1 },
      '2.1.0': { smoothing: 0.1 },
      '2.2.0': { degrade: 'shuffle' as const },
    };
    for (const [version, v] of Object.entries(variants)) {
      const file = path.join(models.dir, `tiny-v${version}-q8_0.gguf`);
      await generateTinyModel({ out: file, corpus, quantization: 'q8_0', ...v });
      const r = await mreg([
        '--repo',
        repo.work,
        'publish',
        file,
        '--model',
        'tiny',
        '--version',
        version,
        '--quantization',
        'q8_0',
      ]);
      if (r.code !== 0) throw new Error(`publish ${version}: ${r.stderr}`);
    }
    const first = await runAction({
      command: 'deploy',
      model: 'tiny',
      version: '2.0.0',
      'skip-gate': 'true',
      reason: 'first model',
      'registry-path': repo.work,
    });
    if (first.code !== 0) throw new Error(first.stdout + first.stderr);
  });
  afterAll(async () => {
    await api?.close();
    await repo?.cleanup();
    await models?.cleanup();
  });

  const head = () => git(['rev-parse', 'main'], repo.remote).trim();

  const prGate = (version: string, reportDir: string) =>
    runAction(
      {
        command: 'gate',
        model: 'tiny',
        version,
        environment: 'staging',
        'registry-path': repo.work,
        'report-path': reportDir,
        'github-token': 'test-token',
      },
      {
        env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/models', MREG_LLAMA_GPU: 'false' },
        eventPayload: { pull_request: { number: PR } },
      },
    );

  it('fails the gate of a worse model, reports it everywhere, and moves nothing', async () => {
    const before = head();
    const report = path.join(models.dir, 'report-bad');
    const r = await prGate('2.2.0', report);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs['gate-result']).toBe('fail');
    const metrics = JSON.parse(r.outputs.metrics);
    expect(typeof metrics.perplexity).toBe('number');
    expect(r.summary).toMatch(/^#+ ❌ .*FAIL/m);
    expect(r.summary).toMatch(/perplexity/);
    expect(r.stdout).toMatch(/::error::GATE_FAILED: gate fail for tiny 2\.2\.0/);
    const json = JSON.parse(readFileSync(path.join(report, 'gate.json'), 'utf8'));
    expect(json.verdict).toBe('fail');
    expect(existsSync(path.join(report, 'gate.md'))).toBe(true);
    const comments = api.comments.get(PR) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/^#+ ❌ .*FAIL/m);
    expect(comments[0].body).toMatch(/^\| perplexity .*\| \*\*FAIL\*\*/m);
    expect(head()).toBe(before);
  });

  it('passes the gate of a better model', async () => {
    const r = await prGate('2.1.0', path.join(models.dir, 'report-good'));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['gate-result']).toBe('pass');
    expect(api.comments.get(PR)).toHaveLength(2);
  });

  it('deploy gates too: the better model goes live with its metrics, the worse one is refused', async () => {
    const good = await runAction(
      { command: 'deploy', model: 'tiny', version: '2.1.0', reason: 'less smoothing', 'registry-path': repo.work },
      { env: { MREG_LLAMA_GPU: 'false' } },
    );
    expect(good.code, good.stdout + good.stderr).toBe(0);
    expect(good.outputs).toMatchObject({
      version: '2.1.0',
      'previous-version': '2.0.0',
      'gate-result': 'pass',
      'commit-sha': head(),
    });
    const recorded = JSON.parse(git(['show', 'main:registry/registry.json'], repo.remote)).history.at(-1);
    expect(recorded.metrics.perplexity).toBe(JSON.parse(good.outputs.metrics).perplexity);
    expect(good.summary).toMatch(/```mermaid\nxychart-beta\n {2}title "perplexity in staging"/);

    const before = head();
    const bad = await runAction(
      { command: 'deploy', model: 'tiny', version: '2.2.0', reason: 'try it', 'registry-path': repo.work },
      { env: { MREG_LLAMA_GPU: 'false' } },
    );
    expect(bad.code).toBe(1);
    expect(bad.outputs['gate-result']).toBe('fail');
    expect(bad.summary).toMatch(/\| gate \| failed \|/);
    expect(head()).toBe(before);
    expect(JSON.parse(git(['show', 'main:registry/registry.json'], repo.remote)).environments.staging.version).toBe(
      '2.1.0',
    );
  });
});
