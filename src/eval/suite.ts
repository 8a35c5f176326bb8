/**
 * Eval suites: `schemas/eval-suite.schema.json`, loaded and resolved (corpus read) once.
 * The suite's sha256 covers the suite file and its corpus, so two gate reports made with
 * different suites (or a silently edited corpus) can be told apart.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import suiteSchema from '../../schemas/eval-suite.schema.json' with { type: 'json' };
import { MregError } from '../core/errors.js';
import { parseJsonText } from '../core/json.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { Problem } from '../core/errors.js';

export type MatchKind = 'exact' | 'contains' | 'regex';

export interface AccuracyItem {
  prompt: string;
  expected: string;
  match: MatchKind;
  maxTokens: number;
}

export interface EvalSuite {
  name: string;
  /** Absolute path of the suite file, or '<inline>'. */
  file: string;
  sha256: string;
  repetitions: number;
  contextSize: number;
  perplexity: { text: string; maxTokens: number | null } | null;
  accuracy: AccuracyItem[];
  latency: Array<{ prompt: string; maxTokens: number }>;
  /** Timed runs per latency prompt and repetition; the fastest counts. */
  latencyRuns: number;
  smoke: { prompts: string[]; maxTokens: number };
}

/** The suite as it is written in JSON (snake_case). */
export interface EvalSuiteFile {
  name: string;
  description?: string;
  repetitions?: number;
  context_size?: number;
  perplexity?: { corpus_file?: string; text?: string; max_tokens?: number };
  accuracy?: {
    max_tokens?: number;
    items: Array<{ prompt: string; expected: string; match?: MatchKind; max_tokens?: number }>;
  };
  latency?: { prompts: Array<{ prompt: string; max_tokens: number }>; runs?: number };
  smoke?: { prompts?: string[]; max_tokens?: number };
}

let validator: ValidateFunction | null = null;

/**
 * Compiled on first use, not at build time like the registry schemas: only the gate reads suites,
 * and it takes seconds anyway; no other command pays for it.
 */
function suiteProblems(raw: unknown, file: string): Problem[] {
  validator ??= new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(suiteSchema);
  if (validator(raw)) return [];
  return (validator.errors ?? []).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? '/' + String((e.params as { additionalProperty: string }).additionalProperty)
        : '';
    const message =
      e.keyword === 'additionalProperties'
        ? 'unexpected property'
        : e.keyword === 'oneOf'
          ? 'needs exactly one of corpus_file or text'
          : (e.message ?? e.keyword);
    return { file, pointer: e.instancePath + extra, message };
  });
}

const DEFAULT_SMOKE_PROMPTS = ['Hello', 'The', 'Once upon a time'];
const MAX_CORPUS_BYTES = 64 * 1024 * 1024;

/** Validates a parsed suite and resolves its corpus file relative to `baseDir`. */
export async function resolveSuite(
  raw: unknown,
  file: string,
  baseDir: string,
  fileBytes?: Buffer,
): Promise<EvalSuite> {
  const problems = suiteProblems(raw, file);
  if (problems.length) {
    throw new MregError('SCHEMA', `${file}#${problems[0].pointer}: ${problems[0].message}`, { problems });
  }
  const s = raw as EvalSuiteFile;
  const hash = createHash('sha256');
  hash.update(fileBytes ?? Buffer.from(JSON.stringify(raw)));
  let perplexity: EvalSuite['perplexity'] = null;
  if (s.perplexity) {
    let text = s.perplexity.text;
    if (s.perplexity.corpus_file !== undefined) {
      const corpusPath = path.resolve(baseDir, s.perplexity.corpus_file);
      let bytes: Buffer;
      try {
        bytes = await readFile(corpusPath);
      } catch (err) {
        throw new MregError(
          'NOT_FOUND',
          `${file}#/perplexity/corpus_file: cannot read ${corpusPath}: ${(err as Error).message}`,
        );
      }
      if (bytes.length > MAX_CORPUS_BYTES)
        throw new MregError('EVAL', `${corpusPath}: corpus larger than ${MAX_CORPUS_BYTES} bytes`);
      hash.update(bytes);
      text = bytes.toString('utf8');
    }
    perplexity = { text: text!, maxTokens: s.perplexity.max_tokens ?? null };
  }
  const defaultMax = s.accuracy?.max_tokens ?? 16;
  const accuracy = (s.accuracy?.items ?? []).map((it, i): AccuracyItem => {
    const match = it.match ?? 'contains';
    if (match === 'regex') {
      try {
        new RegExp(it.expected);
      } catch (err) {
        throw new MregError(
          'SCHEMA',
          `${file}#/accuracy/items/${i}/expected: invalid regex ${JSON.stringify(it.expected)}: ${(err as Error).message}`,
        );
      }
    }
    return { prompt: it.prompt, expected: it.expected, match, maxTokens: it.max_tokens ?? defaultMax };
  });
  return {
    name: s.name,
    file,
    sha256: hash.digest('hex'),
    repetitions: s.repetitions ?? 3,
    contextSize: s.context_size ?? 512,
    perplexity,
    accuracy,
    latency: (s.latency?.prompts ?? []).map((p) => ({ prompt: p.prompt, maxTokens: p.max_tokens })),
    latencyRuns: s.latency?.runs ?? 3,
    smoke: { prompts: s.smoke?.prompts ?? DEFAULT_SMOKE_PROMPTS, maxTokens: s.smoke?.max_tokens ?? 8 },
  };
}

/** Loads a suite file (JSON), validating it against the schema. */
export async function loadSuite(file: string): Promise<EvalSuite> {
  const abs = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (err) {
    throw new MregError('NOT_FOUND', `eval suite ${abs} cannot be read: ${(err as Error).message}`);
  }
  const raw = parseJsonText(bytes.toString('utf8'), abs);
  return resolveSuite(raw, abs, path.dirname(abs), bytes);
}

/** Does a generated text satisfy an accuracy item? */
export function matches(item: Pick<AccuracyItem, 'expected' | 'match'>, output: string): boolean {
  switch (item.match) {
    case 'exact':
      return output.trim() === item.expected.trim();
    case 'contains':
      return output.includes(item.expected);
    case 'regex':
      return new RegExp(item.expected).test(output);
  }
}

export interface Generation {
  text: string;
  tokens: number;
}

/**
 * The accuracy and latency parts of a run, the same for every backend that can generate: greedy
 * completions scored against the suite's expectations, and each latency prompt timed
 * `latencyRuns` times, the fastest counting (the run least disturbed by the rest of the machine).
 */
export async function measureGeneration(
  suite: EvalSuite,
  generate: (prompt: string, maxTokens: number) => Promise<Generation>,
): Promise<{ accuracy: number | null; latenciesMs: number[]; generatedTokens: number; generationMs: number }> {
  let accuracy: number | null = null;
  if (suite.accuracy.length) {
    let ok = 0;
    for (const item of suite.accuracy) if (matches(item, (await generate(item.prompt, item.maxTokens)).text)) ok++;
    accuracy = ok / suite.accuracy.length;
  }
  const latenciesMs: number[] = [];
  let generatedTokens = 0;
  let generationMs = 0;
  for (const p of suite.latency) {
    let best = Infinity;
    let tokens = 0;
    for (let k = 0; k < Math.max(1, suite.latencyRuns); k++) {
      const t = performance.now();
      const r = await generate(p.prompt, p.maxTokens);
      const ms = performance.now() - t;
      if (ms < best) {
        best = ms;
        tokens = r.tokens;
      }
    }
    latenciesMs.push(best);
    generatedTokens += tokens;
    generationMs += best;
  }
  return { accuracy, latenciesMs, generatedTokens, generationMs };
}
