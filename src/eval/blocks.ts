/**
 * The gate's measurement when the two models do not fit in memory together: one model at a time,
 * in alternating blocks (A B B A A B B A ...), each block one round of the suite's latency prompts.
 * Only one switch per two blocks costs a load. Block k of the candidate is paired with block k of
 * the baseline, one ratio per block pair (the prompts within a block share its moment, so they are
 * not independent pairs): fewer, honest ratios, so wider intervals than side by side, and the
 * report says the gate measured this way. The ABBA order cancels a steady drift of the machine.
 */
import type { PairedMetric } from '../core/gate-decision.js';
import { decidePaired, regressionLogRatios, sequentialPlan, type MetricDirection } from '../core/stats.js';
import type { PairedOptions, PairedResult, SideValues } from './paired.js';
import { isPairedMetric, sideValuesOf } from './paired.js';
import type { EvalSession } from './session.js';
import type { EvalSuite } from './suite.js';

interface Block {
  ms: number;
  tokens: number;
  samples: Array<{ ms: number; tokens: number }>;
}

async function block(suite: EvalSuite, s: EvalSession): Promise<Block> {
  const samples = [];
  for (const p of suite.latency) {
    const t = performance.now();
    const r = await s.generateTimed(p.prompt, p.maxTokens);
    samples.push({ ms: performance.now() - t, tokens: r.tokens });
  }
  return { ms: samples.reduce((a, x) => a + x.ms, 0), tokens: samples.reduce((a, x) => a + x.tokens, 0), samples };
}

const SERIES: Record<string, { direction: MetricDirection; value: (b: Block) => number }> = {
  latency_p50_ms: { direction: 'lower', value: (b) => b.ms },
  tokens_per_s: { direction: 'higher', value: (b) => b.tokens / b.ms },
};

export interface BlockSides {
  open: (side: 'candidate' | 'baseline') => Promise<EvalSession>;
  /** Quality of each side, measured in its first block's session. */
  quality: (side: 'candidate' | 'baseline', s: EvalSession) => Promise<void>;
  /** Asked once both qualities are known: a reason to stop before any block (quality already failed). */
  skip: () => string | null;
}

/** Quality alone (no paired metric or no latency prompts): each side loaded once, no blocks. */
async function qualityOnly(sides: BlockSides): Promise<void> {
  for (const side of ['candidate', 'baseline'] as const) {
    const session = await sides.open(side);
    try {
      await sides.quality(side, session);
    } finally {
      await session.close();
    }
  }
}

interface Look {
  wanted: PairedOptions['metrics'];
  blocks: Record<'candidate' | 'baseline', Block[]>;
  /** Block pairs measured so far. */
  n: number;
  /** The last look: an undecided metric is recorded as exhausted rather than left open. */
  final: boolean;
  decided: Map<string, PairedMetric>;
  confidence: number;
  looks: number;
  t0: number;
}

/** One look of the sequential test: each metric still open is decided on the first n block pairs, if it can be. */
function decideAtLook(l: Look): void {
  for (const m of l.wanted) {
    if (l.decided.has(m.name)) continue;
    const f = SERIES[m.name];
    const ratios = regressionLogRatios(
      l.blocks.candidate.slice(0, l.n).map(f.value),
      l.blocks.baseline.slice(0, l.n).map(f.value),
      f.direction,
    );
    const d = decidePaired({
      logRatios: ratios,
      maxRegression: m.maxRegression,
      confidence: l.confidence,
      looks: l.looks,
    });
    if (d.verdict !== 'undecided' || l.final)
      l.decided.set(m.name, { decision: d, exhausted: d.verdict === 'undecided', ms: performance.now() - l.t0 });
  }
}

/** Blocks until every metric is decided or the time allowed (the budget stretched to its most) is spent. */
export async function measureInBlocks(
  suite: EvalSuite,
  sides: BlockSides,
  o: PairedOptions,
): Promise<PairedResult & { skipped?: string }> {
  const t0 = performance.now();
  const deadline = (o.startedAt ?? t0) + Math.max(o.budgetMs, o.maxBudgetMs ?? o.budgetMs);
  const blocks: Record<'candidate' | 'baseline', Block[]> = { candidate: [], baseline: [] };
  const wanted = o.metrics.filter((m) => isPairedMetric(m.name));
  const decided = new Map<string, PairedMetric>();
  const plan = sequentialPlan({
    maxPairs: Math.max(1, Math.min(o.maxPairs, 64)),
    minPairs: 4,
    batchPairs: 2,
    confidence: o.confidence,
  });
  const values = (side: 'candidate' | 'baseline'): SideValues => sideValuesOf(blocks[side].flatMap((b) => b.samples));
  const result = (stopped: PairedResult['stopped'], skipped?: string) => ({
    paired: Object.fromEntries(decided),
    candidate: values('candidate'),
    baseline: values('baseline'),
    pairs: Math.min(blocks.candidate.length, blocks.baseline.length),
    ms: performance.now() - t0,
    stopped,
    plan: `one model at a time: block pairs of ${suite.latency.length} prompts each, looks after ${plan.lookAt.join(', ')} block pairs`,
    ...(skipped ? { skipped } : {}),
  });
  if (wanted.length === 0 || suite.latency.length === 0) {
    await qualityOnly(sides);
    return result(suite.latency.length === 0 ? 'no-prompts' : 'decided');
  }
  // A B B A A B B A ...: the side of block i (0-based) is A when i mod 4 is 0 or 3.
  const held: { current: { side: 'candidate' | 'baseline'; session: EvalSession } | null } = { current: null };
  try {
    for (let i = 0; ; i++) {
      const side = i % 4 === 0 || i % 4 === 3 ? 'candidate' : 'baseline';
      if (held.current?.side !== side) {
        await held.current?.session.close();
        held.current = null;
        o.onProgress?.(`one model at a time: loading the ${side}`);
        held.current = { side, session: await sides.open(side) };
        if (blocks[side].length === 0) await sides.quality(side, held.current.session);
        if (i === 1) {
          const skip = sides.skip();
          if (skip) return result('decided', skip);
        }
      }
      const session = held.current.session;
      if (blocks[side].length === 0) await session.generateTimed(suite.latency[0].prompt, suite.latency[0].maxTokens); // warm-up
      blocks[side].push(await block(suite, session));
      const n = Math.min(blocks.candidate.length, blocks.baseline.length);
      const outOfTime = performance.now() >= deadline;
      const final = outOfTime || n >= plan.lookAt[plan.lookAt.length - 1];
      if (blocks.candidate.length === blocks.baseline.length && (plan.lookAt.includes(n) || final)) {
        decideAtLook({ wanted, blocks, n, final, decided, confidence: o.confidence, looks: plan.maxLooks, t0 });
        if (decided.size === wanted.length)
          return result(
            final && [...decided.values()].some((d) => d.exhausted) ? (outOfTime ? 'budget' : 'max-pairs') : 'decided',
          );
      }
    }
  } finally {
    await held.current?.session.close();
  }
}
