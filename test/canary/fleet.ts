// A small fleet for the canary tests: tiny models published to a test registry, real `mreg serve`
// processes that each run one version, and real traffic in which one prompt in five is long.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { mreg } from '../helpers/cli.js';
import type { TestRepo } from '../helpers/repo.js';
import { startCli, waitFor, type ServeProcess } from '../serve/helpers.js';

const CORPUS = 'the quick brown fox jumps over the lazy dog. a model registry follows git. ';
const SHORT = ['the quick brown', 'a model registry', 'the lazy dog', 'follows git'];
/** Longer than a context of 64 tokens: a version built with one fails it (a suite of short prompts passes). */
export const LONG = 'the quick brown fox jumps over the lazy dog and a model registry follows git every day. '.repeat(
  3,
);

/** Publishes model `tiny` at `version` (f32), built with `contextLength` tokens of context when given. */
export async function publishTiny(repo: TestRepo, version: string, contextLength?: number): Promise<void> {
  mkdirSync(path.join(repo.root, 'models'), { recursive: true });
  const file = path.join(repo.root, 'models', `tiny-${version}.gguf`);
  await generateTinyModel({ corpus: CORPUS.repeat(6), out: file, name: `tiny ${version}`, contextLength });
  const r = await mreg([
    '--repo',
    repo.work,
    'publish',
    file,
    '--model',
    'tiny',
    '--version',
    version,
    '--quantization',
    'f32',
  ]);
  if (r.code !== 0) throw new Error(`publish ${version}: ${r.stderr}`);
}

/**
 * A server following a copy of the registry whose production pointer names `version` alone (no
 * canary): each server runs one version, and the analysis tells the sides apart by that label.
 */
export async function serveVersion(repo: TestRepo, version: string): Promise<ServeProcess> {
  const dir = path.join(repo.root, `follow-${version}`);
  mkdirSync(dir);
  cpSync(path.join(repo.work, 'registry'), path.join(dir, 'registry'), { recursive: true });
  const file = path.join(dir, 'registry', 'registry.json');
  const registry = JSON.parse(readFileSync(file, 'utf8'));
  registry.environments.production.version = version;
  delete registry.environments.production.canary;
  writeFileSync(file, JSON.stringify(registry, null, 2));
  const s = await startCli([
    'serve',
    '--env',
    'production',
    '--source',
    `file:${file}`,
    '--cache',
    path.join(dir, 'cache'),
    '--port',
    '0',
    '--context-size',
    '1024',
  ]);
  await waitFor(
    `${version} serving`,
    async () => (await (await fetch(`${s.url}/model-info`)).json()).version === version,
  );
  return s;
}

/**
 * Real traffic: mostly short prompts, one in five long, spread over about 20 s so that the
 * sub-windows have requests. Returns how many were refused or failed.
 */
export async function traffic(url: string, n: number): Promise<number> {
  let errors = 0;
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const prompt = i % 5 === 4 ? LONG : SHORT[i % SHORT.length];
    const res = await fetch(`${url}/v1/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt, max_tokens: 4 }),
    });
    await res.text();
    if (res.status >= 400) errors++;
  }
  return errors;
}
