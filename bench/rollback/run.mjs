#!/usr/bin/env node
// Benchmark: how fast `mreg serve` follows a rollback, and what a switch costs requests.
//   node bench/rollback/run.mjs [--rounds 20] [--poll-interval 1000] [--sources file,git] [--switches 10]
//
// Setup: a temp GitOps repo with a bare file:// remote, two tiny real GGUF models published as
// tiny 1.0.0 and 2.0.0, production on 2.0.0, and `mreg serve` (a real process) following it.
// Both artifacts are in the serve cache before timing starts, so a rollback needs no download.
//
// 1. Rollback latency, per source: the time from the moment the `mreg rollback` process exits
//    (the commit is pushed) to the first /model-info answer naming the previous version
//    (polled every 5 ms). `rounds` rollbacks, each followed by an untimed redeploy of 2.0.0.
//    The goal: p95 <= 1 s (file source) and <= poll interval + 1 s (git source).
// 2. Request latency during a switch vs quiet (file source): one client sends completions
//    back to back; a request is "during a switch" when it overlaps [rollback/deploy started,
//    /model-info switched], "quiet" when it overlaps no command or switch at all. p50/p99, ratio.
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
    rounds: { type: 'string', default: '20' },
    'poll-interval': { type: 'string', default: '1000' },
    sources: { type: 'string', default: 'file,git' },
    switches: { type: 'string', default: '10' },
  },
});
const ROUNDS = Number(values.rounds);
const POLL = Number(values['poll-interval']);
const SOURCES = values.sources.split(',');
const SWITCHES = Number(values.switches);
// CPU and one thread unless told otherwise: reproducible on a small machine.
const ENV = {
  ...process.env,
  MREG_LLAMA_GPU: process.env.MREG_LLAMA_GPU ?? 'false',
  MREG_LLAMA_THREADS: process.env.MREG_LLAMA_THREADS ?? '1',
  GIT_TERMINAL_PROMPT: '0',
};

execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-bench-rollback-'));
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function git(args, cwd) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...ENV,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'b@x',
    },
  });
}

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

// The tiny model generator is TypeScript: bundle it once with esbuild (a devDependency).
const { build } = await import('esbuild');
const gen = path.join(tmp, 'tiny-model.mjs');
await build({
  entryPoints: [path.join(ROOT, 'src/gguf/tiny-model.ts')],
  bundle: true,
  platform: 'node',
  // ES module builds first: jsonc-parser's main entry is a UMD module whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  format: 'esm',
  outfile: gen,
  logLevel: 'warning',
});
const { generateTinyModel } = await import(pathToFileURL(gen).href);

const remote = path.join(tmp, 'remote.git');
const work = path.join(tmp, 'work');
git(['init', '--quiet', '--bare', '--initial-branch=main', remote], tmp);
await mreg(['init', work, '--store', path.join(tmp, 'store')]);
const cfgFile = path.join(work, 'registry/config.json');
const cfg = JSON.parse(await readFile(cfgFile, 'utf8'));
cfg.gate.enabled = false;
cfg.smoke.enabled = false;
await writeFile(cfgFile, JSON.stringify(cfg, null, 2) + '\n');
git(['commit', '--quiet', '-am', 'bench: no gate'], work);
git(['remote', 'add', 'origin', remote], work);
git(['push', '--quiet', 'origin', 'main'], work);
for (const v of ['1.0.0', '2.0.0']) {
  const f = path.join(tmp, `tiny-${v}.gguf`);
  await generateTinyModel({ corpus: `the quick brown fox jumps over the lazy dog, version ${v}. `.repeat(10), out: f });
  await mreg(['--repo', work, 'publish', f, '--model', 'tiny', '--version', v, '--quantization', 'f32']);
}
const deploy = (v) =>
  mreg(['--repo', work, 'deploy', 'tiny', v, '--env', 'production', '--skip-gate', '--reason', 'bench']);
const rollback = () => mreg(['--repo', work, 'rollback', '--env', 'production', '--reason', 'bench']);
await deploy('1.0.0');
await deploy('2.0.0');

async function startServe(source, extra = []) {
  const p = spawn(
    process.execPath,
    [
      CLI,
      'serve',
      '--env',
      'production',
      '--source',
      source,
      '--cache',
      path.join(tmp, `cache-${Math.random().toString(36).slice(2)}`),
      '--port',
      '0',
      ...extra,
    ],
    // Outside any registry repository: serve would otherwise take the store from the repository
    // it runs in (and refuse artifacts outside it).
    { env: ENV, cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  p.stderr.on('data', (d) => (err += d));
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: p.stdout }).once('line', resolve);
    p.once('exit', (c) => reject(new Error(`serve exited ${c}: ${err}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((r) => {
        p.once('exit', r);
        p.kill('SIGTERM');
      }),
  };
}

async function version(url) {
  const r = await fetch(`${url}/model-info`);
  const j = await r.json();
  return j.state === 'serving' ? j.version : null;
}

async function waitVersion(url, v, timeoutMs = 120_000) {
  const end = now() + timeoutMs;
  while (now() < end) {
    if ((await version(url).catch(() => null)) === v) return now();
    await sleep(5);
  }
  throw new Error(`timed out waiting for ${v}`);
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const fmt = (ms) => `${ms.toFixed(0)} ms`;

const results = {};
for (const kind of SOURCES) {
  const spec = kind === 'git' ? `git+file://${remote}#main` : path.join(work, 'registry/registry.json');
  const serve = await startServe(spec, kind === 'git' ? ['--poll-interval', String(POLL)] : []);
  try {
    // Both artifacts into this server's cache: see 2.0.0, roll back to 1.0.0, deploy 2.0.0 again.
    await waitVersion(serve.url, '2.0.0');
    await rollback();
    await waitVersion(serve.url, '1.0.0');
    await deploy('2.0.0');
    await waitVersion(serve.url, '2.0.0');
    const times = [];
    const fromStart = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = now();
      await rollback();
      const returned = now();
      const seen = await waitVersion(serve.url, '1.0.0');
      times.push(seen - returned);
      fromStart.push(seen - started);
      await deploy('2.0.0');
      await waitVersion(serve.url, '2.0.0');
      process.stderr.write(`${kind} rollback ${i + 1}/${ROUNDS}: ${fmt(seen - returned)}\n`);
    }
    results[kind] = {
      n: times.length,
      p50: pct(times, 50),
      p95: pct(times, 95),
      max: Math.max(...times),
      from_command_start: { p50: pct(fromStart, 50), p95: pct(fromStart, 95) },
    };
  } finally {
    await serve.stop();
  }
}

// Request latency while switching vs quiet (file source).
let latency = null;
if (SWITCHES > 0) {
  const serve = await startServe(path.join(work, 'registry/registry.json'));
  try {
    await waitVersion(serve.url, '2.0.0');
    await rollback();
    await waitVersion(serve.url, '1.0.0');
    await deploy('2.0.0');
    await waitVersion(serve.url, '2.0.0');
    const requests = [];
    const busy = []; // [start, end] of commands running (CPU noise that is not the server's doing)
    const switching = []; // [command returned, /model-info switched]
    let running = true;
    const client = (async () => {
      while (running) {
        const t0 = now();
        const r = await fetch(`${serve.url}/v1/completions`, {
          method: 'POST',
          body: JSON.stringify({ prompt: 'the quick brown', max_tokens: 16 }),
        });
        await r.json();
        if (r.status !== 200) throw new Error(`request failed: ${r.status}`);
        requests.push([t0, now()]);
      }
    })();
    await sleep(1000);
    for (let i = 0; i < SWITCHES; i++) {
      const back = i % 2 === 0;
      const t0 = now();
      await (back ? rollback() : deploy('2.0.0'));
      const returned = now();
      const seen = await waitVersion(serve.url, back ? '1.0.0' : '2.0.0');
      busy.push([t0, seen + 100]);
      // The file source often switches before the command has even exited (the registry file is
      // written before the push), so the window starts when the command starts: an upper bound
      // that also carries the CLI process's own CPU use on a small machine.
      switching.push([t0, seen + 20]);
      void returned;
      await sleep(1000); // a quiet second between switches
    }
    running = false;
    await client;
    const overlaps = (r, w) => r[0] < w[1] && r[1] > w[0];
    const during = requests.filter((r) => switching.some((w) => overlaps(r, w))).map((r) => r[1] - r[0]);
    const quiet = requests.filter((r) => !busy.some((w) => overlaps(r, w))).map((r) => r[1] - r[0]);
    latency = {
      requests: requests.length,
      quiet: { n: quiet.length, p50: pct(quiet, 50), p99: pct(quiet, 99) },
      during: { n: during.length, p50: pct(during, 50), p99: pct(during, 99) },
    };
    latency.p99_ratio = latency.during.p99 / latency.quiet.p99;
  } finally {
    await serve.stop();
  }
}

console.log(
  `\nmreg serve rollback benchmark (${os.cpus().length} CPUs, ${os.cpus()[0]?.model?.trim()}, node ${process.version})`,
);
console.log(`rollback -> /model-info reports the previous version (artifact cached), ${ROUNDS} rollbacks:`);
for (const [k, r] of Object.entries(results)) {
  const goal = k === 'git' ? POLL + 1000 : 1000;
  console.log(
    `  ${k.padEnd(4)} source${k === 'git' ? ` (poll ${POLL} ms)` : ''}: p50 ${fmt(r.p50)}, p95 ${fmt(r.p95)}, max ${fmt(r.max)}  (goal p95 <= ${goal} ms: ${r.p95 <= goal ? 'met' : 'MISSED'})`,
  );
  console.log(
    `       from the start of the mreg rollback process (commit + push included): p50 ${fmt(r.from_command_start.p50)}, p95 ${fmt(r.from_command_start.p95)}`,
  );
}
if (latency) {
  console.log(
    `request latency (completions, 16 tokens, ${latency.requests} requests, ${SWITCHES} switches, 0 failed):`,
  );
  console.log(
    `  quiet:           n=${latency.quiet.n} p50 ${latency.quiet.p50.toFixed(1)} ms, p99 ${latency.quiet.p99.toFixed(1)} ms`,
  );
  console.log(
    `  during a switch: n=${latency.during.n} p50 ${latency.during.p50.toFixed(1)} ms, p99 ${latency.during.p99.toFixed(1)} ms`,
  );
  console.log(`  p99 ratio (switch / quiet): ${latency.p99_ratio.toFixed(2)}`);
}
console.log(JSON.stringify({ rollback: results, latency }));
await rm(tmp, { recursive: true, force: true });
