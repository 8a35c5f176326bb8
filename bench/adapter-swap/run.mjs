#!/usr/bin/env node
// Benchmark: what an adapter-only switch saves, measured side by side on one real `mreg serve`.
//   node bench/adapter-swap/run.mjs [--cycles 8] [--embd 1024 --layers 4 --ff 2048] [--clients 2]
//
// Goal: switching LoRA adapters on a loaded base (what `mreg serve` does when only the adapter
// changes) is much faster than loading base + adapter again (what a server without adapter support
// does on every adapter change), and neither fails a request.
//
// Setup (all real): a temp GitOps repository (gate and smoke off: this measures the server), two
// f16 bases of the same shape and weights under different names (tiny 1.0.0 = A, tiny 1.1.0 = B;
// different files, so the server cannot reuse one for the other), and two LoRA adapters for each
// (lora 1.0.0 and 1.1.0 on A, 2.0.0 and 2.1.0 on B), published to a folder store. `mreg serve`
// (CPU, one llama.cpp thread unless MREG_LLAMA_GPU / MREG_LLAMA_THREADS say otherwise) follows
// registry/registry.json. The bases are bigger than the tests' tiny model (zero blocks that
// llama.cpp computes and loads all the same: --embd/--layers/--ff) so that loading one costs what a
// small real model's load costs; with the default shape a base is about 80 MB.
//
// The pointer cycles A+1.0.0 -> A+1.1.0 (adapter only) -> B+2.0.0 (base + adapter) -> B+2.1.0
// (adapter only) -> A+1.0.0 (base + adapter), `--cycles` times, after one untimed cycle that puts
// every artifact in the server's cache: the two kinds of switch alternate under the same load.
// A switch's time is taken from the server's own log lines, timestamped as they arrive: from
// "production -> ID" (it saw the new pointer) to "serving ID" (the new pair answers requests),
// which excludes the deploy command and the source's latency. Meanwhile `--clients` clients send
// 8-token completions back to back; every non-200 answer or connection error is a failed request.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '8' },
    embd: { type: 'string', default: '1024' },
    layers: { type: 'string', default: '4' },
    ff: { type: 'string', default: '2048' },
    clients: { type: 'string', default: '2' },
  },
});
const CYCLES = Number(values.cycles);
const SHAPE = { embd: Number(values.embd), layers: Number(values.layers), ff: Number(values.ff) };
const CLIENTS = Number(values.clients);
const ENV = {
  ...process.env,
  MREG_LLAMA_GPU: process.env.MREG_LLAMA_GPU ?? 'false',
  MREG_LLAMA_THREADS: process.env.MREG_LLAMA_THREADS ?? '1',
  GIT_TERMINAL_PROMPT: '0',
};

execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-bench-adapter-swap-'));
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function mreg(args) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.stdout.resume();
    p.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`mreg ${args.join(' ')}: exit ${code}: ${err}`)),
    );
  });
}

// The generators are TypeScript: bundle them once with esbuild (a devDependency).
const { build } = await import('esbuild');
const gen = path.join(tmp, 'generators.mjs');
await build({
  stdin: {
    contents:
      "export { generateTinyModel } from './src/gguf/tiny-model.ts'; export { generateTinyLora } from './src/gguf/tiny-lora.ts';",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  // ES module builds first: jsonc-parser's main entry is a UMD module whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  format: 'esm',
  outfile: gen,
  logLevel: 'warning',
});
const { generateTinyModel, generateTinyLora } = await import(pathToFileURL(gen).href);

const work = path.join(tmp, 'work');
await mreg(['init', work, '--store', path.join(tmp, 'store')]);
const cfgFile = path.join(work, 'registry/config.json');
const cfg = JSON.parse(await readFile(cfgFile, 'utf8'));
cfg.gate.enabled = false;
cfg.smoke.enabled = false;
await writeFile(cfgFile, JSON.stringify(cfg, null, 2) + '\n');
execFileSync('git', ['commit', '--quiet', '-am', 'bench: no gate'], {
  cwd: work,
  env: {
    ...ENV,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'b@x',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'b@x',
  },
});

const corpus = await readFile(path.join(ROOT, 'eval/default-corpus.txt'), 'utf8');
const base = { corpus, shape: SHAPE, quantization: 'f16' };
const BASES = { A: '1.0.0', B: '1.1.0' };
const ADAPTERS = { A: ['1.0.0', '1.1.0'], B: ['2.0.0', '2.1.0'] };
let baseBytes = 0;
for (const [key, version] of Object.entries(BASES)) {
  const f = path.join(tmp, `tiny-${version}.gguf`);
  baseBytes = (await generateTinyModel({ ...base, name: `tiny base ${key}`, out: f })).bytes;
  await mreg(['--repo', work, 'publish', f, '--model', 'tiny', '--version', version, '--quantization', 'f16']);
  for (const [i, v] of ADAPTERS[key].entries()) {
    const out = path.join(tmp, `lora-${v}.gguf`);
    // Two different fine-tunes per base: to a smoothing-0.1 model and to a noisy one.
    await generateTinyLora({
      out,
      base,
      target: i === 0 ? { corpus, smoothing: 0.1 } : { corpus, degrade: 'noise', seed: 7 },
    });
    await mreg([
      '--repo',
      work,
      'publish',
      out,
      '--model',
      'lora',
      '--version',
      v,
      '--quantization',
      'f32',
      '--kind',
      'lora',
      '--base',
      `tiny-v${version}-f16`,
    ]);
  }
}
const deploy = (v) =>
  mreg(['--repo', work, 'deploy', 'lora', v, '--env', 'production', '--skip-gate', '--reason', 'bench']);
await deploy('1.0.0');

// mreg serve, its log lines timestamped on arrival.
const serveCwd = await mkdtemp(path.join(tmp, 'cwd-'));
const server = spawn(
  process.execPath,
  [
    CLI,
    'serve',
    '--env',
    'production',
    '--source',
    path.join(work, 'registry/registry.json'),
    '--cache',
    path.join(tmp, 'cache'),
    '--keep',
    '8',
    '--port',
    '0',
  ],
  // Outside the registry repository: serve takes its store from the artifacts' metadata.
  { env: ENV, cwd: serveCwd, stdio: ['ignore', 'pipe', 'pipe'] },
);
const logLines = [];
let serverErr = '';
createInterface({ input: server.stderr }).on('line', (line) => {
  logLines.push({ t: now(), line });
  serverErr += line + '\n';
});
const url = await new Promise((resolve, reject) => {
  createInterface({ input: server.stdout }).once('line', (l) => resolve(l.trim()));
  server.once('exit', (c) => reject(new Error(`serve exited ${c}: ${serverErr}`)));
});

async function info() {
  const r = await fetch(`${url}/model-info`);
  return r.json();
}
async function waitServing(id, timeoutMs = 120_000) {
  const end = now() + timeoutMs;
  while (now() < end) {
    const j = await info().catch(() => null);
    if (j?.artifact_id === id && j.state === 'serving') return j;
    await sleep(5);
  }
  throw new Error(`timed out waiting for ${id}: ${serverErr.slice(-2000)}`);
}
/**
 * The server's switch to `id`, by its log lines after `since`: from seeing the pointer to serving
 * (total), split into taking it from the cache (the stamp check) and loading it (what differs).
 */
function switchTimes(id, since) {
  const after = (text) => logLines.find((l) => l.t >= since && l.line.includes(text));
  const seen = after(`production -> ${id} `);
  const cached = after(`${id}: verified copy in the cache`) ?? after(`${id}: downloaded and verified`);
  const serving = after(`serving ${id} `);
  if (!seen || !cached || !serving) throw new Error(`no switch to ${id} in the server log: ${serverErr.slice(-2000)}`);
  return {
    total: serving.t - seen.t,
    cache: cached.t - seen.t,
    load: serving.t - cached.t,
    downloaded: cached.line.includes('downloaded and verified'),
  };
}

const CYCLE = [
  { v: '1.1.0', kind: 'adapter' },
  { v: '2.0.0', kind: 'full' },
  { v: '2.1.0', kind: 'adapter' },
  { v: '1.0.0', kind: 'full' },
];
const id = (v) => `lora-v${v}-f32`;
const times = { adapter: [], full: [] };
const loadTimes = { adapter: [], full: [] };
let downloads = 0;
const baseLoads = { adapter: 0, full: 0 };
let ok = 0;
const failures = [];
let running = true;
try {
  await waitServing(id('1.0.0'));
  // Untimed: every artifact into the server's cache.
  for (const s of CYCLE) {
    await deploy(s.v);
    await waitServing(id(s.v));
  }
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (running) {
      try {
        const r = await fetch(`${url}/v1/completions`, {
          method: 'POST',
          body: JSON.stringify({ prompt: 'the model', max_tokens: 8 }),
        });
        const body = await r.text();
        if (r.status === 200) ok++;
        else failures.push(`${r.status} ${body.slice(0, 200)}`);
      } catch (err) {
        failures.push(String(err));
      }
    }
  });
  await sleep(500);
  for (let c = 0; c < CYCLES; c++) {
    for (const s of CYCLE) {
      const before = await info();
      const since = now();
      await deploy(s.v);
      const after = await waitServing(id(s.v));
      const t = switchTimes(id(s.v), since);
      const ms = t.total;
      times[s.kind].push(ms);
      loadTimes[s.kind].push(t.load);
      if (t.downloaded) downloads++;
      // Whether the base was loaded for this switch: its load time moved.
      if (after.base.loaded_at !== before.base.loaded_at) baseLoads[s.kind]++;
      process.stderr.write(
        `cycle ${c + 1}/${CYCLES}: ${s.kind === 'adapter' ? 'adapter only  ' : 'base + adapter'} -> ${id(s.v)}: ${ms.toFixed(0)} ms\n`,
      );
      await sleep(300);
    }
  }
  running = false;
  await Promise.all(clients);
} finally {
  running = false;
  await new Promise((r) => {
    server.once('exit', r);
    server.kill('SIGTERM');
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ n: xs.length, median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const a = stats(times.adapter);
const f = stats(times.full);
const fmt = (s) =>
  `median ${s.median.toFixed(0)} ms, min ${s.min.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (n=${s.n})`;
const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
console.log(
  `\nmreg serve adapter swap benchmark (${os.cpus().length} CPUs, ${os.cpus()[0]?.model?.trim()}, node ${process.version})`,
);
console.log(
  `bases: f16, embd ${SHAPE.embd}, ${SHAPE.layers} layers, ff ${SHAPE.ff}: ${(baseBytes / 2 ** 20).toFixed(1)} MiB each; adapters rank 258 on output.weight; llama.cpp threads ${ENV.MREG_LLAMA_THREADS}`,
);
console.log(`switch time, from the server seeing the pointer to serving the new pair (${CYCLES} cycles, interleaved):`);
console.log(`  adapter only (base kept loaded):  ${fmt(a)}; base loaded again in ${baseLoads.adapter} of ${a.n}`);
console.log(`  base + adapter loaded again:      ${fmt(f)}; base loaded again in ${baseLoads.full} of ${f.n}`);
console.log(`  ratio of medians (full / adapter only): ${(f.median / a.median).toFixed(1)}x`);
console.log(
  `  of which loading (from the cache check to serving): adapter only median ${median(loadTimes.adapter).toFixed(0)} ms, base + adapter median ${median(loadTimes.full).toFixed(0)} ms; downloads during timed switches: ${downloads}`,
);
console.log(
  `requests during the run (${CLIENTS} clients back to back, 8-token completions): ${ok} answered, ${failures.length} failed`,
);
for (const e of failures.slice(0, 5)) console.log(`  failed: ${e}`);
console.log(`load: ${load}`);
console.log(
  JSON.stringify({
    shape: SHAPE,
    base_bytes: baseBytes,
    adapter_only: a,
    full_reload: f,
    load_ms: loadTimes,
    downloads,
    base_loads: baseLoads,
    requests: { ok, failed: failures.length },
    uptime: load,
  }),
);
await rm(tmp, { recursive: true, force: true });
process.exitCode = failures.length || downloads || baseLoads.adapter || baseLoads.full !== f.n ? 1 : 0;
