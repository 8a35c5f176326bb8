/**
 * Backend selection and the measuring loop. Candidate and baseline repetitions are interleaved
 * (and their order alternates) so that drift on the machine -- thermal throttling, a neighbour's
 * job -- hits both sides alike instead of biasing one.
 */
import { MregError } from '../core/errors.js';
import { CommandBackend } from './backends/command-backend.js';
import type { GpuChoice } from '../llama/runtime.js';
import { LlamaBackend } from './backends/llama.js';
import { OpenAiBackend } from './backends/openai.js';
import { aggregate, type BackendName, type EvalResult, type RunSample } from './suite-metrics.js';
import type { EvalSuite } from './suite.js';
import type { PairedMetric } from '../core/gate-decision.js';
import { measureAlone, measurePaired, type PairedOptions, type SideValues, type StopReason } from './paired.js';
import type { EvalSession } from './session.js';
import { measureInBlocks } from './blocks.js';
import type { MemoryCheck } from '../llama/memory.js';

export interface EvalBackend {
  readonly name: BackendName;
  describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>>;
  runOnce(target: string, suite: EvalSuite): Promise<RunSample>;
  /** Holds a model open for the gate's paired sampling (backends that can generate on demand). */
  open?(target: string, suite: EvalSuite): Promise<EvalSession>;
  /** Whether these targets fit in memory loaded together (backends that load models themselves). */
  fitsTogether?(targets: string[], suite: EvalSuite): Promise<MemoryCheck>;
  notes?: string[];
}

export interface BackendOptions {
  /** llama: GPU choice (default auto). */
  gpu?: GpuChoice;
  threads?: number;
  /** llama: a ceiling on the memory the gate's models may take together, in bytes (below what is free). */
  memoryLimit?: number;
  /** llama: LoRA adapter file -> its base model file (an adapter target is measured on its base). */
  adapterBases?: Record<string, string>;
  /** openai: server URL of the candidate (and of the baseline when it is served too). */
  openaiUrl?: string;
  baselineOpenaiUrl?: string;
  openaiModel?: string;
  openaiApiKey?: string;
  /** command: argv with {model}, {suite}, {repetition} placeholders. */
  command?: string[];
  cwd?: string;
}

export function createBackend(name: BackendName, o: BackendOptions = {}): EvalBackend {
  switch (name) {
    case 'llama':
      return new LlamaBackend({
        gpu: o.gpu,
        threads: o.threads,
        adapterBases: o.adapterBases,
        memoryLimit: o.memoryLimit,
      });
    case 'openai':
      return new OpenAiBackend({ url: o.openaiUrl ?? '', model: o.openaiModel, apiKey: o.openaiApiKey });
    case 'command':
      return new CommandBackend({ argv: o.command ?? [], cwd: o.cwd });
    default:
      throw new MregError('USAGE', `unknown eval backend ${JSON.stringify(name)}: expected llama, openai or command`);
  }
}

export interface SideBySide {
  candidate: EvalResult;
  baseline: EvalResult | null;
}

/**
 * Measures the candidate (and the baseline, when given) `suite.repetitions` times each.
 * `baseline.backend` may differ from the candidate's (openai: another server URL).
 */
export async function measureSideBySide(
  suite: EvalSuite,
  candidate: { backend: EvalBackend; target: string },
  baseline: { backend: EvalBackend; target: string } | null,
  onProgress?: (message: string) => void,
): Promise<SideBySide> {
  const cs: RunSample[] = [];
  const bs: RunSample[] = [];
  for (let r = 0; r < suite.repetitions; r++) {
    const order: Array<['candidate' | 'baseline', { backend: EvalBackend; target: string }]> = [
      ['candidate', candidate],
    ];
    if (baseline) (r % 2 === 0 ? order.push.bind(order) : order.unshift.bind(order))(['baseline', baseline]);
    for (const [which, side] of order) {
      onProgress?.(`repetition ${r + 1}/${suite.repetitions}: ${which} ${side.target}`);
      (which === 'candidate' ? cs : bs).push(await side.backend.runOnce(side.target, suite));
    }
  }
  const result = async (side: { backend: EvalBackend; target: string }, samples: RunSample[]): Promise<EvalResult> => ({
    backend: side.backend.name,
    ...(await side.backend.describe()),
    target: side.target,
    metrics: aggregate(samples),
    repetitions: samples.length,
    notes: [...(side.backend.notes ?? [])],
  });
  return { candidate: await result(candidate, cs), baseline: baseline ? await result(baseline, bs) : null };
}

/** Measures one model alone (`mreg eval`-style use, the bench). */
export async function evaluate(suite: EvalSuite, backend: EvalBackend, target: string): Promise<EvalResult> {
  return (await measureSideBySide(suite, { backend, target }, null)).candidate;
}

export interface GateMeasurement {
  candidate: Record<string, number | null>;
  /** null when the baseline was not measured in this run. */
  baseline: Record<string, number | null> | null;
  paired: Record<string, PairedMetric>;
  pairs: number;
  ms: number;
  /** Why the paired sampling stopped, and the plan it made (absent when nothing was sampled in pairs). */
  stopped?: StopReason;
  plan?: string | null;
  /** Time spent measuring quality (both sides). */
  qualityMs?: number;
  /** Why performance was not sampled in pairs although a baseline was measured. */
  performanceSkipped?: string;
}

type Opener = { open: (target: string, suite: EvalSuite) => Promise<EvalSession>; target: string };

/** The gate's measurement with one model loaded at a time (src/eval/blocks.ts). */
async function measureOneAtATime(
  suite: EvalSuite,
  candidate: Opener,
  baseline: Opener,
  o: PairedOptions,
): Promise<GateMeasurement> {
  const q: Record<'candidate' | 'baseline', Record<string, number | null> | null> = { candidate: null, baseline: null };
  const tq = { ms: 0 };
  const r = await measureInBlocks(
    suite,
    {
      open: (side) =>
        (side === 'candidate' ? candidate : baseline).open((side === 'candidate' ? candidate : baseline).target, suite),
      quality: async (side, s) => {
        const t = performance.now();
        q[side] = await qualityOf(s);
        tq.ms += performance.now() - t;
      },
      skip: () => (q.candidate && q.baseline ? (o.skipPerformance?.(q.candidate, q.baseline) ?? null) : null),
    },
    o,
  );
  return {
    candidate: withSide(q.candidate ?? {}, r.candidate),
    baseline: withSide(q.baseline ?? {}, r.baseline),
    paired: r.paired,
    pairs: r.pairs,
    ms: r.ms,
    stopped: r.stopped,
    plan: r.plan,
    qualityMs: tq.ms,
    ...(r.skipped ? { performanceSkipped: r.skipped } : {}),
  };
}

async function qualityOf(session: EvalSession): Promise<Record<string, number | null>> {
  const q = await session.quality();
  return { perplexity: q.perplexity, accuracy: q.accuracy, load_ms: session.loadMs };
}

function withSide(quality: Record<string, number | null>, perf: SideValues): Record<string, number | null> {
  return { ...quality, ...perf };
}

/** The sessions open now: a reload with the order swapped replaces both (null while closed). */
type Open = { c: EvalSession | null; b: EvalSession | null };

/** The share of the longest time allowed that reloading both models may cost to swap their load order. */
const SWAP_RELOAD_SHARE = 0.1;

/**
 * The reload that swaps the load order (see PairedOptions.swapLoadOrder), where loading both took
 * at most SWAP_RELOAD_SHARE of the longest time the sampling is allowed; else none.
 */
function swapLoadOrder(
  open: Open,
  candidate: Opener,
  baseline: Opener,
  suite: EvalSuite,
  o: PairedOptions,
): PairedOptions['swapLoadOrder'] {
  const loadMs = (open.c?.loadMs ?? NaN) + (open.b?.loadMs ?? NaN);
  if (!(loadMs <= SWAP_RELOAD_SHARE * Math.max(o.budgetMs, o.maxBudgetMs ?? 0))) return undefined;
  let candidateFirst = true;
  return async () => {
    for (const k of ['c', 'b'] as const) {
      const session = open[k];
      open[k] = null;
      await session?.close();
    }
    candidateFirst = !candidateFirst;
    const openers = { c: candidate, b: baseline };
    for (const k of candidateFirst ? (['c', 'b'] as const) : (['b', 'c'] as const))
      open[k] = await openers[k].open(openers[k].target, suite);
    return { candidate: open.c!, baseline: open.b! };
  };
}

/** A backend that cannot hold a model open: `suite.repetitions` runs per side, reported but not paired. */
async function measureUnpaired(
  suite: EvalSuite,
  candidate: { backend: EvalBackend; target: string },
  baseline: { backend: EvalBackend; target: string } | null,
  o: PairedOptions,
): Promise<GateMeasurement> {
  const r = await measureSideBySide(suite, candidate, baseline, o.onProgress);
  const values = (e: EvalResult) => Object.fromEntries(Object.entries(e.metrics).map(([k, v]) => [k, v.value]));
  return {
    candidate: values(r.candidate),
    baseline: r.baseline ? values(r.baseline) : null,
    paired: {},
    pairs: 0,
    ms: 0,
  };
}

/**
 * What the gate measures: both models open at once, quality once each, performance in pairs
 * (src/eval/paired.ts). A backend that cannot hold a model open (`command`) is run as before,
 * `suite.repetitions` times each, and its performance figures are reported but not paired.
 */
export async function measureGateRun(
  suite: EvalSuite,
  candidate: { backend: EvalBackend; target: string },
  baseline: { backend: EvalBackend; target: string } | null,
  o: PairedOptions,
): Promise<GateMeasurement> {
  const openCandidate = candidate.backend.open?.bind(candidate.backend);
  const openBaseline = baseline ? baseline.backend.open?.bind(baseline.backend) : undefined;
  if (!openCandidate || (baseline && !openBaseline)) return measureUnpaired(suite, candidate, baseline, o);
  if (baseline && openBaseline && candidate.backend.fitsTogether && candidate.backend === baseline.backend) {
    const check = await candidate.backend.fitsTogether([candidate.target, baseline.target], suite);
    o.onProgress?.(check.text);
    candidate.backend.notes?.push(check.text);
    if (!check.fits)
      return measureOneAtATime(
        suite,
        { open: openCandidate, target: candidate.target },
        { open: openBaseline, target: baseline.target },
        o,
      );
  }
  o.onProgress?.(`loading candidate ${candidate.target}`);
  const c = await openCandidate(candidate.target, suite);
  const open: Open = { c, b: null };
  try {
    if (baseline && openBaseline) {
      o.onProgress?.(`loading baseline ${baseline.target}`);
      open.b = await openBaseline(baseline.target, suite);
    }
    const b = open.b;
    o.onProgress?.('quality: perplexity and accuracy, once per side');
    const tq = performance.now();
    const cq = await qualityOf(c);
    const bq = b ? await qualityOf(b) : null;
    const qualityMs = performance.now() - tq;
    if (!b || !bq)
      return { candidate: withSide(cq, await measureAlone(suite, c)), baseline: null, paired: {}, pairs: 0, ms: 0 };
    const skip = o.skipPerformance?.(cq, bq);
    if (skip) {
      o.onProgress?.(`performance: not sampled (${skip})`);
      return {
        candidate: withSide(cq, await measureAlone(suite, c, 1)),
        baseline: withSide(bq, await measureAlone(suite, b, 1)),
        paired: {},
        pairs: 0,
        ms: 0,
        qualityMs,
        performanceSkipped: skip,
      };
    }
    o.onProgress?.('performance: sampling candidate/baseline pairs');
    const swap = swapLoadOrder(
      open,
      { open: openCandidate, target: candidate.target },
      { open: openBaseline!, target: baseline!.target }, // b is open: both exist
      suite,
      o,
    );
    const p = await measurePaired(suite, c, b, { ...o, ...(swap ? { swapLoadOrder: swap } : {}) });
    return {
      candidate: withSide(cq, p.candidate),
      baseline: withSide(bq, p.baseline),
      paired: p.paired,
      pairs: p.pairs,
      ms: p.ms,
      stopped: p.stopped,
      plan: p.plan,
      qualityMs,
    };
  } finally {
    await open.c?.close();
    await open.b?.close();
  }
}
