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
export declare function percentile(values: number[], p: number): number | null;
export declare function summarize(samples: number[]): MetricSummary;
/** Per-repetition metric values of one sample. */
export declare function sampleMetrics(s: RunSample): Record<string, number | null>;
export declare function aggregate(samples: RunSample[]): MeasuredMetrics;
