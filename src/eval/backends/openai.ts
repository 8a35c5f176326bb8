/**
 * The `openai` backend: any OpenAI-compatible server (llama.cpp's llama-server, vLLM, ...) through
 * `POST /v1/completions`. Latency is the wall time of a request, tokens/s the completion tokens
 * (from `usage`) over that time, accuracy from greedy completions (temperature 0).
 *
 * Perplexity needs the log-probability of every token of the corpus: it is asked for with
 * `echo: true, logprobs: 0, max_tokens: 0` (vLLM and OpenAI's legacy API answer that). A server
 * that does not return prompt log-probs gets perplexity "not available", never a made-up number.
 */
import { MregError, errorMessage } from '../../core/errors.js';
import { matches, type EvalSuite, type Generation } from '../suite.js';
import { runSession, type EvalSession } from '../session.js';
import type { EvalResult, RunSample } from '../suite-metrics.js';

export interface OpenAiBackendOptions {
  /** Base URL, with or without `/v1`: http://127.0.0.1:8080 or http://host:8000/v1. */
  url: string;
  /** The `model` field of requests; default "default". */
  model?: string;
  apiKey?: string;
  /** Per request, default 120 s. */
  timeoutMs?: number;
  /** Characters of corpus per perplexity request (servers limit prompt length), default 4000. */
  perplexityChunkChars?: number;
}

interface CompletionResponse {
  choices?: Array<{
    text?: string;
    logprobs?: { tokens?: string[]; token_logprobs?: Array<number | null> } | null;
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

export class OpenAiBackend {
  readonly name = 'openai' as const;
  private readonly base: string;
  notes: string[] = [];

  constructor(private readonly options: OpenAiBackendOptions) {
    if (!options.url)
      throw new MregError(
        'USAGE',
        'the openai backend needs a server URL (gate.openai_url in registry/config.json, or given for this run)',
      );
    let u: URL;
    try {
      u = new URL(options.url);
    } catch {
      throw new MregError('USAGE', `openai backend URL ${JSON.stringify(options.url)} is not a URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new MregError('USAGE', `openai backend URL ${options.url}: expected http(s)`);
    this.base = options.url.replace(/\/+$/, '').replace(/\/v1$/, '') + '/v1';
  }

  async describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>> {
    return { device: `remote: ${new URL(this.base).host}`, llamaCpp: null };
  }

  private async complete(body: Record<string, unknown>): Promise<CompletionResponse> {
    const url = `${this.base}/completions`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
        },
        body: JSON.stringify({ model: this.options.model ?? 'default', ...body }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 120_000),
      });
    } catch (err) {
      throw new MregError('EVAL', `openai backend: POST ${url} failed: ${errorMessage(err)}`, { cause: err });
    }
    const text = await res.text();
    if (!res.ok)
      throw new MregError('EVAL', `openai backend: POST ${url} answered ${res.status}: ${text.slice(0, 300)}`);
    try {
      const json = JSON.parse(text) as CompletionResponse;
      if (!json || typeof json !== 'object' || !Array.isArray(json.choices)) throw new Error('no "choices" array');
      return json;
    } catch (err) {
      throw new MregError(
        'EVAL',
        `openai backend: POST ${url} answered something that is not a completion (${errorMessage(err)}): ${text.slice(0, 200)}`,
      );
    }
  }

  /** Prompt log-probs of the corpus, in chunks; null when the server does not give them. */
  private async perplexity(text: string): Promise<{ value: number; tokens: number } | null> {
    const size = this.options.perplexityChunkChars ?? 4000;
    let sum = 0;
    let n = 0;
    for (let i = 0; i < text.length; i += size) {
      const r = await this.complete({
        prompt: text.slice(i, i + size),
        max_tokens: 0,
        echo: true,
        logprobs: 0,
        temperature: 0,
      });
      const lp = r.choices?.[0]?.logprobs?.token_logprobs;
      if (!Array.isArray(lp) || lp.length === 0) return null;
      // The first token of each request has no context (null); the rest are scored.
      for (const v of lp) {
        if (typeof v === 'number' && Number.isFinite(v)) {
          sum += v;
          n++;
        }
      }
    }
    return n ? { value: Math.exp(-sum / n), tokens: n } : null;
  }

  async runOnce(target: string, suite: EvalSuite): Promise<RunSample> {
    return runSession(await this.open(target, suite), suite);
  }

  /**
   * `ignore_eos` asks for exactly max_tokens tokens, so that a timed pair does the same work on both
   * sides: llama-server, vLLM and `mreg serve` honour it on /v1/completions (the route used here); a
   * server that ignores it times natural lengths.
   */
  private async generate(prompt: string, maxTokens: number, ignoreEos = false): Promise<Generation> {
    const r = await this.complete({
      prompt,
      max_tokens: maxTokens,
      temperature: 0,
      seed: 0,
      ...(ignoreEos ? { ignore_eos: true } : {}),
    });
    return { text: r.choices?.[0]?.text ?? '', tokens: r.usage?.completion_tokens ?? 0 };
  }

  /** The served model as a gate session (the server already loaded it: no load time). */
  async open(_target: string, suite: EvalSuite): Promise<EvalSession> {
    return {
      loadMs: null,
      quality: async () => {
        let perplexity: number | null = null;
        let perplexityTokens: number | undefined;
        if (suite.perplexity) {
          const r = await this.perplexity(suite.perplexity.text);
          if (r) {
            perplexity = r.value;
            perplexityTokens = r.tokens;
          } else if (!this.notes.includes(PPL_NOTE)) this.notes.push(PPL_NOTE);
        }
        let accuracy: number | null = null;
        if (suite.accuracy.length) {
          let ok = 0;
          for (const item of suite.accuracy)
            if (matches(item, (await this.generate(item.prompt, item.maxTokens)).text)) ok++;
          accuracy = ok / suite.accuracy.length;
        }
        return { perplexity, perplexityTokens, accuracy };
      },
      generate: (prompt, maxTokens) => this.generate(prompt, maxTokens),
      generateTimed: (prompt, tokens) => this.generate(prompt, tokens, true),
      close: async () => {},
    };
  }
}

const PPL_NOTE =
  'openai backend: the server returned no prompt log-probs (echo + logprobs), so perplexity is not available.';
