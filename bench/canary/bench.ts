import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyseCanary, type CanaryTarget } from '../../src/canary/analysis.js';
import type { CanaryConfig } from '../../src/canary/decision.js';
import { PrometheusClient } from '../../src/canary/prometheus-client.js';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { CORPUS, sleep, startPrometheus, traffic } from './parts.js';

const ROOT = process.env.MREG_BENCH_ROOT ?? process.cwd();
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'aa-runs': { type: 'string', default: '0' },
    scrape: { type: 'string', default: '5' },
    soak: { type: 'string', default: '30' },
    interval: { type: 'string', default: '5' },
    rate: { type: 'string', default: '10' },
  },
});
const SCRAPE = Number(values.scrape);
const RATE = Number(values.rate);
const CONFIG: CanaryConfig = {
  steps: [10, 50, 100],
  soak_s: Number(values.soak),
  interval_s: Number(values.interval),
  min_requests: 50,
  confidence: 0.95,
  checks: [
    { name: 'error_rate', max_increase: 0.01 },
    { name: 'latency_p95', max_regression: 0.1 },
    { name: 'tokens_per_s', max_regression: 0.1 },
  ],
};
const ENV = { ...process.env, MREG_LLAMA_GPU: 'false', MREG_LLAMA_THREADS: '1' };

function mreg(repo: string, args: string[]): void {
  execFileSync(process.execPath, [CLI, '--repo', repo, ...args], { env: ENV, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function setupRepo(dir: string): Promise<string> {
  const repo = path.join(dir, 'registry-repo');
  execFileSync(process.execPath, [CLI, 'init', repo], { env: ENV, stdio: 'ignore' });
  mkdirSync(path.join(dir, 'models'));
  for (const [version, contextLength] of [['1.0.0'], ['1.1.0', 64], ['1.2.0']] as Array<[string, number?]>) {
    const file = path.join(dir, 'models', `tiny-${version}.gguf`);
    await generateTinyModel({ corpus: CORPUS.repeat(6), out: file, name: `tiny ${version}`, contextLength });
    mreg(repo, ['publish', file, '--model', 'tiny', '--version', version, '--quantization', 'f32']);
  }
  mreg(repo, ['deploy', 'tiny', '1.0.0', '--env', 'production', '--skip-gate', '--reason', 'bench']);
  return repo;
}

/** `mreg serve` following a copy of the registry whose production pointer names `version`. */
async function serve(repo: string, dir: string, version: string): Promise<{ url: string; proc: ChildProcess }> {
  const copy = path.join(dir, `follow-${version}`);
  cpSync(path.join(repo, 'registry'), path.join(copy, 'registry'), { recursive: true });
  const file = path.join(copy, 'registry', 'registry.json');
  const registry = JSON.parse(readFileSync(file, 'utf8'));
  registry.environments.production.version = version;
  writeFileSync(file, JSON.stringify(registry, null, 2));
  const args = ['serve', '--env', 'production', '--source', `file:${file}`, '--cache', path.join(copy, 'cache')];
  const proc = spawn(process.execPath, [CLI, ...args, '--port', '0', '--context-size', '1024'], {
    cwd: repo,
    env: ENV,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve) => createInterface({ input: proc.stdout! }).once('line', resolve));
  for (;;) {
    const info = (await (await fetch(`${url}/model-info`)).json()) as { version?: string; state?: string };
    if (info.version === version && info.state === 'serving') return { url: url.trim(), proc };
    await sleep(200);
  }
}

/** Looks every interval_s from a fresh window's start until the analysis commits to a verdict. */
async function untilDecided(prom: PrometheusClient, canaryVersion: string, capS: number) {
  const t0 = Date.now();
  const target: CanaryTarget = {
    environment: 'production',
    model: 'tiny',
    stableVersion: '1.0.0',
    canaryVersion,
    percent: 10,
    startedAt: new Date(t0).toISOString(),
  };
  for (;;) {
    await sleep(CONFIG.interval_s * 1000);
    const d = await analyseCanary(prom, target, CONFIG);
    const s = (Date.now() - t0) / 1000;
    if (d.action !== 'wait' || s > capS) return { action: d.action, seconds: s, reason: d.reason };
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'mreg-bench-canary-'));
const procs: ChildProcess[] = [];
try {
  const repo = await setupRepo(dir);
  const servers = [];
  for (const v of ['1.0.0', '1.1.0', '1.2.0']) servers.push(await serve(repo, dir, v));
  procs.push(...servers.map((s) => s.proc));
  const p = await startPrometheus(
    dir,
    servers.map((s) => new URL(s.url).host),
    SCRAPE,
  );
  procs.push(p.proc);
  const prom = new PrometheusClient(p.url);
  const clients = servers.map((s) => traffic(s.url, RATE));
  console.log(
    `scrape ${SCRAPE} s, soak ${CONFIG.soak_s} s, look every ${CONFIG.interval_s} s, ${RATE} requests/s per server`,
  );
  for (let r = 1; r <= Number(values.runs); r++) {
    const d = await untilDecided(prom, '1.1.0', 180);
    console.log(`errors run ${r}: ${d.action} after ${d.seconds.toFixed(1)} s (${d.reason})`);
  }
  let aborted = 0;
  const aaRuns = Number(values['aa-runs']);
  for (let r = 1; r <= aaRuns; r++) {
    const d = await untilDecided(prom, '1.2.0', CONFIG.soak_s * 4);
    if (d.action === 'abort') aborted++;
    console.log(`A/A run ${r}: ${d.action} after ${d.seconds.toFixed(1)} s (${d.reason})`);
  }
  if (aaRuns) console.log(`A/A: ${aborted} of ${aaRuns} aborted`);
  for (const c of clients) c.stop();
} finally {
  for (const proc of procs) proc.kill('SIGTERM');
  await sleep(500);
  rmSync(dir, { recursive: true, force: true });
}
