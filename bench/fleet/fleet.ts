// bench/fleet: a thousand followers (the real Follower, sources and cache; a runtime that loads
// nothing) follow one registry through (a) a ConfigMap watch on the stand-in Kubernetes API
// server, (b) an http source with ETag, (c) a git remote over `git daemon`; and (d) a rollout
// spread over rollout.spread_s. Bundled and started by run.mjs; see README.md beside it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { StandInApiServer } from '../../test/serve/k8s-api-server.js';
import type { ArtifactMetadata, Pointer } from '../../src/core/documents.js';
import { writeGguf } from '../../src/gguf/writer.js';
import { ServeCache, type CachedArtifact } from '../../src/serve/cache.js';
import { Follower, type Runtime } from '../../src/serve/follower.js';
import { renderPointerDocument, type PointerSource } from '../../src/serve/pointer-source.js';
import { GitSource } from '../../src/serve/sources/git-source.js';
import { HttpSource } from '../../src/serve/sources/http-source.js';
import { KubernetesSource } from '../../src/serve/sources/kubernetes-source.js';
import { FileStore } from '../../src/store/index.js';

type Mode = 'k8s' | 'http' | 'git';

// ---------------------------------------------------------------- follower processes

/** One process holding `count` followers; prints `serving <index> <version> <epoch ms>` per switch. */
async function followers(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      mode: { type: 'string' },
      first: { type: 'string' },
      count: { type: 'string' },
      url: { type: 'string' },
      dir: { type: 'string' },
      store: { type: 'string' },
      'poll-ms': { type: 'string' },
      'spread-s': { type: 'string', default: '0' },
      'start-over-ms': { type: 'string', default: '0' },
      download: { type: 'boolean', default: false },
    },
  });
  const mode = values.mode as Mode;
  const first = Number(values.first);
  const count = Number(values.count);
  const store = new FileStore(values.store!);
  const all: Follower[] = [];
  const startOver = Number(values['start-over-ms']);
  const started = Date.now();
  for (let k = 0; k < count; k++) {
    const i = first + k;
    // Servers of a real fleet do not start in the same millisecond; neither do these.
    const at = started + (startOver * k) / count;
    if (at > Date.now()) await new Promise((r) => setTimeout(r, at - Date.now()));
    const cacheDir = path.join(values.dir!, `f${i}`);
    let source: PointerSource;
    if (mode === 'k8s')
      source = new KubernetesSource({
        spec: 'k8s:bench/mreg-pointer-production',
        env: 'production',
        environment: { MREG_K8S_API: values.url },
      });
    else if (mode === 'http')
      source = new HttpSource({ url: values.url!, env: 'production', pollMs: Number(values['poll-ms']) });
    else
      source = new GitSource({
        url: values.url!,
        branch: 'main',
        env: 'production',
        cacheDir,
        pollMs: Number(values['poll-ms']),
      });
    const runtime: Runtime = {
      async activate(a) {
        process.stdout.write(`serving ${i} ${a.meta.version} ${Date.now()}\n`);
      },
      async close() {},
    };
    const cacheOptions = { dir: cacheDir, keep: 3, store };
    const f = new Follower({
      env: 'production',
      source,
      cache: values.download ? new ReportingCache(cacheOptions, i) : new NoDownloadCache(cacheOptions),
      runtime,
      store,
      spreadS: Number(values['spread-s']),
      instance: `pod-${i}`,
      prefetchPrevious: false,
      logger: {
        info: (m) =>
          void (process.env.MREG_BENCH_DEBUG && i === 0 && process.stderr.write(`${Date.now()} follower ${i}: ${m}\n`)),
        warn: (m) => process.stderr.write(`follower ${i}: ${m}\n`),
      },
    });
    all.push(f);
    void f.start();
  }
  process.stdout.write('started\n');
  process.on('SIGTERM', () => void Promise.all(all.map((f) => f.stop())).finally(() => process.exit(0)));
}

/**
 * The real cache (the `active` link, the recent list) without the download: on one machine a
 * thousand downloads measure that machine's CPU (each verified download hashes on a worker
 * thread), while in a fleet each server downloads on its own. The spread phase downloads for real.
 */
class NoDownloadCache extends ServeCache {
  override async fetch(meta: ArtifactMetadata): Promise<CachedArtifact> {
    const p = new URL(meta.artifact.uri).pathname;
    return { id: `${meta.model}-v${meta.version}-${meta.quantization}`, meta, path: p, paths: [p], downloaded: false };
  }
}

/** The real cache, reporting when each download starts (what the store sees of a rollout). */
class ReportingCache extends ServeCache {
  constructor(
    o: ConstructorParameters<typeof ServeCache>[0],
    private readonly index: number,
  ) {
    super(o);
  }
  override async fetch(meta: ArtifactMetadata, base?: ArtifactMetadata): Promise<CachedArtifact> {
    process.stdout.write(`fetching ${this.index} ${meta.version} ${Date.now()}\n`);
    return super.fetch(meta, base);
  }
}

// ---------------------------------------------------------------- driver

interface Result {
  source: string;
  followers: number;
  pollMs: number | null;
  p50: number;
  p99: number;
  max: number;
  switched: number;
  quietS: number;
  quietRequests: number;
  quietFullBodies: number;
  requestsPerFollowerPerInterval: number | null;
  changeRequests: number;
  goal: string;
  ok: boolean;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type DriverValues = ReturnType<typeof parseDriverArgs>;

function parseDriverArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      followers: { type: 'string', default: '1000' },
      processes: { type: 'string', default: '4' },
      sources: { type: 'string', default: 'k8s,http,git,spread' },
      'http-poll-ms': { type: 'string', default: '5000' },
      'git-poll-ms': { type: 'string', default: '30000' },
      // Every git poll is a process (git ls-remote), and a change four more per follower: on 2
      // shared cores a thousand git followers measure process start-up, not the remote.
      'git-followers': { type: 'string', default: '200' },
      'spread-s': { type: 'string', default: '20' },
      'spread-followers': { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
      // Each real server has a disk of its own; a thousand caches fsyncing on one shared disk
      // would measure that disk. Memory-backed /dev/shm when there is one.
      dir: { type: 'string', default: existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir() },
    },
  }).values;
}

/** What every source's run shares: the scratch folder, the follower processes and the pointer documents. */
interface Fleet {
  root: string;
  bundle: string;
  procs: number;
  /** The pointer document that names version v (history id `id`). */
  doc: (v: string, id: number) => string;
}

/** Three tiny GGUF artifacts in a folder store: the switch cost is the follow, not the model. */
async function publishVersions(root: string): Promise<Record<string, ArtifactMetadata>> {
  const store = new FileStore(path.join(root, 'store'));
  const metas: Record<string, ArtifactMetadata> = {};
  for (const v of ['1.0.0', '2.0.0', '3.0.0']) {
    const local = path.join(root, `m-${v}.gguf`);
    await writeGguf(local, {
      metadata: [
        ['general.architecture', { type: 'string', value: 'llama' }],
        ['general.file_type', { type: 'uint32', value: 0 }],
      ],
      tensors: [],
    });
    appendFileSync(local, randomBytes(4096));
    const put = await store.putFile(`m/v${v}/m-v${v}-f32.gguf`, local);
    metas[v] = {
      model: 'm',
      version: v,
      quantization: 'f32',
      base_model: 'm',
      benchmark_score: null,
      created_at: '2026-01-01T00:00:00.000Z',
      parent_version: null,
      kind: 'gguf',
      status: 'active',
      artifact: { uri: put.uri, sha256: put.sha256, size: put.size },
    };
  }
  return metas;
}

function pointerDoc(metas: Record<string, ArtifactMetadata>): (v: string, id: number) => string {
  const ptr = (v: string, id: number): Pointer => ({ model: 'm', version: v, quantization: 'f32', history_id: id });
  return (v, id) =>
    JSON.stringify(
      renderPointerDocument({
        env: 'production',
        revision: `r${id}`,
        pointer: ptr(v, id),
        artifact: metas[v],
        historyId: id,
        committedAt: new Date().toISOString(),
        previous: null,
      }),
    ) + '\n';
}

/** One fleet's run against one source: how it is reached, changed and counted. */
interface FleetRun {
  mode: Mode;
  url: string;
  pollMs: number | null;
  spreadS: number;
  change: (v: string, id: number) => Promise<void>;
  counter: () => { total: number; full: number };
  quietMs: number;
  label: string;
  n: number;
  download: boolean;
}

interface FleetOutcome {
  latencies: number[];
  quiet: { total: number; full: number };
  changeCount: number;
  switchTimes: number[];
  fetchTimes: number[];
}

/** What the follower processes report: the version each follower serves (and since when), and when each began fetching 2.0.0. */
interface Reports {
  seen: Map<number, { version: string; t: number }>;
  fetches: Map<number, number>;
}

/** Starts the follower processes, `n` followers split across them, each process's reports read into `reports`. */
function spawnFollowers(fleet: Fleet, r: FleetRun, dir: string, startOver: number, reports: Reports): ChildProcess[] {
  const children: ChildProcess[] = [];
  const per = Math.ceil(r.n / fleet.procs);
  for (let p = 0; p < fleet.procs; p++) {
    const first = p * per;
    const count = Math.min(per, r.n - first);
    if (count <= 0) break;
    const args = [
      fleet.bundle,
      'followers',
      '--mode',
      r.mode,
      '--first',
      String(first),
      '--count',
      String(count),
      '--url',
      r.url,
      '--dir',
      dir,
      '--store',
      path.join(fleet.root, 'store'),
    ];
    args.push(
      '--poll-ms',
      String(r.pollMs ?? 0),
      '--spread-s',
      String(r.spreadS),
      '--start-over-ms',
      String(startOver),
    );
    if (r.download) args.push('--download');
    // MREG_BENCH_NODE_ARGS, e.g. --cpu-prof, goes to the follower processes (profiling).
    const nodeArgs = (process.env.MREG_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const c = spawn(process.execPath, [...nodeArgs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(c);
    createInterface({ input: c.stdout! }).on('line', (line) => {
      const m = /^serving (\d+) (\S+) (\d+)$/.exec(line);
      if (m) reports.seen.set(Number(m[1]), { version: m[2], t: Number(m[3]) });
      const f = /^fetching (\d+) 2\.0\.0 (\d+)$/.exec(line);
      if (f) reports.fetches.set(Number(f[1]), Number(f[2]));
    });
    let errs = 0;
    createInterface({ input: c.stderr! }).on('line', (line) => {
      if (errs++ < 5) process.stderr.write(`  [${r.label} p${p}] ${line}\n`);
    });
  }
  return children;
}

/** Whether all n followers report serving v before the timeout. */
async function waitAll(seen: Reports['seen'], n: number, v: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    let k = 0;
    for (const s of seen.values()) if (s.version === v) k++;
    if (k >= n) return true;
    await sleep(50);
  }
  return false;
}

/** Followers on 1.0.0, a quiet window counted, then the change to 2.0.0 and each follower's time to switch. */
async function runFleet(fleet: Fleet, r: FleetRun): Promise<FleetOutcome> {
  const { pollMs, label, n, counter } = r;
  const dir = path.join(fleet.root, `${label}-caches`);
  mkdirSync(dir);
  const reports: Reports = { seen: new Map(), fetches: new Map() };
  const { seen } = reports;
  // Start-up spread over one poll interval (2 s for the watch), as a rolling deployment would.
  const startOver = r.mode === 'k8s' ? 2000 : (pollMs ?? 0);
  const children = spawnFollowers(fleet, r, dir, startOver, reports);
  try {
    if (!(await waitAll(seen, n, '1.0.0', 120_000 + startOver)))
      throw new Error(`${label}: not every follower serves 1.0.0 after 120 s (${seen.size} report)`);
    // Let start-up polls settle, then count a quiet window: nothing changes in it.
    await sleep(pollMs ? pollMs : 1000);
    const q0 = counter();
    await sleep(r.quietMs);
    const q1 = counter();
    const t0 = Date.now();
    const c0 = counter();
    if (process.env.MREG_BENCH_DEBUG) process.stderr.write(`${t0} change\n`);
    await r.change('2.0.0', 2);
    const done = await waitAll(seen, n, '2.0.0', (pollMs ?? 0) * 2 + r.spreadS * 1000 + 60_000);
    const c1 = counter();
    const latencies: number[] = [];
    const switchTimes: number[] = [];
    for (const s of seen.values())
      if (s.version === '2.0.0') {
        latencies.push(s.t - t0);
        switchTimes.push(s.t - t0);
      }
    if (!done) process.stderr.write(`  ${label}: only ${latencies.length}/${n} switched before the timeout\n`);
    const fetchTimes = [...reports.fetches.values()].map((t) => t - t0);
    return {
      latencies,
      quiet: { total: q1.total - q0.total, full: q1.full - q0.full },
      changeCount: c1.total - c0.total,
      switchTimes,
      fetchTimes,
    };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
  }
}

/** The rollout's spread, in words: when the downloads of 2.0.0 (not cached) started, per fifth of the window. */
function spreadRow(r: FleetOutcome, n: number, spreadS: number): string {
  const w = spreadS * 1000;
  // What the store sees: when each download of the new version starts.
  const fifths = Array.from(
    { length: 5 },
    (_, k) => r.fetchTimes.filter((t) => t >= (k * w) / 5 && t < ((k + 1) * w) / 5).length,
  );
  const late = r.fetchTimes.filter((t) => t >= w + 1000).length;
  const ok =
    r.fetchTimes.length === n && late === 0 && fifths.every((c) => Math.abs(c - n / 5) <= 3 * Math.sqrt(n * 0.16));
  return (
    `rollout.spread_s ${spreadS}, ${n} followers downloading for real from a folder store: ${r.fetchTimes.length} downloads started, ` +
    `per fifth of the window: ${fifths.join(', ')} (ideal ${n / 5} +- ${Math.round(3 * Math.sqrt(n * 0.16))} each), first ${(Math.min(...r.fetchTimes) / 1000).toFixed(1)} s, ` +
    `last ${(Math.max(...r.fetchTimes) / 1000).toFixed(1)} s after the change; ${r.switchTimes.length}/${n} switched, the last ${(Math.max(...r.switchTimes) / 1000).toFixed(1)} s after it; ${ok ? 'met' : 'NOT MET'}`
  );
}

/** The ConfigMap watch on the stand-in API server: 'k8s' (n followers) or 'spread' (downloading, over rollout.spread_s). */
async function benchWatch(
  fleet: Fleet,
  s: 'k8s' | 'spread',
  values: DriverValues,
  n: number,
  results: Result[],
  spreadRows: string[],
): Promise<void> {
  const api = new StandInApiServer();
  api.recordRequests = false;
  await api.start();
  api.put('bench', 'mreg-pointer-production', { 'pointer.json': fleet.doc('1.0.0', 1) });
  // Bookmarks every few seconds, as a real API server sends them.
  const bm = setInterval(() => api.bookmark(), 5000);
  const count = () => ({
    total: Object.values(api.counts).reduce((a, b) => a + b, 0),
    full: (api.counts.list ?? 0) + (api.counts.get ?? 0),
  });
  const spreadS = s === 'spread' ? Number(values['spread-s']) : 0;
  try {
    const r = await runFleet(fleet, {
      mode: 'k8s',
      url: api.url,
      pollMs: null,
      spreadS,
      change: async (v, id) => void api.put('bench', 'mreg-pointer-production', { 'pointer.json': fleet.doc(v, id) }),
      counter: count,
      quietMs: 5000,
      label: s,
      n: s === 'spread' ? Number(values['spread-followers']) : n,
      download: s === 'spread',
    });
    if (s === 'spread') {
      // Downloads of 2.0.0 (not cached) start after each pod's delay: their spread over the window.
      spreadRows.push(spreadRow(r, Number(values['spread-followers']), spreadS));
      return;
    }
    const p99 = quantile(r.latencies, 0.99);
    results.push({
      source: 'k8s watch (stand-in API server)',
      followers: n,
      pollMs: null,
      p50: quantile(r.latencies, 0.5),
      p99,
      max: Math.max(...r.latencies),
      switched: r.latencies.length,
      quietS: 5,
      quietRequests: r.quiet.total,
      quietFullBodies: r.quiet.full,
      requestsPerFollowerPerInterval: null,
      changeRequests: r.changeCount,
      goal: 'p99 <= 2 s',
      ok: r.latencies.length === n && p99 <= 2000,
    });
  } finally {
    clearInterval(bm);
    await api.close();
  }
}

/** An http source with ETag: a server that answers If-None-Match with 304 while the pointer is unchanged. */
async function benchHttp(fleet: Fleet, values: DriverValues, n: number): Promise<Result> {
  let body = fleet.doc('1.0.0', 1);
  let etag = '"1"';
  const counts = { total: 0, full: 0 };
  const server = createServer((req, res) => {
    counts.total++;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    counts.full++;
    res.writeHead(200, { etag, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.maxConnections = 100_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const pollMs = Number(values['http-poll-ms']);
  try {
    const r = await runFleet(fleet, {
      mode: 'http',
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pointer.json`,
      pollMs,
      spreadS: 0,
      change: async (v, id) => {
        body = fleet.doc(v, id);
        etag = `"${id}"`;
      },
      counter: () => ({ ...counts }),
      quietMs: pollMs * 2,
      label: 'http',
      n,
      download: false,
    });
    return pollRow('http with ETag (If-None-Match)', r, n, pollMs);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

/** A bare registry repository whose `commit(v, id)` pushes a registry.json naming version v. */
function gitRegistry(fleet: Fleet): { base: string; commit: (v: string, id: number) => void } {
  const work = path.join(fleet.root, 'git-work');
  const base = path.join(fleet.root, 'git-served');
  mkdirSync(work);
  mkdirSync(base);
  const git = (args: string[], cwd: string) =>
    execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  git(['init', '--quiet', '--bare', '--initial-branch=main', path.join(base, 'registry.git')], fleet.root);
  writeFileSync(path.join(base, 'registry.git', 'git-daemon-export-ok'), '');
  git(['init', '--quiet', '--initial-branch=main'], work);
  const commit = (v: string, id: number) => {
    mkdirSync(path.join(work, 'registry'), { recursive: true });
    writeFileSync(path.join(work, 'registry', 'registry.json'), fleet.doc(v, id));
    git(['add', '-A'], work);
    git(['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '--quiet', '-m', `${v}`], work);
    git(['push', '--quiet', path.join(base, 'registry.git'), 'main'], work);
  };
  return { base, commit };
}

/** A git remote served by `git daemon`, polled with ls-remote and fetched on change. */
async function benchGit(fleet: Fleet, values: DriverValues): Promise<Result> {
  const { base, commit } = gitRegistry(fleet);
  commit('1.0.0', 1);
  // git daemon: one upload-pack per connection (an ls-remote, a fetch); it logs each request.
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const daemon = spawn(
    'git',
    [
      'daemon',
      '--verbose',
      `--base-path=${base}`,
      '--export-all',
      '--reuseaddr',
      `--port=${port}`,
      '--listen=127.0.0.1',
      '--max-connections=0',
      base,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const counts = { total: 0, full: 0 };
  createInterface({ input: daemon.stderr! }).on('line', (l) => {
    if (/Request upload-pack/.test(l)) counts.total++;
  });
  await sleep(500);
  const pollMs = Number(values['git-poll-ms']);
  const n = Number(values['git-followers']);
  try {
    const r = await runFleet(fleet, {
      mode: 'git',
      url: `git://127.0.0.1:${port}/registry.git`,
      pollMs,
      spreadS: 0,
      change: async (v, id) => commit(v, id),
      counter: () => ({ ...counts }),
      quietMs: pollMs * 2,
      label: 'git',
      n,
      download: false,
    });
    const row = pollRow('git daemon (ls-remote, then fetch on change)', r, n, pollMs);
    row.quietFullBodies = NaN; // a quiet ls-remote is a ref advertisement; fetches are counted with the change
    return row;
  } finally {
    daemon.kill('SIGTERM');
  }
}

function printTable(n: number, procs: number, machine: string, results: Result[], spreadRows: string[]): void {
  process.stdout.write(`\nbench/fleet: ${n} followers in ${procs} processes; ${machine}\n\n`);
  process.stdout.write(
    '| source | poll | p50 change->switch | p99 | max | switched | requests in quiet window (per follower per interval) | full bodies when unchanged | requests during the change | goal | met |\n',
  );
  process.stdout.write('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n');
  for (const r of results) {
    const perInt = r.requestsPerFollowerPerInterval === null ? '' : ` (${r.requestsPerFollowerPerInterval.toFixed(2)})`;
    process.stdout.write(
      `| ${r.source} | ${r.pollMs === null ? 'watch' : `${r.pollMs / 1000} s`} | ${(r.p50 / 1000).toFixed(2)} s | ${(r.p99 / 1000).toFixed(2)} s | ${(r.max / 1000).toFixed(2)} s | ${r.switched}/${r.followers} | ${r.quietRequests} in ${r.quietS} s${perInt} | ${Number.isNaN(r.quietFullBodies) ? 'n/a' : r.quietFullBodies} | ${r.changeRequests} | ${r.goal} | ${r.ok ? 'yes' : 'NO'} |\n`,
    );
  }
  for (const row of spreadRows) process.stdout.write(`\n${row}\n`);
}

async function driver(argv: string[]): Promise<void> {
  const values = parseDriverArgs(argv);
  const n = Number(values.followers);
  const procs = Math.max(1, Number(values.processes));
  const root = mkdtempSync(path.join(values.dir!, 'mreg-bench-fleet-'));
  const results: Result[] = [];
  const spreadRows: string[] = [];
  try {
    const fleet: Fleet = { root, bundle: process.argv[1], procs, doc: pointerDoc(await publishVersions(root)) };
    for (const s of values.sources!.split(',')) {
      if (s === 'k8s' || s === 'spread') await benchWatch(fleet, s, values, n, results, spreadRows);
      else if (s === 'http') results.push(await benchHttp(fleet, values, n));
      else if (s === 'git') results.push(await benchGit(fleet, values));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const machine = `${os.cpus().length} cores ${os.arch()}, Node ${process.versions.node}, load average at the end ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`;
  if (values.json) {
    process.stdout.write(
      JSON.stringify({ machine, followers: n, processes: procs, results, spread: spreadRows }, null, 2) + '\n',
    );
    return;
  }
  printTable(n, procs, machine, results, spreadRows);
}

function pollRow(
  source: string,
  r: { latencies: number[]; quiet: { total: number; full: number }; changeCount: number },
  n: number,
  pollMs: number,
): Result {
  const p99 = quantile(r.latencies, 0.99);
  const quietS = (pollMs * 2) / 1000;
  const perInterval = r.quiet.total / (n * 2);
  return {
    source,
    followers: n,
    pollMs,
    p50: quantile(r.latencies, 0.5),
    p99,
    max: Math.max(...r.latencies),
    switched: r.latencies.length,
    quietS,
    quietRequests: r.quiet.total,
    quietFullBodies: r.quiet.full,
    requestsPerFollowerPerInterval: perInterval,
    changeRequests: r.changeCount,
    goal: `p99 <= ${pollMs / 1000 + 1} s, <= 1 request per follower per interval, no body unchanged`,
    ok: r.latencies.length === n && p99 <= pollMs + 1000 && perInterval <= 1 && r.quiet.full === 0,
  };
}

const [role, ...rest] = process.argv.slice(2);
(role === 'followers' ? followers(rest) : driver(role === 'driver' ? rest : process.argv.slice(2))).catch(
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
