/**
 * The canary end to end, as a team runs it: a fleet of real `mreg serve` processes following a git
 * remote (each knowing its role from its instance name), a real Prometheus scraping them, clients
 * spreading traffic evenly over them, `mreg canary watch` deciding and committing, and the servers
 * following the commits. Per run: `mreg deploy --canary` starts the canary; the figures are the
 * seconds from that commit to each decision's commit, and from the last commit to every server on
 * the version that remains. See run.mjs for the options.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { canaryRole } from '../../src/core/canary.js';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { CORPUS, sleep, startPrometheus, traffic } from './parts.js';

const ROOT = process.env.MREG_BENCH_ROOT ?? process.cwd();
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({
  options: {
    fleet: { type: 'boolean' },
    verbose: { type: 'boolean' },
    scenarios: { type: 'string', default: 'errors,slow,healthy' },
    runs: { type: 'string', default: '1' },
    'aa-runs': { type: 'string', default: '0' },
    servers: { type: 'string', default: '4' },
    percent: { type: 'string', default: '25' },
    scrape: { type: 'string', default: '5' },
    soak: { type: 'string', default: '30' },
    interval: { type: 'string', default: '10' },
    poll: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '5' },
    'max-tokens': { type: 'string', default: '8' },
    shape: { type: 'string', default: '384,4,1024' },
    'slow-shape': { type: 'string', default: '384,6,1152' },
    // Seconds a canary may run undecided before the bench aborts it by hand and counts it undecided (0: no cap).
    cap: { type: 'string', default: '0' },
  },
});
const N = Number(values.servers);
const CAP_S = Number(values.cap);
const POLL = Number(values.poll);
const RATE = Number(values.rate);
const STEPS = [Number(values.percent), 50, 100].filter((p, i, a) => i === 0 || p > a[0]);
const ENV = { ...process.env, MREG_LLAMA_GPU: 'false', MREG_LLAMA_THREADS: '1' };
const now = () => performance.now();

/** `embd,layers,ff` of a tiny model with the same outputs, or `demo` for the demo's own shape. */
function shapeOf(spec: string) {
  if (spec === 'demo') return undefined;
  const [embd, layers, ff] = spec.split(',').map(Number);
  return { embd, layers, ff };
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function mreg(args: string[], cwd?: string): string {
  return execFileSync(process.execPath, [CLI, ...args], { cwd, env: ENV, encoding: 'utf8', stdio: 'pipe' });
}

/** The versions: 1.0.0 and 1.2.0 the same weights; 1.1.0 a 64-token context; 1.3.0 slower, same outputs. */
const VERSIONS: Array<[string, { contextLength?: number; shape: string }]> = [
  ['1.0.0', { shape: values.shape! }],
  ['1.1.0', { contextLength: 64, shape: values.shape! }],
  ['1.2.0', { shape: values.shape! }],
  ['1.3.0', { shape: values['slow-shape']! }],
];

/** A registry with its bare remote, the four versions published, production on 1.0.0. */
async function setupRegistry(dir: string): Promise<{ remote: string; work: string }> {
  const remote = path.join(dir, 'remote.git');
  const work = path.join(dir, 'work');
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], dir);
  mreg(['init', work, '--store', path.join(dir, 'store')]);
  const cfgFile = path.join(work, 'registry/config.json');
  const cfg = JSON.parse(readFileSync(cfgFile, 'utf8'));
  cfg.gate.enabled = false;
  cfg.smoke.enabled = false;
  cfg.canary = {
    ...cfg.canary,
    steps: STEPS,
    soak_s: Number(values.soak),
    interval_s: Number(values.interval),
  };
  writeFileSync(cfgFile, JSON.stringify(cfg, null, 2) + '\n');
  mreg(['--repo', work, 'validate']);
  git(['commit', '--quiet', '-am', 'bench: canary steps, no gate'], work);
  git(['remote', 'add', 'origin', remote], work);
  git(['push', '--quiet', 'origin', 'main'], work);
  mkdirSync(path.join(dir, 'models'));
  for (const [version, o] of VERSIONS) {
    const file = path.join(dir, 'models', `tiny-${version}.gguf`);
    const name = `tiny ${version}`;
    await generateTinyModel({
      corpus: CORPUS.repeat(6),
      out: file,
      name,
      quantization: 'f16',
      ...o,
      shape: shapeOf(o.shape),
    });
    mreg(['--repo', work, 'publish', file, '--model', 'tiny', '--version', version, '--quantization', 'f16']);
  }
  mreg(['--repo', work, 'deploy', 'tiny', '1.0.0', '--env', 'production', '--reason', 'bench']);
  return { remote, work };
}

interface Server {
  name: string;
  url: string;
  proc: ChildProcess;
}

async function startServer(dir: string, remote: string, name: string): Promise<Server> {
  const args = ['serve', '--env', 'production', '--source', `git+file://${remote}#main`, '--instance', name];
  const extra = ['--poll-interval', String(POLL), '--cache', path.join(dir, `cache-${name}`), '--port', '0'];
  // Outside the registry's checkout, as on a server: the store comes from the registry's config.
  const proc = spawn(process.execPath, [CLI, ...args, ...extra], {
    cwd: dir,
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (d) => (err = (err + d).slice(-2000)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', (l) => resolve(l.trim()));
    proc.once('exit', (c) => reject(new Error(`serve ${name} exited ${c}: ${err}`)));
  });
  return { name, url, proc };
}

async function modelInfo(s: Server): Promise<{ version?: string; state?: string; role?: string }> {
  return fetch(`${s.url}/model-info`)
    .then((r) => r.json() as Promise<{ version?: string; state?: string; role?: string }>)
    .catch(() => ({}));
}

/**
 * Polls every server's /model-info every 50 ms until each serves the version `want` gives it: the
 * seconds until the last of them did, and which one that was.
 */
async function untilServing(servers: Server[], want: (s: Server) => string, capMs = 120_000) {
  const t0 = now();
  const done = new Map<string, number>();
  while (done.size < servers.length) {
    const infos = await Promise.all(servers.map(modelInfo));
    infos.forEach((i, k) => {
      const s = servers[k];
      if (!done.has(s.name) && i.state === 'serving' && i.version === want(s)) done.set(s.name, now() - t0);
    });
    if (now() - t0 > capMs) throw new Error(`servers not on the expected versions: ${JSON.stringify(infos)}`);
    if (done.size < servers.length) await sleep(50);
  }
  const [last, ms] = [...done.entries()].sort((a, b) => b[1] - a[1])[0];
  return { seconds: ms / 1000, last };
}

interface Look {
  action: string;
  nextPercent: number | null;
  reason: string;
  committed: string | null;
}

/**
 * `mreg canary watch` in a checkout of its own (as the watcher runs in a cluster), until it exits
 * on a promotion or an abort, or is stopped after --cap seconds (`capped`). Calls `onCommit` the
 * moment each committed look is printed: the watch prints a look after its commit is pushed.
 */
async function watch(
  dir: string,
  remote: string,
  promUrl: string,
  onCommit: (l: Look) => Promise<void>,
): Promise<{ looks: Look[]; capped: boolean }> {
  const checkout = path.join(dir, `watch-${Date.now()}`);
  git(['clone', '--quiet', remote, checkout], dir);
  const args = ['--repo', checkout, 'canary', 'watch', '--env', 'production', '--prometheus', promUrl, '--json'];
  const proc = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err = (err + d).slice(-2000)));
  const looks: Look[] = [];
  const pending: Promise<void>[] = [];
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    let l: Look;
    try {
      l = JSON.parse(line) as Look;
    } catch {
      return;
    }
    // Each look is one line; the command's closing result after them is pretty-printed.
    if (typeof l !== 'object' || l === null || !('action' in l) || !('committed' in l)) return;
    looks.push(l);
    if (values.verbose) console.error(`  look: ${l.action}: ${l.reason}`);
    if (l.committed) pending.push(onCommit(l));
  });
  let capped = false;
  const timer =
    CAP_S > 0
      ? setTimeout(() => {
          capped = true;
          proc.kill('SIGTERM');
        }, CAP_S * 1000)
      : null;
  const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
  if (timer) clearTimeout(timer);
  await Promise.all(pending);
  rmSync(checkout, { recursive: true, force: true });
  if (code !== 0 && !capped) throw new Error(`mreg canary watch exited ${code}: ${err}`);
  return { looks, capped };
}

interface Decision {
  action: string;
  percent: number | null;
  /** Seconds from the canary's start to this decision's commit. */
  at: number;
  /** Seconds from this commit to every server on the versions it gives them, and the last server. */
  follow: { seconds: number; last: string };
  reason: string;
}

/** One canary: started by a deploy, decided and committed by the watch, followed by the servers. */
async function runCanary(
  fleet: { dir: string; remote: string; work: string; servers: Server[]; promUrl: string },
  canary: string,
  stable: string,
): Promise<{ decisions: Decision[]; final: string }> {
  const deploy = ['deploy', 'tiny', canary, '--env', 'production', '--canary', String(STEPS[0]), '--reason', 'bench'];
  mreg(['--repo', fleet.work, ...deploy]);
  const started = now();
  await untilServing(fleet.servers, (s) => (canaryRole(s.name, STEPS[0]) === 'canary' ? canary : stable));
  const decisions: Decision[] = [];
  const { capped } = await watch(fleet.dir, fleet.remote, fleet.promUrl, async (l) => {
    const at = (now() - started) / 1000;
    const promoted = l.action === 'promote' || (l.action === 'promote-step' && l.nextPercent === 100);
    const percent = l.action === 'promote-step' && !promoted ? l.nextPercent : null;
    const want = (s: Server) =>
      l.action === 'abort' ? stable : promoted || canaryRole(s.name, percent) === 'canary' ? canary : stable;
    const follow = await untilServing(fleet.servers, want);
    decisions.push({ action: promoted ? 'promote' : l.action, percent, at, follow, reason: l.reason });
  });
  if (!capped) return { decisions, final: decisions.at(-1)?.action ?? 'none' };
  // Undecided within the cap: a person would abort it; the next run starts from the same stable version.
  mreg(['--repo', fleet.work, 'canary', 'abort', '--env', 'production', '--reason', `undecided after ${CAP_S} s`]);
  await untilServing(fleet.servers, () => stable);
  return { decisions, final: 'undecided' };
}

function describe(scenario: string, run: number, r: { decisions: Decision[]; final: string }): string {
  const steps = r.decisions.map((d) => {
    const what = d.action === 'promote-step' ? `step to ${d.percent}%` : d.action;
    const why = d.action === 'abort' ? ` (${d.reason})` : '';
    return `${what} at ${d.at.toFixed(1)} s, all servers followed in ${d.follow.seconds.toFixed(2)} s (last ${d.follow.last})${why}`;
  });
  return `${scenario} ${run}: ${steps.join('; ') || 'no decision'}${r.final === 'undecided' ? `; undecided after ${CAP_S} s, aborted by hand` : ''}`;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'mreg-bench-canary-fleet-'));
const procs: ChildProcess[] = [];
const clients: Array<{ stop: () => void }> = [];
// An exception thrown in a callback skips the finally below: the servers must not outlive the bench.
process.on('exit', () => procs.forEach((p) => p.kill('SIGTERM')));
try {
  const { remote, work } = await setupRegistry(dir);
  const servers: Server[] = [];
  for (let i = 0; i < N; i++) servers.push(await startServer(dir, remote, `mreg-${i}`));
  procs.push(...servers.map((s) => s.proc));
  await untilServing(servers, () => '1.0.0');
  const prom = await startPrometheus(
    dir,
    servers.map((s) => new URL(s.url).host),
    Number(values.scrape),
  );
  procs.push(prom.proc);
  for (const s of servers) clients.push(traffic(s.url, RATE, Number(values['max-tokens'])));
  const fleet = { dir, remote, work, servers, promUrl: prom.url };
  console.log(
    `${N} servers (git remote, poll ${POLL} ms), steps ${STEPS.join(' -> ')}%, scrape ${values.scrape} s, soak ${values.soak} s, ` +
      `look every ${values.interval} s, ${RATE} requests/s per server of ${values['max-tokens']} tokens, shape ${values.shape} (slow ${values['slow-shape']})`,
  );
  let stable = '1.0.0';
  const twin = () => (stable === '1.0.0' ? '1.2.0' : '1.0.0');
  const plan: Array<[string, number]> = values.scenarios
    .split(',')
    .map((s) => [s, s === 'aa' ? Number(values['aa-runs']) || 1 : Number(values.runs)]);
  const outcomes: Record<string, string[]> = {};
  for (const [scenario, runs] of plan) {
    for (let r = 1; r <= runs; r++) {
      const canary = scenario === 'errors' ? '1.1.0' : scenario === 'slow' ? '1.3.0' : twin();
      const result = await runCanary(fleet, canary, stable);
      if (result.final === 'promote') stable = canary;
      (outcomes[scenario] ??= []).push(result.final);
      console.log(describe(scenario, r, result));
    }
  }
  for (const [scenario, finals] of Object.entries(outcomes)) {
    const count = (a: string) => finals.filter((f) => f === a).length;
    console.log(
      `${scenario}: ${count('abort')} aborted, ${count('promote')} promoted, ${count('undecided')} undecided of ${finals.length}`,
    );
  }
} finally {
  for (const c of clients) c.stop();
  for (const proc of procs) proc.kill('SIGTERM');
  await sleep(500);
  rmSync(dir, { recursive: true, force: true });
}
