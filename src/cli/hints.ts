import type { MregError } from '../core/errors.js';
import { RefusedWithNextStep, type NextStep } from '../core/rules.js';

/**
 * What to type next after a refusal, with the exact flags: the use cases say what is possible in
 * terms of things (a version, a reason), the CLI names the command line that does it.
 */
export function hintFor(err: MregError): string | null {
  // A failed pipeline stage wraps the use case's refusal: the next step is on the cause.
  for (let e: unknown = err; e instanceof Error; e = e.cause)
    if (e instanceof RefusedWithNextStep) return nextStepLine(e.next);
  return null;
}

function nextStepLine(next: NextStep): string {
  switch (next.kind) {
    case 'rollback-to': {
      const which = next.versions.length ? ` (rolled back before: ${next.versions.join(', ')})` : '';
      return `to return to a version anyway, name it: mreg rollback --env ${next.env} --to VERSION${which}`;
    }
    case 'skip-gate':
      return `to ${next.command} without a gate verdict, say why (recorded): mreg ${next.command} ... --skip-gate --reason TEXT`;
    case 'block-rollback':
      return `to roll back every environment that runs it and then block it, in one step: mreg block ${next.id} --rollback --reason TEXT`;
    case 'quantization':
      return `name one: --quantization Q (registered: ${next.quantizations.join(', ')})`;
    case 'canary-open':
      return `make the canary stable: mreg canary promote --env ${next.env}; or remove it: mreg canary abort --env ${next.env}`;
  }
}

/** Commands by edit distance, for "did you mean". */
export function closest(name: string, candidates: string[]): string | null {
  // A prefix ("hist" for history) says more than a distance: it wins when it names one command.
  const prefixed = candidates.filter((c) => c.startsWith(name));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  // A slip of a few letters; anything further is not a suggestion.
  if (best && bestDistance <= Math.max(1, Math.floor(best.length / 3))) return best;
  return null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
