import type { RunSample } from './suite-metrics.js';
import { measureGeneration, type EvalSuite, type Generation } from './suite.js';

/**
 * One model held open for a gate run: its quality measured once, then timed generations on
 * demand, so the paired sampling can alternate candidate and baseline request by request with
 * both models loaded.
 */
export interface EvalSession {
  /** Load time of this session's model; null when the backend cannot see it (a remote server). */
  loadMs: number | null;
  /** Perplexity and accuracy: deterministic, measured once. */
  quality(): Promise<{ perplexity: number | null; perplexityTokens?: number; accuracy: number | null }>;
  /** One greedy completion, stopping where the model ends it (what accuracy items score). */
  generate(prompt: string, maxTokens: number): Promise<Generation>;
  /**
   * One greedy generation of exactly `tokens` tokens, the model's end of text ignored: the unit the
   * performance sampling times. Two versions of a model end their answers at different lengths, and
   * a pair of requests of different lengths measures the answers, not the speed.
   */
  generateTimed(prompt: string, tokens: number): Promise<Generation>;
  close(): Promise<void>;
}

/**
 * One repetition of a whole suite on a session (what `mreg eval` and the repeated-runs path
 * measure): quality, then each latency prompt timed; the session is closed after.
 */
export async function runSession(session: EvalSession, suite: EvalSuite): Promise<RunSample> {
  try {
    const q = await session.quality();
    const g = await measureGeneration({ ...suite, accuracy: [] }, (prompt, maxTokens) =>
      session.generateTimed(prompt, maxTokens),
    );
    return {
      perplexity: q.perplexity,
      perplexityTokens: q.perplexityTokens,
      accuracy: q.accuracy,
      latenciesMs: g.latenciesMs,
      generatedTokens: g.generatedTokens,
      generationMs: g.generationMs,
      loadMs: session.loadMs,
    };
  } finally {
    await session.close();
  }
}
