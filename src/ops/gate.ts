/**
 * The gate and smoke use cases: pick the baseline, measure candidate and baseline side by side,
 * let core/gate-decision decide, render the report. Deploy calls these through `gateStageHooks()`;
 * `mreg gate` and the action's gate command call `gateVersion`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { MregError, errorMessage } from '../core/errors.js';
import {
  decideGate,
  gateAllows,
  isQualityMetric,
  pickBaseline,
  quantizationFamily,
  renderGateMarkdown,
  type GateBaseline,
  type GateDecision,
  type GateVerdict,
} from '../core/gate-decision.js';
import { DEFAULT_SEQUENTIAL } from '../core/stats.js';
import { formatArtifactId, parseArtifactId, type ArtifactRef } from '../core/naming.js';
import { entryOf, requireEnv, requireUsable } from '../core/rules.js';
import type { ArtifactMetadata, HistoryEntry, Metrics, RegistryConfig } from '../core/documents.js';
import type { BackendName } from '../eval/suite-metrics.js';
import {
  createBackend,
  measureGateRun,
  type BackendOptions,
  type EvalBackend,
  type GateMeasurement,
} from '../eval/run-suite.js';
import type { StopReason } from '../eval/paired.js';
import { loadSuite, type EvalSuite } from '../eval/suite.js';
import type { OpsContext } from '../state/context.js';
import type { StageHooks } from './pipeline.js';
import { storeStageHooks } from './fetch.js';
import { readArtifact, readRegistry } from '../state/read.js';

export interface RunGateOptions {
  candidatePath: string;
  candidateId: string;
  candidateQuantization: string;
  /** The local artifact of `baselineEntry` (when already fetched). */
  baselinePath?: string | null;
  /**
   * The environment's current deployment as the caller sees it. Used only when it is of the
   * candidate's quantization family; otherwise the gate picks the latest deployment of that
   * family from `history` itself (and fetches it with `fetchBaseline` to re-measure it).
   */
  baselineEntry?: HistoryEntry | null;
  history: HistoryEntry[];
  env: string;
  config: RegistryConfig;
  repoRoot: string;
  /** Default: config.gate.suite, relative to repoRoot. */
  suitePath?: string;
  /** Default: config.gate.backend. */
  backend?: BackendName;
  backendOptions?: BackendOptions;
  /** Fetches a baseline's artifact to re-measure it; null or a throw: use its stored metrics. */
  fetchBaseline?: (entry: HistoryEntry) => Promise<string | null>;
  onProgress?: (message: string) => void;
  /**
   * A LoRA candidate (`candidatePath` is the adapter): measured as base + adapter against the
   * environment's live configuration on the same base (see `adapterGateInputs`), not by family.
   */
  adapter?: AdapterGateInputs;
}

/** What an adapter's gate compares: base + candidate adapter against `live` (or the base alone). */
export interface AdapterGateInputs {
  base: { id: string; quantization: string; path: string };
  /** The environment's live adapter on the same base, and its file; null: the base alone. */
  live: { entry: HistoryEntry; path: string } | null;
  /** Why this baseline was chosen (for the report). */
  note: string;
}

/** The baseline as the gate sees it: a history entry, or (for an adapter) its base not deployed here. */
interface BaselineChoice {
  id: string;
  quantization: string;
  /** The history entry it is, when it was deployed in this environment. */
  entry: HistoryEntry | null;
}

export interface GateReportJson {
  verdict: GateVerdict;
  /** Whether the verdict lets the candidate through under `gate.inconclusive` (what deploy does). */
  allowed: boolean;
  inconclusive_policy: 'block' | 'allow';
  env: string;
  candidate: { id: string; quantization: string; path: string; metrics: Record<string, number | null> };
  baseline: null | {
    id: string;
    quantization: string;
    source: 'remeasured' | 'history';
    /** null: an adapter's base alone, not deployed in this environment as such. */
    history_id: number | null;
    metrics: Record<string, number | null>;
  };
  backend: BackendName;
  device: string;
  llama_cpp: string | null;
  suite: { name: string; file: string; sha256: string };
  sampling: {
    pairs: number;
    ms: number;
    budget_s: number;
    /** The most the plan may stretch the budget to. */
    max_budget_s: number;
    max_pairs: number;
    confidence: number;
    /** Quality (perplexity, accuracy) of both sides, measured before the pairs. */
    quality_ms: number | null;
    /** The plan made from the first pairs, in words. */
    plan: string | null;
    stopped: StopReason | null;
  };
  metrics: GateDecision['metrics'];
  notes: string[];
  wall_ms: number;
}

export interface GateReport {
  verdict: GateVerdict;
  /** The verdict under `gate.inconclusive`: every front end exits, fails or comments by this. */
  allowed: boolean;
  /** The candidate's metrics in history form (values and `device_id`). */
  metrics: Metrics;
  markdown: string;
  json: GateReportJson;
  decision: GateDecision;
}

/**
 * A 48-bit number naming backend + device, stored with the metrics in the history entry (history
 * metrics are numbers only), so a reader can tell which hardware measured them.
 */
export function deviceId(backend: string, device: string): number {
  return parseInt(createHash('sha256').update(`${backend}|${device}`).digest('hex').slice(0, 12), 16);
}

function entryId(e: HistoryEntry): string {
  return formatArtifactId({ model: e.model, version: e.version, quantization: e.quantization });
}

function backendOptionsFromConfig(config: RegistryConfig, repoRoot: string, o: BackendOptions = {}): BackendOptions {
  return { openaiUrl: config.gate.openai_url, command: config.gate.command, cwd: repoRoot, ...o };
}

const DEFAULT_BUDGET_S = 30;
/**
 * How far the plan may stretch gate.budget_s when the first pairs show the verdict needs more
 * pairs: a model whose pairs cost a second each (a real small model on a CPU) gets the pairs it
 * needs, a tiny one decides long before. Bounded, so a gate never runs away.
 */
const BUDGET_STRETCH = 3;
const DEFAULT_MAX_PAIRS = 1200;

/** The baseline for this candidate, and where its artifact is when it can be re-measured. */
async function chooseBaseline(
  opts: RunGateOptions,
  notes: string[],
): Promise<{ chosen: HistoryEntry | null; path: string | null }> {
  // The environment's live entry is the baseline; when it is another quantization family, the
  // latest deployment of the candidate's own family is preferred (compared exactly, no allowance).
  const family = quantizationFamily(opts.candidateQuantization);
  const given = opts.baselineEntry ?? null;
  const givenFits = given !== null && !given.rolled_back && quantizationFamily(given.quantization) === family;
  const sameFamily = givenFits ? given : pickBaseline(opts.history, opts.env, opts.candidateQuantization);
  const chosen = sameFamily ?? (given && !given.rolled_back ? given : null);
  if (given && !givenFits && sameFamily) {
    notes.push(
      `The environment runs ${entryId(given)} (${given.quantization}); the candidate is compared with ${entryId(sameFamily)}, the latest ${family} deployment.`,
    );
  }
  if (!chosen) return { chosen, path: null };
  if (opts.baselinePath && chosen === given) return { chosen, path: opts.baselinePath };
  if (!opts.fetchBaseline) return { chosen, path: null };
  try {
    return { chosen, path: await opts.fetchBaseline(chosen) };
  } catch (err) {
    notes.push(
      `Could not fetch baseline ${entryId(chosen)} to re-measure it (${errorMessage(err)}); using its stored quality figures.`,
    );
    return { chosen, path: null };
  }
}

/** An adapter's baseline: the live adapter on the same base, else the base alone (always re-measured). */
function chooseAdapterBaseline(a: AdapterGateInputs, notes: string[]): { choice: BaselineChoice; path: string } {
  notes.push(a.note);
  if (a.live)
    return {
      choice: { id: entryId(a.live.entry), quantization: a.base.quantization, entry: a.live.entry },
      path: a.live.path,
    };
  return { choice: { id: a.base.id, quantization: a.base.quantization, entry: null }, path: a.base.path };
}

function roundMetrics(m: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(m).map(([k, v]) => [k, v === null || !Number.isFinite(v) ? null : Number(v.toPrecision(6))]),
  );
}

/** What the gate measures: the backend(s), the candidate's and the baseline's targets, the baseline chosen. */
interface GateTargets {
  chosen: BaselineChoice | null;
  candidateQuantization: string;
  backend: EvalBackend;
  candidate: { backend: EvalBackend; target: string };
  baseline: { backend: EvalBackend; target: string } | null;
}

async function gateTargets(
  opts: RunGateOptions,
  backendName: BackendName,
  bopts: BackendOptions,
  notes: string[],
): Promise<GateTargets> {
  let chosen: BaselineChoice | null;
  let baselinePath: string | null;
  // An adapter is compared on its base: both sides serve the base's weights, so the comparison
  // is exact (no quantization allowance): the candidate counts as of its base's quantization.
  const candidateQuantization = opts.adapter ? opts.adapter.base.quantization : opts.candidateQuantization;
  if (opts.adapter) {
    if (backendName !== 'llama')
      throw new MregError(
        'USAGE',
        `LoRA adapters are gated with the llama backend (base + adapter in process), not ${backendName}: set gate.backend to llama`,
      );
    const a = chooseAdapterBaseline(opts.adapter, notes);
    chosen = a.choice;
    baselinePath = a.path;
    bopts.adapterBases = {
      [opts.candidatePath]: opts.adapter.base.path,
      ...(opts.adapter.live ? { [opts.adapter.live.path]: opts.adapter.base.path } : {}),
    };
  } else {
    const c = await chooseBaseline(opts, notes);
    chosen = c.chosen ? { id: entryId(c.chosen), quantization: c.chosen.quantization, entry: c.chosen } : null;
    baselinePath = c.path;
  }
  // openai: the baseline can only be re-measured when it is served at its own URL.
  let baselineBackend: EvalBackend | null = null;
  let baselineTarget: string | null = null;
  if (chosen && backendName === 'openai') {
    if (bopts.baselineOpenaiUrl) {
      baselineBackend = createBackend('openai', { ...bopts, openaiUrl: bopts.baselineOpenaiUrl });
      baselineTarget = bopts.baselineOpenaiUrl;
    }
  } else if (chosen && baselinePath) {
    baselineTarget = baselinePath; // measured with the candidate's backend, created below
  }
  const backend = createBackend(backendName, bopts);
  if (baselineBackend === null && baselineTarget !== null) baselineBackend = backend;
  const candidateTarget = backendName === 'openai' ? (bopts.openaiUrl ?? '') : opts.candidatePath;
  return {
    chosen,
    candidateQuantization,
    backend,
    candidate: { backend, target: candidateTarget },
    baseline: baselineBackend && baselineTarget ? { backend: baselineBackend, target: baselineTarget } : null,
  };
}

/** The baseline as core/gate-decision sees it: re-measured in this run, or the metrics its history entry stored. */
function gateBaseline(
  chosen: BaselineChoice | null,
  measured: GateMeasurement,
  hardware: string,
  notes: string[],
): GateBaseline | null {
  if (!chosen) return null;
  const stored = { ...(chosen.entry?.metrics ?? {}) };
  delete stored.device_id;
  if (!measured.baseline && chosen.entry && !chosen.entry.metrics)
    notes.push(`History entry #${chosen.entry.id} stored no metrics: nothing to compare with.`);
  return {
    source: measured.baseline ? 'remeasured' : 'history',
    id: chosen.id,
    ...(chosen.entry ? { historyId: chosen.entry.id } : {}),
    quantization: chosen.quantization,
    hardware: measured.baseline ? hardware : null,
    metrics: measured.baseline ?? Object.fromEntries(Object.entries(stored).filter(([k]) => !k.endsWith('_spread'))),
  };
}

const STOPPED: Record<StopReason, string> = {
  decided: 'stopped: every performance metric decided',
  budget: 'stopped: the time allowed ran out first',
  'max-pairs': 'stopped: the pair cap was reached first',
  projected: 'stopped early: the first pairs showed the verdict could not come in the time this gate spends',
  'no-prompts': 'stopped: the suite has no latency prompts',
};

/** The report's sampling line: quality's time, the plan the pairs made, and why the sampling stopped. */
function samplingLine(measured: GateMeasurement, budgetS: number, maxPairs: number, confidence: number): string {
  const quality =
    measured.qualityMs !== undefined ? `quality ${(measured.qualityMs / 1000).toFixed(1)} s (both sides); ` : '';
  if (!measured.pairs) return `${quality}performance: no pairs sampled`;
  return (
    `${quality}performance: ${measured.pairs} candidate/baseline pairs in ${(measured.ms / 1000).toFixed(1)} s (budget ${budgetS} s, stretched up to ${budgetS * BUDGET_STRETCH} s when the plan needs it, at most ${maxPairs} pairs), ` +
    `intervals at ${(confidence * 100).toFixed(0)}% overall confidence across the sequential looks` +
    (measured.plan ? `; plan ${measured.plan}` : '') +
    (measured.stopped ? `; ${STOPPED[measured.stopped]}` : '')
  );
}

interface GateReportInput {
  opts: RunGateOptions;
  suite: EvalSuite;
  backendName: BackendName;
  desc: { device: string; llamaCpp: string | null };
  measured: GateMeasurement;
  baseline: GateBaseline | null;
  chosen: BaselineChoice | null;
  decision: GateDecision;
  wallMs: number;
  budgetS: number;
  maxPairs: number;
  confidence: number;
}

/** The report in markdown and JSON, and whether the verdict lets the candidate through. */
function gateReport(r: GateReportInput): { markdown: string; json: GateReportJson; allowed: boolean } {
  const {
    opts,
    suite,
    backendName,
    desc,
    measured,
    baseline,
    chosen,
    decision,
    wallMs,
    budgetS,
    maxPairs,
    confidence,
  } = r;
  const lines = [
    `backend: ${backendName}; device: ${desc.device}${desc.llamaCpp ? `; llama.cpp: ${desc.llamaCpp}` : ''}`,
    `suite: ${suite.name} (sha256 ${suite.sha256.slice(0, 16)}…); quality measured once per side (deterministic); ${samplingLine(measured, budgetS, maxPairs, confidence)}; gate wall time ${(wallMs / 1000).toFixed(1)} s`,
  ];
  const markdown = renderGateMarkdown(decision, {
    title: `Benchmark gate (${opts.env})`,
    candidate: { id: opts.candidateId },
    baseline: baseline ? { id: `${baseline.id}${baseline.source === 'history' ? ' (stored metrics)' : ''}` } : null,
    lines,
  });
  const policy = opts.config.gate.inconclusive ?? 'block';
  const allowed = gateAllows(decision.verdict, policy);
  const json: GateReportJson = {
    verdict: decision.verdict,
    allowed,
    inconclusive_policy: policy,
    env: opts.env,
    candidate: {
      id: opts.candidateId,
      quantization: opts.candidateQuantization,
      path: opts.candidatePath,
      metrics: roundMetrics(measured.candidate),
    },
    baseline:
      baseline && chosen
        ? {
            id: baseline.id,
            quantization: baseline.quantization,
            source: baseline.source,
            history_id: chosen.entry?.id ?? null,
            metrics: roundMetrics(baseline.metrics),
          }
        : null,
    backend: backendName,
    device: desc.device,
    llama_cpp: desc.llamaCpp,
    suite: { name: suite.name, file: suite.file, sha256: suite.sha256 },
    sampling: {
      pairs: measured.pairs,
      ms: Math.round(measured.ms),
      budget_s: budgetS,
      max_budget_s: budgetS * BUDGET_STRETCH,
      max_pairs: maxPairs,
      confidence,
      quality_ms: measured.qualityMs === undefined ? null : Math.round(measured.qualityMs),
      plan: measured.plan ?? null,
      stopped: measured.stopped ?? null,
    },
    metrics: decision.metrics,
    notes: decision.notes,
    wall_ms: wallMs,
  };
  return { markdown, json, allowed };
}

type GateConfig = RegistryConfig['gate'];

/** The paired (performance) metrics the gate samples, each with its allowed regression. */
function performanceMetrics(gateConfig: GateConfig): { name: string; maxRegression: number }[] {
  return Object.entries(gateConfig.metrics)
    .filter(([name, th]) => !isQualityMetric(name, th))
    .map(([name, th]) => ({ name, maxRegression: th.max_regression ?? gateConfig.default_max_regression }));
}

/** The verdict on quality alone, asked before the performance sampling so a sure failure skips it. */
function qualityGate(
  opts: RunGateOptions,
  t: GateTargets,
  cq: Record<string, number | null>,
  bq: Record<string, number | null>,
): GateDecision {
  const gateConfig = opts.config.gate;
  return decideGate({
    candidate: { metrics: cq, quantization: t.candidateQuantization, hardware: null },
    baseline: {
      metrics: bq,
      quantization: t.chosen?.quantization ?? opts.candidateQuantization,
      hardware: null,
      source: 'remeasured',
      id: '',
    },
    thresholds: Object.fromEntries(
      Object.entries(gateConfig.metrics).filter(([name, th]) => isQualityMetric(name, th)),
    ),
    defaultMaxRegression: gateConfig.default_max_regression,
    allowances: gateConfig.quantization_allowance,
  });
}

export async function runGate(opts: RunGateOptions): Promise<GateReport> {
  const t0 = performance.now();
  const gateConfig = opts.config.gate;
  const suite = await loadSuite(opts.suitePath ?? path.resolve(opts.repoRoot, gateConfig.suite));
  const backendName = opts.backend ?? gateConfig.backend;
  const bopts = backendOptionsFromConfig(opts.config, opts.repoRoot, opts.backendOptions);
  const notes: string[] = [];
  const budgetS = gateConfig.budget_s ?? DEFAULT_BUDGET_S;
  const maxPairs = gateConfig.max_pairs ?? DEFAULT_MAX_PAIRS;
  const confidence = gateConfig.confidence ?? DEFAULT_SEQUENTIAL.confidence;
  const t = await gateTargets(opts, backendName, bopts, notes);
  const measured = await measureGateRun(suite, t.candidate, t.baseline, {
    metrics: performanceMetrics(gateConfig),
    // The budget is the performance sampling's (quality is measured first, once, whatever it
    // costs); the plan may stretch it when the measured pairs show the verdict needs more.
    budgetMs: budgetS * 1000,
    maxBudgetMs: budgetS * BUDGET_STRETCH * 1000,
    maxPairs,
    confidence,
    onProgress: opts.onProgress,
    // A candidate that already failed on quality (exact) is refused whatever its speed: do not
    // spend the performance budget on it.
    skipPerformance: (cq, bq) =>
      qualityGate(opts, t, cq, bq).verdict === 'fail'
        ? 'quality already failed, so performance cannot change the verdict'
        : null,
  });
  const desc = await t.backend.describe();
  const hardware = `${backendName}|${desc.device}`;
  const baseline = gateBaseline(t.chosen, measured, hardware, notes);
  const decision = decideGate({
    candidate: { metrics: measured.candidate, quantization: t.candidateQuantization, hardware },
    baseline,
    paired: measured.paired,
    thresholds: gateConfig.metrics,
    defaultMaxRegression: gateConfig.default_max_regression,
    allowances: gateConfig.quantization_allowance,
    performanceSkipped: measured.performanceSkipped,
  });
  decision.notes.push(...notes, ...(t.backend.notes ?? []));
  const wallMs = Math.round(performance.now() - t0);
  const { markdown, json, allowed } = gateReport({
    opts,
    suite,
    backendName,
    desc,
    measured,
    baseline,
    chosen: t.chosen,
    decision,
    wallMs,
    budgetS,
    maxPairs,
    confidence,
  });
  return {
    verdict: decision.verdict,
    allowed,
    metrics: { ...roundMetrics(measured.candidate), device_id: deviceId(backendName, desc.device) },
    markdown,
    json,
    decision,
  };
}

/**
 * An adapter's gate inputs: its base (fetched), and the environment's live configuration of the
 * same base: the live adapter on that base (fetched), or else the base alone. `fetch` brings an
 * artifact into the cache, verified.
 */
export async function adapterGateInputs(
  ctx: OpsContext,
  candidate: ArtifactMetadata,
  liveEntry: HistoryEntry | null,
  fetch: (meta: ArtifactMetadata) => Promise<string>,
): Promise<AdapterGateInputs> {
  const id = formatArtifactId(candidate);
  if (!candidate.base) throw new MregError('SCHEMA', `${id} is a LoRA adapter without a base in its metadata (#/base)`);
  const baseMeta = await readArtifact(ctx.root, parseArtifactId(candidate.base.id));
  if (!baseMeta) throw new MregError('NOT_FOUND', `${id}: its base ${candidate.base.id} is not registered`);
  const base = { id: candidate.base.id, quantization: baseMeta.quantization, path: await fetch(baseMeta) };
  const live = liveEntry && !liveEntry.rolled_back ? liveEntry : null;
  const liveMeta = live
    ? await readArtifact(ctx.root, { model: live.model, version: live.version, quantization: live.quantization })
    : null;
  if (live && liveMeta?.kind === 'lora' && liveMeta.base?.id === candidate.base.id) {
    return {
      base,
      live: { entry: live, path: await fetch(liveMeta) },
      note: `Adapter gate: base ${base.id} + ${id} against base ${base.id} + ${entryId(live)}, the environment's live adapter on the same base.`,
    };
  }
  const why = !live
    ? 'the environment runs nothing'
    : formatArtifactId(live) === base.id
      ? `the environment runs ${base.id} alone`
      : `the environment runs ${entryId(live)}, not on this base`;
  return { base, live: null, note: `Adapter gate: base ${base.id} + ${id} against ${base.id} alone (${why}).` };
}

export interface SmokeResult {
  ok: boolean;
  details: string[];
  /** The details on one line (what the deploy pipeline prints). */
  detail: string;
}

/**
 * Smoke test with llama.cpp in process: the model loads, each smoke prompt (config.smoke.prompts,
 * else the suite's) gives non-empty output within config.smoke.timeout_ms, no NaN. A model that
 * cannot be loaded is a failed smoke test (ok: false), not an exception.
 */
export async function runSmoke(
  modelPath: string,
  config: RegistryConfig,
  opts: {
    repoRoot?: string;
    suitePath?: string;
    gpu?: BackendOptions['gpu'];
    threads?: number;
    /** `modelPath` is a LoRA adapter: smoke-test it applied to this base model file. */
    adapterBase?: string;
  } = {},
): Promise<SmokeResult> {
  const { LlamaBackend } = await import('../eval/backends/llama.js');
  const suitePath = opts.suitePath ?? (opts.repoRoot ? path.resolve(opts.repoRoot, config.gate.suite) : null);
  let prompts = config.smoke.prompts;
  let maxTokens = 8;
  if (suitePath) {
    try {
      const suite = await loadSuite(suitePath);
      prompts ??= suite.smoke.prompts;
      maxTokens = suite.smoke.maxTokens;
    } catch {
      // No suite is fine for a smoke test: the default prompts do.
    }
  }
  prompts ??= ['Hello', 'The', 'Once upon a time'];
  const backend = new LlamaBackend({
    gpu: opts.gpu,
    threads: opts.threads,
    adapterBases: opts.adapterBase ? { [modelPath]: opts.adapterBase } : undefined,
  });
  try {
    const r = await backend.smoke(
      modelPath,
      {
        name: 'smoke',
        file: '<smoke>',
        sha256: '',
        repetitions: 1,
        contextSize: 256,
        perplexity: null,
        accuracy: [],
        latency: [],
        latencyRuns: 1,
        smoke: { prompts, maxTokens },
      },
      config.smoke.timeout_ms,
    );
    return { ...r, detail: r.details.join('; ') };
  } catch (err) {
    if (err instanceof MregError && (err.code === 'GGUF' || err.code === 'EVAL')) {
      return { ok: false, details: [err.message], detail: err.message };
    }
    throw err;
  }
}

/**
 * The deploy pipeline's `gate` and `smoke` stages. The gate re-measures the baseline when its
 * artifact can be fetched (through `download`, normally the store hooks' download), else uses
 * the metrics stored in its history entry.
 */
/** The backend settings the front end passed down (GPU, threads, the openai key). */
function settingsBackendOptions(ctx: OpsContext): BackendOptions {
  const s = ctx.settings;
  return {
    ...(s.gpu !== undefined ? { gpu: s.gpu } : {}),
    ...(s.threads !== undefined ? { threads: s.threads } : {}),
    ...(s.openaiApiKey ? { openaiApiKey: s.openaiApiKey } : {}),
  };
}

export function gateStageHooks(download?: StageHooks['download']): Pick<StageHooks, 'gate' | 'smoke'> {
  return {
    async gate(ctx: OpsContext, a) {
      const adapter =
        a.candidate.kind === 'lora'
          ? await adapterGateInputs(ctx, a.candidate, a.baselineEntry, async (meta) => {
              if (!download)
                throw new MregError(
                  'USAGE',
                  'an adapter is gated on its base, and this build cannot download artifacts',
                );
              return (await download(ctx, meta)).path;
            })
          : undefined;
      const report = await runGate({
        adapter,
        candidatePath: a.candidatePath,
        candidateId: formatArtifactId({
          model: a.candidate.model,
          version: a.candidate.version,
          quantization: a.candidate.quantization,
        }),
        candidateQuantization: a.candidate.quantization,
        baselineEntry: a.baselineEntry,
        history: a.history,
        env: a.env,
        config: ctx.config,
        repoRoot: ctx.root,
        fetchBaseline: download
          ? async (entry) => {
              const meta = await readArtifact(ctx.root, {
                model: entry.model,
                version: entry.version,
                quantization: entry.quantization,
              });
              if (!meta) return null;
              return (await download(ctx, meta)).path;
            }
          : undefined,
        backendOptions: settingsBackendOptions(ctx),
        onProgress: (m) => ctx.logger.info(`gate: ${m}`),
      });
      return { verdict: report.verdict, metrics: report.metrics, markdown: report.markdown, json: report.json };
    },
    async smoke(ctx: OpsContext, modelPath: string, meta?: ArtifactMetadata) {
      // An adapter is smoke-tested as it is served: applied to its base.
      let adapterBase: string | undefined;
      if (meta?.kind === 'lora') {
        const baseMeta = meta.base ? await readArtifact(ctx.root, parseArtifactId(meta.base.id)) : null;
        if (!baseMeta || !download)
          return {
            ok: false,
            detail: `${formatArtifactId(meta)}: its base ${meta.base?.id ?? '(none)'} cannot be fetched to apply the adapter to`,
          };
        adapterBase = (await download(ctx, baseMeta)).path;
      }
      const r = await runSmoke(modelPath, ctx.config, {
        repoRoot: ctx.root,
        gpu: ctx.settings.gpu,
        threads: ctx.settings.threads,
        adapterBase,
      });
      return { ok: r.ok, detail: r.detail };
    },
  };
}

export interface GateVersionOptions {
  env: string;
  candidate: ArtifactRef;
  /** The candidate's local file; default: fetch it from the store (not needed by `openai`). */
  modelPath?: string;
  suitePath?: string;
  backend?: BackendName;
  backendOptions?: BackendOptions;
}

/**
 * The gate alone, for pull requests: a registered candidate measured against the environment's
 * baseline exactly as deploy's gate stage would (same download, same baseline choice), without
 * moving any pointer.
 */
export async function gateVersion(ctx: OpsContext, o: GateVersionOptions): Promise<GateReport> {
  const id = formatArtifactId(o.candidate);
  const { registry } = await readRegistry(ctx.root);
  const current = requireEnv(registry, o.env);
  const store = storeStageHooks();
  const backend = o.backend ?? ctx.config.gate.backend;
  let candidatePath = o.modelPath;
  if (candidatePath === undefined && backend !== 'openai') {
    const meta = requireUsable(o.candidate, await readArtifact(ctx.root, o.candidate));
    ctx.logger.info(`fetching ${id} from ${meta.artifact.uri}`);
    candidatePath = (await store.download!(ctx, meta)).path;
  }
  const baselineEntry = entryOf(registry, current);
  const candidateMeta = await readArtifact(ctx.root, o.candidate);
  const adapter =
    candidateMeta?.kind === 'lora'
      ? await adapterGateInputs(ctx, candidateMeta, baselineEntry, async (m) => (await store.download!(ctx, m)).path)
      : undefined;
  return runGate({
    adapter,
    candidatePath: candidatePath ?? '', // openai: measured at the server, nothing local
    candidateId: id,
    candidateQuantization: o.candidate.quantization,
    baselineEntry,
    history: registry.history,
    env: o.env,
    config: ctx.config,
    repoRoot: ctx.root,
    suitePath: o.suitePath,
    backend: o.backend,
    backendOptions: { ...settingsBackendOptions(ctx), ...o.backendOptions },
    fetchBaseline: async (e) => {
      const meta = await readArtifact(ctx.root, { model: e.model, version: e.version, quantization: e.quantization });
      if (!meta) return null;
      ctx.logger.info(`fetching baseline ${formatArtifactId(e)}`);
      return (await store.download!(ctx, meta)).path;
    },
    onProgress: (m) => ctx.logger.info(`gate: ${m}`),
  });
}
