import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own folder (where schemas/ and eval/ ship), found from wherever the running code
 * sits: src/ops in development, dist/ or dist/chunks once bundled.
 */
let cached: string | null = null;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'gitops-model-registry')
      return (cached = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the gitops-model-registry package folder');
    dir = up;
  }
}

/** The suite a new registry gates with (registry/config.json gate.suite, as `mreg init` writes it). */
export const STARTER_SUITE = 'eval/suite.json';

/**
 * The starter suite and its text, copied into a new registry by `mreg init`: perplexity on a neutral
 * English text and latency on prompts any model answers, so a real model passes its first deploy
 * on its merits. (eval/default-suite.json stays the demo models' suite, with accuracy items
 * calibrated for them.)
 */
export function defaultEvalFiles(): Record<string, string> {
  const root = packageRoot();
  const suite = readFileSync(path.join(root, STARTER_SUITE), 'utf8');
  const files: Record<string, string> = { [STARTER_SUITE]: suite };
  const corpus = (JSON.parse(suite) as { perplexity?: { corpus_file?: string } }).perplexity?.corpus_file;
  if (corpus) files[`eval/${corpus}`] = readFileSync(path.join(root, 'eval', corpus), 'utf8');
  const schema = path.join(root, 'schemas', 'eval-suite.schema.json');
  if (existsSync(schema)) files['schemas/eval-suite.schema.json'] = readFileSync(schema, 'utf8');
  return files;
}
