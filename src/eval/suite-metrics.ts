/**
 * Raw measurements of one repetition -> metrics with their spread over the repetitions.
 *
 * The spread is the relative range, (max - min) / |median|, so that it can be compared directly
 * with a relative threshold (5%): a spread wider than the threshold makes a verdict inconclusive.
 */

export type BackendName = 'llama' | 'openai' | 'command';

/** What one repetition measured. `null` means "not available from this backend". */
export interface RunSample {
  perplexity: number | null;
  /** Tokens that were scored for the perplexity. */
  perplexityTokens?: number;
  accuracy: number | null;
  latenciesMs: number[];
  generatedTokens: number;
  generationMs: number;
  loadMs: number | null;
  /** Metrics a `command` backend reported directly, by name. */
  extra?: Record<string, number | null>;
}

export interface MetricSummary {
  /** Median over the repetitions. */
  value: number | null;
  /** Relative range over the repetitions; null with fewer than two samples. */
  spread: number | null;
  samples: number[];
}

export type MeasuredMetrics = Record<string, MetricSummary>;

export interface EvalResult {
  backend: BackendName;
  /** "cpu" or the GPU kind and names, e.g. "cuda: NVIDIA H100 80GB HBM3". */
  device: string;
  /** llama.cpp release of the backend, where it is known. */
  llamaCpp: string | null;
  /** The model path, URL/model name, or command that was measured. */
  target: string;
  metrics: MeasuredMetrics;
  repetitions: number;
  notes: string[];
}

/** Linear-interpolation percentile (p in 0..100) of unsorted values; null when empty. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}

export function summarize(samples: number[]): MetricSummary {
  const finite = samples.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { value: null, spread: null, samples: [] };
  const median = percentile(finite, 50)!;
  let spread: number | null = null;
  if (finite.length >= 2) {
    const range = Math.max(...finite) - Math.min(...finite);
    spread = range === 0 ? 0 : median === 0 ? Infinity : range / Math.abs(median);
  }
  return { value: median, spread, samples: finite };
}

/** Per-repetition metric values of one sample. */
export function sampleMetrics(s: RunSample): Record<string, number | null> {
  const out: Record<string, number | null> = {
    perplexity: s.perplexity,
    accuracy: s.accuracy,
    latency_p50_ms: percentile(s.latenciesMs, 50),
    latency_p95_ms: percentile(s.latenciesMs, 95),
    tokens_per_s: s.generationMs > 0 && s.generatedTokens > 0 ? s.generatedTokens / (s.generationMs / 1000) : null,
    load_ms: s.loadMs,
  };
  return { ...out, ...(s.extra ?? {}) };
}

export function aggregate(samples: RunSample[]): MeasuredMetrics {
  const per = samples.map(sampleMetrics);
  const names = new Set<string>(per.flatMap((m) => Object.keys(m)));
  const out: MeasuredMetrics = {};
  for (const name of names) {
    out[name] = summarize(per.map((m) => m[name]).filter((v): v is number => typeof v === 'number'));
  }
  return out;
}
