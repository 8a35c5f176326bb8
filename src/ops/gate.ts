/**
 * The gate and smoke use cases: pick the baseline, measure candidate and baseline side by side,
 * let core/gate decide, render the report. Deploy calls these through `gateStageHooks()`;
 * `mreg gate` and the action's gate command call `gateVersion`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { MregError, errorMessage } from '../core/errors.js';
import { decideGate, pickBaseline, quantizationFamily, renderGateMarkdown, type GateBaseline, type GateDecision, type GateVerdict, type MetricStat } from '../core/gate.js';
import { formatArtifactId, type ArtifactRef } from '../core/naming.js';
import { requireEnv } from '../core/registry.js';
import type { HistoryEntry, Metrics, RegistryConfig } from '../core/types.js';
import type { BackendName, EvalResult, MeasuredMetrics } from '../eval/metrics.js';
import { fromHistoryMetrics, toHistoryMetrics } from '../eval/metrics.js';
import { createBackend, measureSideBySide, type BackendOptions, type EvalBackend } from '../eval/run.js';
import { loadSuite } from '../eval/suite.js';
import type { OpsContext } from './context.js';
import type { StageHooks } from './pipeline.js';
import { storeStageHooks } from './fetch.js';
import { readArtifact, readRegistry } from './state.js';

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
}

export interface GateReportJson {
  verdict: GateVerdict;
  env: string;
  candidate: { id: string; quantization: string; path: string; metrics: MeasuredMetrics };
  baseline: null | {
    id: string;
    quantization: string;
    source: 'remeasured' | 'history';
    history_id: number;
    metrics: MeasuredMetrics;
  };
  backend: BackendName;
  device: string;
  llama_cpp: string | null;
  suite: { name: string; file: string; sha256: string; repetitions: number };
  metrics: GateDecision['metrics'];
  notes: string[];
  wall_ms: number;
}

export interface GateReport {
  verdict: GateVerdict;
  /** The candidate's metrics in history form (values, `<name>_spread`, `device_id`). */
  metrics: Metrics;
  markdown: string;
  json: GateReportJson;
  decision: GateDecision;
}

/**
 * A 48-bit number naming backend + device, stored with the metrics in the history entry (history
 * metrics are numbers only): a later gate compares latency with stored numbers only when the
 * ids match, i.e. the same hardware measured them.
 */
export function deviceId(backend: string, device: string): number {
  return parseInt(createHash('sha256').update(`${backend}|${device}`).digest('hex').slice(0, 12), 16);
}

function stats(m: MeasuredMetrics): Record<string, MetricStat> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { value: v.value, spread: v.spread }]));
}

function entryId(e: HistoryEntry): string {
  return formatArtifactId({ model: e.model, version: e.version, quantization: e.quantization });
}

function backendOptionsFromConfig(config: RegistryConfig, repoRoot: string, o: BackendOptions = {}): BackendOptions {
  return { openaiUrl: config.gate.openai_url, command: config.gate.command, cwd: repoRoot, ...o };
}

export async function runGate(opts: RunGateOptions): Promise<GateReport> {
  const t0 = performance.now();
  const progress = opts.onProgress ?? (() => {});
  const suite = await loadSuite(opts.suitePath ?? path.resolve(opts.repoRoot, opts.config.gate.suite));
  const backendName = opts.backend ?? opts.config.gate.backend;
  const bopts = backendOptionsFromConfig(opts.config, opts.repoRoot, opts.backendOptions);
  const backend = createBackend(backendName, bopts);
  const notes: string[] = [];

  // The baseline: same quantization family, latest deployment in the environment.
  const family = quantizationFamily(opts.candidateQuantization);
  const given = opts.baselineEntry ?? null;
  const givenFits = given !== null && !given.rolled_back && quantizationFamily(given.quantization) === family;
  const chosen = givenFits ? given : pickBaseline(opts.history, opts.env, opts.candidateQuantization);
  if (given && !givenFits && chosen) {
    notes.push(`The environment runs ${entryId(given)} (${given.quantization}); quality is compared with ${entryId(chosen)}, the latest ${family} deployment.`);
  }
  let baselinePath: string | null = null;
  if (chosen) {
    if (opts.baselinePath && (givenFits || opts.baselineEntry === undefined)) baselinePath = opts.baselinePath;
    else if (opts.fetchBaseline) {
      try {
        baselinePath = await opts.fetchBaseline(chosen);
      } catch (err) {
        notes.push(`Could not fetch baseline ${entryId(chosen)} to re-measure it (${errorMessage(err)}); using its stored metrics.`);
      }
    }
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
    baselineBackend = backend;
    baselineTarget = baselinePath;
  }

  const candidateTarget = backendName === 'openai' ? (bopts.openaiUrl ?? '') : opts.candidatePath;
  const measured = await measureSideBySide(
    suite,
    { backend, target: candidateTarget },
    baselineBackend && baselineTarget ? { backend: baselineBackend, target: baselineTarget } : null,
    progress,
  );
  const cand: EvalResult = measured.candidate;
  const hardware = `${cand.backend}|${cand.device}`;
  const candDeviceId = deviceId(cand.backend, cand.device);

  let baseline: GateBaseline | null = null;
  let baselineMetrics: MeasuredMetrics = {};
  if (chosen) {
    if (measured.baseline) {
      baselineMetrics = measured.baseline.metrics;
      baseline = {
        source: 'remeasured',
        id: entryId(chosen),
        historyId: chosen.id,
        quantization: chosen.quantization,
        hardware: `${measured.baseline.backend}|${measured.baseline.device}`,
        metrics: stats(baselineMetrics),
      };
    } else {
      baselineMetrics = fromHistoryMetrics(chosen.metrics);
      delete baselineMetrics.device_id;
      const storedDevice = chosen.metrics?.device_id;
      baseline = {
        source: 'history',
        id: entryId(chosen),
        historyId: chosen.id,
        quantization: chosen.quantization,
        hardware: storedDevice === candDeviceId ? hardware : null,
        metrics: stats(baselineMetrics),
      };
      if (!chosen.metrics) notes.push(`History entry #${chosen.id} stored no metrics: nothing to compare with.`);
    }
  }

  const decision = decideGate({
    candidate: { metrics: stats(cand.metrics), quantization: opts.candidateQuantization, hardware },
    baseline,
    thresholds: opts.config.gate.metrics,
    defaultMaxRegression: opts.config.gate.default_max_regression,
  });
  decision.notes.push(...notes, ...cand.notes);
  const wallMs = Math.round(performance.now() - t0);
  const lines = [
    `backend: ${cand.backend}; device: ${cand.device}${cand.llamaCpp ? `; llama.cpp: ${cand.llamaCpp}` : ''}`,
    `suite: ${suite.name} (sha256 ${suite.sha256.slice(0, 16)}…), ${suite.repetitions} repetitions; ±x% = half the spread over them; gate wall time ${(wallMs / 1000).toFixed(1)} s`,
  ];
  const markdown = renderGateMarkdown(decision, {
    title: `Benchmark gate (${opts.env})`,
    candidate: { id: opts.candidateId, metrics: stats(cand.metrics) },
    baseline: baseline ? { id: `${baseline.id}${baseline.source === 'history' ? ' (stored metrics)' : ''}`, metrics: stats(baselineMetrics) } : null,
    lines,
  });
  const json: GateReportJson = {
    verdict: decision.verdict,
    env: opts.env,
    candidate: { id: opts.candidateId, quantization: opts.candidateQuantization, path: opts.candidatePath, metrics: cand.metrics },
    baseline: baseline && chosen ? { id: baseline.id, quantization: baseline.quantization, source: baseline.source, history_id: chosen.id, metrics: baselineMetrics } : null,
    backend: cand.backend,
    device: cand.device,
    llama_cpp: cand.llamaCpp,
    suite: { name: suite.name, file: suite.file, sha256: suite.sha256, repetitions: suite.repetitions },
    metrics: decision.metrics,
    notes: decision.notes,
    wall_ms: wallMs,
  };
  return {
    verdict: decision.verdict,
    metrics: { ...toHistoryMetrics(cand.metrics), device_id: candDeviceId },
    markdown,
    json,
    decision,
  };
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
  opts: { repoRoot?: string; suitePath?: string; gpu?: BackendOptions['gpu'] } = {},
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
  const backend = new LlamaBackend({ gpu: opts.gpu });
  try {
    const r = await backend.smoke(
      modelPath,
      { name: 'smoke', file: '<smoke>', sha256: '', repetitions: 1, contextSize: 256, perplexity: null, accuracy: [], latency: [], latencyRuns: 1, smoke: { prompts, maxTokens } },
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
export function gateStageHooks(download?: StageHooks['download']): Pick<StageHooks, 'gate' | 'smoke'> {
  return {
    async gate(ctx: OpsContext, a) {
      const { readArtifact } = await import('./state.js');
      const report = await runGate({
        candidatePath: a.candidatePath,
        candidateId: formatArtifactId({ model: a.candidate.model, version: a.candidate.version, quantization: a.candidate.quantization }),
        candidateQuantization: a.candidate.quantization,
        baselineEntry: a.baselineEntry,
        history: a.history,
        env: a.env,
        config: ctx.config,
        repoRoot: ctx.root,
        fetchBaseline: download
          ? async (entry) => {
              const meta = await readArtifact(ctx.root, { model: entry.model, version: entry.version, quantization: entry.quantization });
              if (!meta) return null;
              return (await download(ctx, meta)).path;
            }
          : undefined,
        onProgress: (m) => ctx.logger.info(`gate: ${m}`),
      });
      return { verdict: report.verdict, metrics: report.metrics, markdown: report.markdown, json: report.json };
    },
    async smoke(ctx: OpsContext, modelPath: string) {
      const r = await runSmoke(modelPath, ctx.config, { repoRoot: ctx.root });
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
    const meta = await readArtifact(ctx.root, o.candidate);
    if (!meta) throw new MregError('NOT_FOUND', `artifact ${id} is not registered (no registry/models/${o.candidate.model}/${id}.json)`);
    if (meta.status === 'blocked') throw new MregError('BLOCKED', `artifact ${id} is blocked: ${meta.blocked_reason ?? ''}`);
    ctx.logger.info(`fetching ${id} from ${meta.artifact.uri}`);
    candidatePath = (await store.download!(ctx, meta)).path;
  }
  const baselineEntry = current ? (registry.history.find((e) => e.id === current.history_id) ?? null) : null;
  return runGate({
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
    backendOptions: o.backendOptions,
    fetchBaseline: async (e) => {
      const meta = await readArtifact(ctx.root, { model: e.model, version: e.version, quantization: e.quantization });
      if (!meta) return null;
      ctx.logger.info(`fetching baseline ${formatArtifactId(e)}`);
      return (await store.download!(ctx, meta)).path;
    },
    onProgress: (m) => ctx.logger.info(`gate: ${m}`),
  });
}
