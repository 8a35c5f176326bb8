/**
 * See run.mjs and README.md. How often does the real gate (runGate, DEFAULT_CONFIG, the default
 * suite, llama.cpp on the CPU) give the right verdict when the true difference is known?
 *
 * Scenarios (baseline always the base tiny f16 model, shape { layers: 4, ff: 256 } unless --shape names another):
 *   aa      the very same file as candidate (published as another version)   goal: 0 fail, <= 1/20 inconclusive
 *   slow12  identical outputs, a wider zero FFN calibrated to ~12% slower      goal: fail >= 19/20
 *   slow40  identical outputs, a wider zero FFN calibrated to ~40% slower      goal: fail 20/20
 *   ppl6    same shape, more smoothing: perplexity ~6% worse                   goal: fail 20/20
 *   better  same shape, less smoothing: lower perplexity                       goal: pass 20/20
 * Each scenario runs quiet and with a child process spinning `for(;;){}` on one core.
 * --shape 32000,1024,8,2816 --suite starter measures at the size of a real small model (322 MiB) with the suite
 * `mreg init` writes.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../src/state/config.js';
import { describeDevice, getSharedLlama, llamaCppBuild } from '../../src/llama/runtime.js';
import { LlamaBackend } from '../../src/eval/backends/llama.js';
import { loadSuite, type EvalSuite } from '../../src/eval/suite.js';
import { estimateBigram, generateTinyModel, tinyTokenize, TINY_BOS, TINY_VOCAB } from '../../src/gguf/tiny-model.js';
import { DEFAULT_SEQUENTIAL, decidePaired, sequentialPlan } from '../../src/core/stats.js';
import type { EvalSession } from '../../src/eval/session.js';
import { runGate } from '../../src/ops/gate.js';
import type { HistoryEntry } from '../../src/core/documents.js';

const ROOT = process.env.MREG_BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const QUANT = 'f16' as const;

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '20' },
    only: { type: 'string' },
    loads: { type: 'string', default: 'quiet,busy' },
    json: { type: 'string' },
    'calib-pairs': { type: 'string', default: '120' },
    // Skip the search for a slowdown shape: "layers,ff" (the ratio is still measured and printed).
    'shape-slow12': { type: 'string' },
    'shape-slow40': { type: 'string' },
    'smoothing-ppl6': { type: 'string' },
    'smoothing-better': { type: 'string', default: '0.1' },
    // vocab,embd,layers,ff of the baseline (default: the demo's tiny shape); demo or starter suite.
    shape: { type: 'string' },
    suite: { type: 'string', default: 'demo' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'node bench/gate-statistics/run.mjs [--trials 20] [--only aa,slow12,slow40,ppl6,better] [--loads quiet,busy] [--json out.json]\n' +
      '  [--calib-pairs 120] [--shape-slow12 layers,ff] [--shape-slow40 layers,ff] [--smoothing-ppl6 s] [--smoothing-better 0.1]\n' +
      '  [--shape vocab,embd,layers,ff] [--suite demo|starter]',
  );
  process.exit(0);
}
const TRIALS = Number(values.trials);
if (!(Number.isInteger(TRIALS) && TRIALS >= 1))
  throw new Error(`--trials ${values.trials}: expected a positive integer`);
const CALIB_PAIRS = Number(values['calib-pairs']);
type Shape = { vocab?: number; embd?: number; layers: number; ff: number };
const BASE_SHAPE: Shape = (() => {
  if (!values.shape) return { layers: 4, ff: 256 };
  const [vocab, embd, layers, ff] = values.shape.split(',').map(Number);
  if (![vocab, embd, layers, ff].every(Number.isInteger))
    throw new Error(`--shape ${values.shape}: expected vocab,embd,layers,ff, e.g. 32000,1024,8,2816`);
  return { vocab, embd, layers, ff };
})();
if (values.suite !== 'demo' && values.suite !== 'starter')
  throw new Error(`--suite ${values.suite}: expected demo or starter`);
const SUITE_FILE = path.join(ROOT, values.suite === 'demo' ? 'eval/default-suite.json' : 'eval/suite.json');
const CORPUS_FILE = path.join(ROOT, values.suite === 'demo' ? 'eval/default-corpus.txt' : 'eval/neutral-text.txt');

type Verdict = 'pass' | 'fail' | 'inconclusive';
type Counts = Record<Verdict, number>;
interface ScenarioDef {
  id: string;
  title: string;
  goal: string;
  met: (c: Counts, n: number) => boolean;
}
const SCENARIOS: ScenarioDef[] = [
  {
    id: 'aa',
    title: 'A/A: the same file as candidate and baseline',
    goal: 'fail 0, inconclusive <= 1/20',
    met: (c, n) => c.fail === 0 && c.inconclusive <= n / 20,
  },
  {
    id: 'slow12',
    title: 'A/B ~12% slower, identical outputs',
    goal: 'fail >= 19/20',
    met: (c, n) => c.fail >= (19 / 20) * n,
  },
  { id: 'slow40', title: 'A/B ~40% slower, identical outputs', goal: 'fail 20/20', met: (c, n) => c.fail === n },
  { id: 'ppl6', title: 'A/B ~6% worse perplexity, same speed', goal: 'fail 20/20', met: (c, n) => c.fail === n },
  {
    id: 'better',
    title: 'strictly better (lower perplexity), same speed',
    goal: 'pass 20/20',
    met: (c, n) => c.pass === n,
  },
];
const selected = (() => {
  if (!values.only) return SCENARIOS;
  const want = values.only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return want.map((w) => {
    const s = /^\d+$/.test(w) ? SCENARIOS[Number(w) - 1] : SCENARIOS.find((x) => x.id === w);
    if (!s) throw new Error(`--only ${w}: expected one of ${SCENARIOS.map((x, i) => `${x.id} (${i + 1})`).join(', ')}`);
    return s;
  });
})();
const LOADS = values.loads.split(',').map((s) => s.trim()) as Array<'quiet' | 'busy'>;
for (const l of LOADS)
  if (l !== 'quiet' && l !== 'busy') throw new Error(`--loads ${values.loads}: expected quiet and/or busy`);

// ---------------------------------------------------------------------------------------------
const t0 = performance.now();
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model?.trim() ?? os.arch(),
  cores: cpus.length,
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  memory_gib: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  loadavg_start: os.loadavg().map((x) => Number(x.toFixed(2))),
};
// The gate's code moves while others work on it: record which version this run measured.
const SOURCES = [
  'src/ops/gate.ts',
  'src/core/gate-decision.ts',
  'src/core/stats.ts',
  'src/eval/paired.ts',
  'src/eval/run-suite.ts',
  'src/eval/backends/llama.ts',
  'src/state/config.ts',
];
const source = {
  git_head: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })(),
  dirty: (() => {
    try {
      return execFileSync('git', ['status', '--porcelain', '--', ...SOURCES], { cwd: ROOT, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(3));
    } catch {
      return null;
    }
  })(),
  sha256: Object.fromEntries(
    await Promise.all(
      SOURCES.map(
        async (f) =>
          [
            f,
            createHash('sha256')
              .update(await readFile(path.join(ROOT, f)))
              .digest('hex')
              .slice(0, 12),
          ] as const,
      ),
    ),
  ),
};
console.log(
  `machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}, ${machine.memory_gib} GiB`,
);
console.log(`load average at start: ${machine.loadavg_start.join(' ')}`);
console.log(
  `source: git ${source.git_head}${source.dirty?.length ? `, uncommitted changes in ${source.dirty.join(', ')}` : ''} (bundled at start)`,
);

process.env.MREG_LLAMA_GPU = 'false';
const llama = await getSharedLlama(false);
const device = await describeDevice(llama);
const llamaCpp = await llamaCppBuild(llama);
const gate = DEFAULT_CONFIG.gate;
const gateSettings = {
  budget_s: gate.budget_s ?? 30,
  max_pairs: gate.max_pairs ?? 1200,
  confidence: gate.confidence ?? DEFAULT_SEQUENTIAL.confidence,
  thresholds: Object.fromEntries(
    Object.entries(gate.metrics).map(([k, t]) => [k, t.max_regression ?? gate.default_max_regression]),
  ),
  inconclusive: gate.inconclusive,
};
console.log(`device: ${device}; ${llamaCpp}`);
console.log(
  `gate: DEFAULT_CONFIG (${Object.entries(gateSettings.thresholds)
    .map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`)
    .join(', ')}), ` +
    `budget ${gateSettings.budget_s} s, at most ${gateSettings.max_pairs} pairs, confidence ${gateSettings.confidence}; suite ${path.relative(ROOT, SUITE_FILE)}`,
);
console.log(
  `trials per scenario and load: ${TRIALS}; scenarios: ${selected.map((s) => s.id).join(', ')}; loads: ${LOADS.join(', ')}\n`,
);

const suite: EvalSuite = await loadSuite(SUITE_FILE);
const corpus = await readFile(CORPUS_FILE, 'utf8');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-gate-stats-'));
const backend = new LlamaBackend({ gpu: false });

/**
 * Records the gate's raw pairs without touching src/: the gate's llama backend is this bundle's
 * LlamaBackend, so wrapping `open` sees every timed generation. measureGateRun opens the
 * candidate, then the baseline; each swap of the load order reopens both, the other one first.
 * measurePaired gives each session one untimed warm-up generation, then generates one prompt per
 * side per pair (quality() does not go through `generate`).
 */
let recording: number[][] | null = null;

/**
 * Each side's timed generations in order, warm-ups left out: sessions open in pairs, the
 * candidate first in the 1st, 3rd ... pair of opens and the baseline first in the others.
 */
function sidesOf(opens: number[][]): { ct: number[]; bt: number[] } {
  const ct: number[] = [];
  const bt: number[] = [];
  opens.forEach((times, i) => {
    const candidateFirst = Math.floor(i / 2) % 2 === 0;
    const isCandidate = candidateFirst === (i % 2 === 0);
    (isCandidate ? ct : bt).push(...times.slice(1));
  });
  return { ct, bt };
}
const originalOpen = LlamaBackend.prototype.open;
LlamaBackend.prototype.open = async function (
  this: LlamaBackend,
  modelPath: string,
  s: EvalSuite,
): Promise<EvalSession> {
  const session = await originalOpen.call(this, modelPath, s);
  if (!recording) return session;
  const times: number[] = [];
  recording.push(times);
  return {
    ...session,
    generateTimed: async (prompt, maxTokens) => {
      const t = performance.now();
      const r = await session.generateTimed(prompt, maxTokens);
      times.push(performance.now() - t);
      return r;
    },
  };
};

let busy: ChildProcess | null = null;
function stopBusy(): void {
  if (busy && busy.exitCode === null && busy.signalCode === null) busy.kill('SIGKILL');
  busy = null;
}
process.on('exit', stopBusy);
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    stopBusy();
    process.exit(130);
  });
async function startBusy(): Promise<void> {
  busy = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 300)); // let it get going
}

const round = (x: number, d = 4) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
const median = (a: number[]): number => {
  const s = a.filter(Number.isFinite).sort((x, y) => x - y);
  if (!s.length) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (x: number | null | undefined, d = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(d)}%`;

// ---------------------------------------------------------------------------------------------
// Models.
const modelFile = (name: string) => path.join(tmp, `${name}.gguf`);
async function makeModel(name: string, shape: Shape, smoothing = 1): Promise<string> {
  return (await generateTinyModel({ out: modelFile(name), corpus, quantization: QUANT, shape, smoothing })).path;
}
const basePath = await makeModel('base', BASE_SHAPE);

/**
 * Times generations of the suite's latency prompts, candidate and baseline back to back in
 * alternating order (as the gate does), both models loaded. Returns the median per-pair ratio
 * (candidate / baseline), the ratio of total times, and whether every output was identical.
 */
async function sideBySide(candPath: string, pairs: number) {
  const c = await backend.open(candPath, suite);
  const b = await backend.open(basePath, suite);
  try {
    for (const p of suite.latency) {
      await c.generateTimed(p.prompt, p.maxTokens);
      await b.generateTimed(p.prompt, p.maxTokens);
    }
    const logs: number[] = [];
    let ct = 0;
    let bt = 0;
    let identical = true;
    for (let i = 0; i < pairs; i++) {
      const p = suite.latency[i % suite.latency.length];
      const time = async (s: typeof c) => {
        const t = performance.now();
        const g = await s.generateTimed(p.prompt, p.maxTokens);
        return { ms: performance.now() - t, text: g.text };
      };
      let cr;
      let br;
      if (i % 2 === 0) {
        cr = await time(c);
        br = await time(b);
      } else {
        br = await time(b);
        cr = await time(c);
      }
      if (cr.text !== br.text) identical = false;
      logs.push(Math.log(cr.ms / br.ms));
      ct += cr.ms;
      bt += br.ms;
    }
    return {
      medianRatio: Math.exp(median(logs)),
      totalRatio: ct / bt,
      identical,
      baseMsPerGeneration: bt / pairs,
      candMsPerGeneration: ct / pairs,
    };
  } finally {
    await c.close();
    await b.close();
  }
}

/** Perplexity and accuracy as the gate measures them, with the time the load and quality() take. */
async function quality(p: string) {
  const t = performance.now();
  const s = await backend.open(p, suite);
  const loaded = performance.now();
  try {
    const q = await s.quality();
    return { ...q, loadMs: loaded - t, qualityMs: performance.now() - loaded };
  } finally {
    await s.close();
  }
}

interface SlowCalibration {
  shape: Shape;
  path: string;
  medianRatio: number;
  totalRatio: number;
  identical: boolean;
  probes: Array<{ ff: number; layers: number; medianRatio: number; totalRatio: number }>;
}

/** A wider zero FFN (4 layers) chosen so that the candidate is `target` times slower per generation. */
async function calibrateSlow(name: string, target: number, fixed?: string): Promise<SlowCalibration> {
  const probes: SlowCalibration['probes'] = [];
  const tryShape = async (shape: Shape) => {
    const p = await makeModel(`${name}-l${shape.layers}-ff${shape.ff}`, shape);
    const r = await sideBySide(p, CALIB_PAIRS);
    probes.push({ ...shape, medianRatio: round(r.medianRatio)!, totalRatio: round(r.totalRatio)! });
    console.log(
      `  ${name}: layers ${shape.layers}, ff ${shape.ff}: median pair ratio ${r.medianRatio.toFixed(3)}, total-time ratio ${r.totalRatio.toFixed(3)}, ` +
        `${r.baseMsPerGeneration.toFixed(1)} ms/generation for the baseline, outputs ${r.identical ? 'identical' : 'DIFFER'}`,
    );
    return { shape, path: p, ...r };
  };
  if (fixed) {
    const [layers, ff] = fixed.split(',').map(Number);
    const r = await tryShape({ ...BASE_SHAPE, layers, ff });
    return {
      shape: r.shape,
      path: r.path,
      medianRatio: r.medianRatio,
      totalRatio: r.totalRatio,
      identical: r.identical,
      probes,
    };
  }
  // The cost grows about linearly with ff: fit the slope through (256, 1) and search, 3 probes.
  const tried: Array<Awaited<ReturnType<typeof tryShape>>> = [];
  let ff = BASE_SHAPE.ff * (target < 1.2 ? 2 : 4);
  for (let k = 0; k < 3; k++) {
    const r = await tryShape({ ...BASE_SHAPE, ff });
    tried.push(r);
    // Both the median and the total-time ratio estimate the slowdown; their mean is a little steadier.
    const xs = tried.map((t) => t.shape.ff - BASE_SHAPE.ff);
    const ys = tried.map((t) => Math.log((t.medianRatio + t.totalRatio) / 2));
    const slope = xs.reduce((a, x, i) => a + x * ys[i], 0) / xs.reduce((a, x) => a + x * x, 0);
    const next =
      slope > 0
        ? Math.min(65536, Math.max(288, BASE_SHAPE.ff + 32 * Math.round(Math.log(target) / slope / 32)))
        : ff * 2;
    if (tried.some((t) => t.shape.ff === next)) break;
    ff = next;
  }
  const err = (t: (typeof tried)[number]) => Math.abs(Math.log((t.medianRatio + t.totalRatio) / 2 / target));
  const best = tried.reduce((a, t) => (err(t) < err(a) ? t : a));
  return {
    shape: best.shape,
    path: best.path,
    medianRatio: best.medianRatio,
    totalRatio: best.totalRatio,
    identical: tried.every((t) => t.identical),
    probes,
  };
}

/** Bigram perplexity over the tokens the gate scores (the corpus' bytes up to the suite's max_tokens). */
function bigramPpl(smoothing: number): number {
  const all = tinyTokenize(corpus);
  const toks = suite.perplexity?.maxTokens ? all.slice(0, suite.perplexity.maxTokens) : all;
  const lp = estimateBigram([tinyTokenize(corpus)], smoothing);
  let prev = TINY_BOS;
  let sum = 0;
  for (const t of toks) {
    sum += lp[prev * TINY_VOCAB + t];
    prev = t;
  }
  return Math.exp(-sum / toks.length);
}
/** The add-k smoothing whose bigram perplexity is `ratio` times the base model's (smoothing 1). */
function smoothingFor(ratio: number): number {
  const target = bigramPpl(1) * ratio;
  let lo = 1;
  let hi = 64;
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi);
    if (bigramPpl(mid) < target) lo = mid;
    else hi = mid;
  }
  return Number(Math.sqrt(lo * hi).toFixed(4));
}

const want = new Set(selected.map((s) => s.id));
const candidates: Record<string, { path: string; describe: string }> = {};
const calibration: Record<string, unknown> = {};
const baseQ = await quality(basePath);
console.log(
  `baseline: tiny f16, layers ${BASE_SHAPE.layers}, ff ${BASE_SHAPE.ff}, smoothing 1: perplexity ${baseQ.perplexity?.toFixed(4)} ` +
    `(${baseQ.perplexityTokens} tokens), accuracy ${baseQ.accuracy}; load ${baseQ.loadMs.toFixed(0)} ms, quality (perplexity + accuracy) ${baseQ.qualityMs.toFixed(0)} ms`,
);
calibration.baseline = {
  shape: BASE_SHAPE,
  smoothing: 1,
  perplexity: baseQ.perplexity,
  accuracy: baseQ.accuracy,
  load_ms: Math.round(baseQ.loadMs),
  quality_ms: Math.round(baseQ.qualityMs),
};

if (want.has('aa')) {
  candidates.aa = { path: basePath, describe: 'the baseline file itself' };
}
console.log('calibration (generations timed side by side, order alternating, before the trials):');
for (const [id, target, fixed] of [
  ['slow12', 1.12, values['shape-slow12']],
  ['slow40', 1.4, values['shape-slow40']],
] as const) {
  if (!want.has(id)) continue;
  const c = await calibrateSlow(id, target, fixed);
  const q = await quality(c.path);
  console.log(
    `  => ${id}: layers ${c.shape.layers}, ff ${c.shape.ff}: measured slowdown ${pct(c.medianRatio - 1)} (median pair), ${pct(c.totalRatio - 1)} (total time); ` +
      `outputs ${c.identical ? 'identical' : 'DIFFER'}; perplexity ${q.perplexity?.toFixed(4)} (${pct((q.perplexity ?? NaN) / (baseQ.perplexity ?? NaN) - 1, 3)}), accuracy ${q.accuracy}`,
  );
  candidates[id] = {
    path: c.path,
    describe: `layers ${c.shape.layers}, ff ${c.shape.ff} (zero FFN), ${pct(c.medianRatio - 1)} slower at calibration`,
  };
  calibration[id] = { target: target, ...c, path: undefined, perplexity: q.perplexity, accuracy: q.accuracy };
}
for (const [id, smoothing] of [
  ['ppl6', values['smoothing-ppl6'] ? Number(values['smoothing-ppl6']) : smoothingFor(1.06)],
  ['better', Number(values['smoothing-better'])],
] as const) {
  if (!want.has(id)) continue;
  const p = await makeModel(`${id}-s${smoothing}`, BASE_SHAPE, smoothing);
  const q = await quality(p);
  const ratio = (q.perplexity ?? NaN) / (baseQ.perplexity ?? NaN);
  const speed = await sideBySide(p, Math.min(CALIB_PAIRS, 60));
  console.log(
    `  ${id}: smoothing ${smoothing}: perplexity ${q.perplexity?.toFixed(4)}, ratio to baseline ${ratio.toFixed(4)} (${pct(ratio - 1, 2)}; bigram in JS ${pct(bigramPpl(smoothing) / bigramPpl(1) - 1, 2)}), ` +
      `accuracy ${q.accuracy}; speed ratio ${speed.medianRatio.toFixed(3)} (median pair), ${speed.totalRatio.toFixed(3)} (total)`,
  );
  candidates[id] = { path: p, describe: `smoothing ${smoothing}, perplexity ${pct(ratio - 1, 2)}` };
  calibration[id] = {
    smoothing,
    perplexity: q.perplexity,
    accuracy: q.accuracy,
    perplexityRatio: ratio,
    speedMedianRatio: speed.medianRatio,
    speedTotalRatio: speed.totalRatio,
  };
}
console.log(`calibration done in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);

// ---------------------------------------------------------------------------------------------
// Trials.
const baselineEntry: HistoryEntry = {
  id: 1,
  env: 'staging',
  model: 'tiny',
  version: '1.0.0',
  quantization: QUANT,
  deployed_at: '2026-01-01T00:00:00.000Z',
  rolled_back: false,
  metrics: null,
  action: 'deploy',
  actor: 'bench',
  reason: null,
  previous_version: null,
};

/**
 * The same recorded pairs decided two other ways (latency, 5%), to tell the plan's price from the
 * budget's: (a) a sequential plan sized to the pairs this trial actually got (its looks and its
 * Bonferroni divisor) instead of one sized to max_pairs 1200; (b) one look at the end at plain 95%,
 * the most any plan could get out of these pairs. Hindsight figures, not a gate.
 */
function whatIf(logRatios: number[]): { plan_sized_to_pairs: string; one_look_at_end: string } | null {
  const maxRegression = gateSettings.thresholds.latency_p50_ms;
  const verdict = (v: string) => (v === 'undecided' ? 'inconclusive' : v);
  if (logRatios.length === 0) return null;
  const plan = sequentialPlan({ maxPairs: logRatios.length, confidence: gateSettings.confidence });
  let sized = 'undecided';
  for (const at of plan.lookAt) {
    sized = decidePaired({
      logRatios: logRatios.slice(0, at),
      maxRegression,
      confidence: gateSettings.confidence,
      looks: plan.maxLooks,
    }).verdict;
    if (sized !== 'undecided') break;
  }
  const once = decidePaired({ logRatios, maxRegression, confidence: gateSettings.confidence, looks: 1 }).verdict;
  return { plan_sized_to_pairs: verdict(sized), one_look_at_end: verdict(once) };
}
const iqr = (a: number[]): number => {
  const s = [...a].sort((x, y) => x - y);
  return s.length < 4 ? Number.NaN : s[Math.floor(0.75 * (s.length - 1))] - s[Math.floor(0.25 * (s.length - 1))];
};

interface TrialRecord {
  trial: number;
  verdict: Verdict;
  wall_ms: number;
  gate_wall_ms: number;
  pairs: number;
  sampling_ms: number;
  loadavg1: number;
  /** log(candidate ms / baseline ms) of each pair, in order, as the gate timed them (recorded around the session). */
  pair_log_ratios: number[];
  /** What-if verdicts of the latency series on the same pairs (see whatIf). */
  what_if: { plan_sized_to_pairs: string; one_look_at_end: string } | null;
  metrics: Record<
    string,
    {
      verdict: string;
      regression: number | null;
      lo: number | null;
      hi: number | null;
      pairs: number | null;
      candidate: number | null;
      baseline: number | null;
    }
  >;
}
interface BlockRecord {
  scenario: string;
  load: 'quiet' | 'busy';
  candidate: string;
  trials: TrialRecord[];
  counts: Counts;
  median_wall_s: number | null;
  median_pairs: number | null;
  median_p50_regression: number | null;
  median_tps_regression: number | null;
  not_decided_by: Record<string, number>;
  /** Median over trials of the interquartile range of the per-pair log ratios: the noise the gate had to see through. */
  median_pair_iqr: number | null;
  median_sampling_s: number | null;
  what_if: { plan_sized_to_pairs: Counts; one_look_at_end: Counts };
  goal: string;
  met: boolean;
}
const blocks: BlockRecord[] = [];
function countOf(verdicts: string[]): Counts {
  const c: Counts = { pass: 0, fail: 0, inconclusive: 0 };
  for (const v of verdicts) c[v as Verdict]++;
  return c;
}
const fmtCounts = (c: Counts) => `${c.pass}/${c.fail}/${c.inconclusive}`;

async function writeJson(done: boolean): Promise<void> {
  if (!values.json) return;
  const doc = {
    bench: 'gate-statistics',
    done,
    machine,
    source,
    device,
    llama_cpp: llamaCpp,
    gate: gateSettings,
    suite: path.relative(ROOT, SUITE_FILE),
    trials: TRIALS,
    calibration,
    blocks,
    runtime_s: round((performance.now() - t0) / 1000, 1),
  };
  await writeFile(values.json, JSON.stringify(doc, null, 2) + '\n');
}

let version = 1;
try {
  for (const sc of selected) {
    const cand = candidates[sc.id];
    for (const load of LOADS) {
      console.log(`== ${sc.id} (${sc.title}), ${load}: candidate ${cand.describe}`);
      if (load === 'busy') await startBusy();
      const trials: TrialRecord[] = [];
      try {
        for (let i = 0; i < TRIALS; i++) {
          // Every trial publishes the candidate as a new version; A/A: byte for byte the baseline.
          const candidateId = `tiny-v1.0.${version++}-${QUANT}`;
          recording = [];
          const t = performance.now();
          const report = await runGate({
            candidatePath: cand.path,
            candidateId,
            candidateQuantization: QUANT,
            baselineEntry,
            history: [baselineEntry],
            env: 'staging',
            config: DEFAULT_CONFIG,
            repoRoot: ROOT,
            suitePath: SUITE_FILE,
            backend: 'llama',
            backendOptions: { gpu: false },
            fetchBaseline: async () => basePath,
          });
          const wall = performance.now() - t;
          const { ct, bt } = sidesOf(recording);
          recording = null;
          // With no pairs (performance skipped after a quality failure) the generations recorded
          // are the one-side figures, not pairs.
          const n = report.json.sampling.pairs;
          if (n > 0 && Math.min(ct.length, bt.length) !== n)
            console.log(`  (warning: recorded ${Math.min(ct.length, bt.length)} pairs, the gate reports ${n})`);
          const logRatios =
            n > 0
              ? Array.from({ length: Math.min(n, ct.length, bt.length) }, (_, k) => round(Math.log(ct[k] / bt[k]), 5)!)
              : [];
          const metrics: TrialRecord['metrics'] = {};
          for (const m of report.json.metrics) {
            metrics[m.metric] = {
              verdict: m.verdict,
              regression: m.regression === null ? null : round(m.regression, 5),
              lo: m.interval ? round(m.interval.lo, 5) : null,
              hi: m.interval ? round(m.interval.hi, 5) : null,
              pairs: m.interval?.pairs ?? null,
              candidate: m.candidate === null ? null : round(m.candidate, 5),
              baseline: m.baseline === null ? null : round(m.baseline, 5),
            };
          }
          const rec: TrialRecord = {
            trial: i + 1,
            verdict: report.verdict,
            wall_ms: Math.round(wall),
            gate_wall_ms: report.json.wall_ms,
            pairs: report.json.sampling.pairs,
            sampling_ms: report.json.sampling.ms,
            loadavg1: round(os.loadavg()[0], 2)!,
            pair_log_ratios: logRatios,
            what_if: whatIf(logRatios),
            metrics,
          };
          trials.push(rec);
          const perf = ['latency_p50_ms', 'latency_p95_ms', 'tokens_per_s'].map((k) => {
            const m = metrics[k];
            return m
              ? `${k.replace('latency_', '').replace('_ms', '')} ${m.verdict.slice(0, 4)} ${pct(m.regression)} [${pct(m.lo)}, ${pct(m.hi)}]`
              : '';
          });
          const ppl = metrics.perplexity;
          console.log(
            `  [${sc.id} ${load} ${String(i + 1).padStart(2)}/${TRIALS}] ${report.verdict.padEnd(12)} ${(wall / 1000).toFixed(1).padStart(5)} s (sampling ${(rec.sampling_ms / 1000).toFixed(1)} s) ${String(rec.pairs).padStart(4)} pairs | ` +
              `ppl ${ppl?.verdict ?? '?'} ${pct(ppl?.regression, 2)} | ${perf.join(' | ')} | load ${rec.loadavg1}`,
          );
        }
      } finally {
        if (load === 'busy') stopBusy();
      }
      const counts: Counts = { pass: 0, fail: 0, inconclusive: 0 };
      const notDecidedBy: Record<string, number> = {};
      for (const tr of trials) {
        counts[tr.verdict]++;
        // What kept a trial from the verdict it should have had: metrics inconclusive or failing where they should not.
        for (const [k, m] of Object.entries(tr.metrics))
          if (
            m.verdict === 'inconclusive' ||
            (sc.id !== 'ppl6' && sc.id !== 'slow12' && sc.id !== 'slow40' && m.verdict === 'fail')
          )
            notDecidedBy[`${k} ${m.verdict}`] = (notDecidedBy[`${k} ${m.verdict}`] ?? 0) + 1;
      }
      const block: BlockRecord = {
        scenario: sc.id,
        load,
        candidate: cand.describe,
        trials,
        counts,
        median_wall_s: round(median(trials.map((t) => t.wall_ms)) / 1000, 2),
        median_pairs: median(trials.map((t) => t.pairs)),
        median_p50_regression: round(median(trials.map((t) => t.metrics.latency_p50_ms?.regression ?? NaN)), 4),
        median_tps_regression: round(median(trials.map((t) => t.metrics.tokens_per_s?.regression ?? NaN)), 4),
        not_decided_by: notDecidedBy,
        median_pair_iqr: round(median(trials.map((t) => iqr(t.pair_log_ratios))), 4),
        median_sampling_s: round(median(trials.map((t) => t.sampling_ms)) / 1000, 2),
        what_if: {
          plan_sized_to_pairs: countOf(trials.flatMap((t) => (t.what_if ? [t.what_if.plan_sized_to_pairs] : []))),
          one_look_at_end: countOf(trials.flatMap((t) => (t.what_if ? [t.what_if.one_look_at_end] : []))),
        },
        goal: sc.goal,
        met: sc.met(counts, trials.length),
      };
      blocks.push(block);
      console.log(
        `  => ${sc.id} ${load}: pass ${counts.pass}, fail ${counts.fail}, inconclusive ${counts.inconclusive} of ${trials.length}; ` +
          `median gate wall ${block.median_wall_s} s (sampling ${block.median_sampling_s} s), median pairs ${block.median_pairs}; ` +
          `pair log-ratio IQR ${block.median_pair_iqr}; what-if on the same pairs (pass/fail/inconcl.): plan sized to the pairs ${fmtCounts(block.what_if.plan_sized_to_pairs)}, ` +
          `one 95% look at the end ${fmtCounts(block.what_if.one_look_at_end)}; gate's median slowdown estimate p50 ${pct(block.median_p50_regression)}, tokens/s ${pct(block.median_tps_regression)}` +
          (Object.keys(notDecidedBy).length
            ? `; metrics inconclusive/failing: ${Object.entries(notDecidedBy)
                .map(([k, v]) => `${k} x${v}`)
                .join(', ')}`
            : '') +
          `; goal ${sc.goal}: ${block.met ? 'met' : 'NOT MET'}\n`,
      );
      await writeJson(false);
    }
  }

  // -------------------------------------------------------------------------------------------
  console.log(
    `summary (${machine.cpu}, ${machine.cores} cores, node ${machine.node}; DEFAULT_CONFIG, default suite; ${TRIALS} trials each):\n`,
  );
  const head = [
    'scenario',
    'load',
    'pass',
    'fail',
    'inconcl.',
    'median wall s',
    'median pairs',
    'est. slowdown p50',
    'pair IQR',
    'goal',
    'met',
  ];
  const rows = blocks.map((b) => [
    b.scenario,
    b.load,
    String(b.counts.pass),
    String(b.counts.fail),
    String(b.counts.inconclusive),
    b.median_wall_s === null ? 'n/a' : b.median_wall_s.toFixed(1),
    String(b.median_pairs),
    pct(b.median_p50_regression),
    b.median_pair_iqr === null ? 'n/a' : b.median_pair_iqr.toFixed(3),
    b.goal,
    b.met ? 'yes' : 'NO',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(
    '\nwhat-if on the recorded pairs (latency series, pass/fail/inconclusive): the same pairs decided by a plan sized to the pairs each trial got, and by one 95% look at the end:',
  );
  for (const b of blocks)
    console.log(
      `  ${b.scenario.padEnd(7)} ${b.load.padEnd(5)}  gate ${fmtCounts(b.counts)}   plan sized to pairs ${fmtCounts(b.what_if.plan_sized_to_pairs)}   one look ${fmtCounts(b.what_if.one_look_at_end)}`,
    );
  const runtime = (performance.now() - t0) / 1000;
  console.log(
    `\ngoals met: ${blocks.filter((b) => b.met).length}/${blocks.length}; runtime ${(runtime / 60).toFixed(1)} min; load average at end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  await writeJson(true);
  if (values.json) console.log(`JSON: ${values.json}`);
} finally {
  stopBusy();
  await rm(tmp, { recursive: true, force: true });
}
