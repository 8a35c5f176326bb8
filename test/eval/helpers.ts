/** Shared fixtures for the eval tests: tiny generated models in a temp dir, the default corpus. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTinyModel, type TinyModelOptions } from '../../src/gguf/tiny-model.js';
import type { HistoryEntry, RegistryConfig } from '../../src/core/documents.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CORPUS_FILE = path.join(ROOT, 'eval/default-corpus.txt');

export async function tempDir(prefix = 'mreg-eval-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function corpus(): Promise<string> {
  return readFile(CORPUS_FILE, 'utf8');
}

/** The three versions of the tests: v2.0.0 good, v2.1.0 better (less smoothing), v2.2.0 bad. */
export const VARIANTS: Record<string, Omit<TinyModelOptions, 'corpus'>> = {
  '2.0.0': { smoothing: 1 },
  '2.1.0': { smoothing: 0.1 },
  '2.2.0': { degrade: 'shuffle' },
};

export async function makeModel(dir: string, version: string, quantization: 'f32' | 'f16' | 'q8_0'): Promise<string> {
  const out = path.join(dir, `tiny-v${version}-${quantization}.gguf`);
  await generateTinyModel({ out, corpus: await corpus(), quantization, ...VARIANTS[version] });
  return out;
}

/** A light suite for tests: the default corpus and prompts, two repetitions. */
export async function writeTestSuite(dir: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const base = JSON.parse(await readFile(path.join(ROOT, 'eval/default-suite.json'), 'utf8'));
  delete base.$schema;
  const suite = { ...base, repetitions: 2, perplexity: { corpus_file: CORPUS_FILE, max_tokens: 2048 }, ...overrides };
  const file = path.join(dir, 'suite.json');
  await writeFile(file, JSON.stringify(suite, null, 2));
  return file;
}

export function testConfig(metrics?: RegistryConfig['gate']['metrics']): RegistryConfig {
  return {
    schema_version: 1,
    store: '.mreg-store',
    environments: ['staging', 'production'],
    gate: {
      enabled: true,
      suite: 'eval/default-suite.json',
      backend: 'llama',
      default_max_regression: 0.05,
      metrics: metrics ?? {
        perplexity: { direction: 'lower', max_regression: 0.05, quality: true },
        accuracy: { direction: 'higher', max_regression: 0.05, quality: true },
        // Latency of a 0.5 MB model on a shared 2-core CI box is mostly noise: the threshold is
        // wide so that the hardware path is exercised without making the verdict flaky.
        // (registry/config.json's metrics are merged over the defaults: name all of them.)
        latency_p50_ms: { direction: 'lower', max_regression: 1 },
        latency_p95_ms: { direction: 'lower', max_regression: 1 },
        tokens_per_s: { direction: 'higher', max_regression: 1 },
      },
    },
    smoke: { enabled: true, timeout_ms: 30_000 },
    cache: { dir: '.mreg-cache', keep: 3 },
    download: { part_size_mb: 16, concurrency: 8 },
    push: { retries: 20 },
  };
}

let nextId = 1;
export function entry(version: string, quantization: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: nextId++,
    env: 'staging',
    model: 'tiny',
    version,
    quantization,
    deployed_at: new Date(Date.UTC(2026, 0, nextId)).toISOString(),
    rolled_back: false,
    metrics: null,
    action: 'deploy',
    actor: 'test',
    reason: null,
    previous_version: null,
    ...extra,
  };
}
