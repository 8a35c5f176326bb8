import { MregError } from '../../core/errors.js';
import { openContext } from '../../state/context.js';
import { closest } from '../hints.js';
import {
  reqStr,
  str,
  type Command,
  type CommandIO,
  type CommandResult,
  type OptionSpec,
  type ParsedCommand,
} from '../command.js';
import { commitLine, contextOptions, pushOptions } from './shared.js';
import { pointerJson, pointerText } from './pointer.js';
import type { CanaryHandOp } from '../../ops/canary.js';

/**
 * `mreg canary SUBCOMMAND`: the canary's pointer by hand (promote, abort, set). Each subcommand is
 * one entry of `subcommands`, with its own options merged into the group's, so the group grows by
 * adding an entry.
 */
export interface CanarySubcommand {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  run(args: ParsedCommand, io: CommandIO): Promise<CommandResult>;
}

const reasonOption: Record<string, OptionSpec> = {
  reason: { type: 'string', description: 'why; recorded in the history and the commit', placeholder: 'TEXT' },
};

/** The options of check and watch (the analysis lives in canary-analysis.ts, loaded when used). */
const analysisOptions: Record<string, OptionSpec> = {
  prometheus: {
    type: 'string',
    description: "Prometheus's URL, which scrapes the servers' /metrics (default: $MREG_PROMETHEUS_URL)",
    placeholder: 'URL',
  },
  'dry-run': { type: 'boolean', description: 'print the decision and commit nothing' },
  'k8s-apply': {
    type: 'boolean',
    description:
      "after each commit, write the environment's pointer ConfigMap as `mreg k8s apply` does (for servers that follow the ConfigMap)",
  },
  'keep-watching': {
    type: 'boolean',
    description:
      'watch: keep looking after a promotion or an abort, and while there is no canary (a long-running watcher)',
  },
};

async function runPointerOp(args: ParsedCommand, io: CommandIO, op: CanaryHandOp, percent?: number) {
  const env = reqStr(args, 'env', `canary ${op}`);
  const [ctx, ops] = await Promise.all([openContext(contextOptions(args, io)), import('../../ops/canary.js')]);
  const out = await ops.moveCanaryByHand(ctx, env, op, { percent, reason: str(args, 'reason') });
  return {
    json: pointerJson(out.result, out.commit, out.pushed),
    text: `${pointerText(out.result)}\n${commitLine(out)}`,
  };
}

/** `--percent N` of `canary set`: 1..99 moves the canary, 100 promotes it. */
function percentOf(args: ParsedCommand): number {
  const raw = reqStr(args, 'percent', 'canary set');
  const n = /^[0-9]+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= 100))
    throw new MregError(
      'USAGE',
      `canary set --percent: expected an integer from 1 to 99 (100 promotes the canary; mreg canary abort removes it), got ${JSON.stringify(raw)}`,
    );
  return n;
}

export const subcommands: CanarySubcommand[] = [
  {
    name: 'promote',
    summary: "make the canary the environment's stable version (every instance converges on it)",
    usage: 'promote --env ENV [--reason TEXT]',
    options: reasonOption,
    run: (args, io) => runPointerOp(args, io, 'promote'),
  },
  {
    name: 'abort',
    summary: 'remove the canary; every instance converges on the stable version, which stays',
    usage: 'abort --env ENV [--reason TEXT]',
    options: reasonOption,
    run: (args, io) => runPointerOp(args, io, 'abort'),
  },
  {
    name: 'set',
    summary: 'run the canary on another share of the instances (100 promotes it)',
    usage: 'set --env ENV --percent N [--reason TEXT]',
    options: {
      percent: { type: 'string', description: 'share of the instances, 1-99 (100 promotes)', placeholder: 'N' },
      ...reasonOption,
    },
    run: (args, io) => runPointerOp(args, io, 'set', percentOf(args)),
  },
  {
    name: 'check',
    summary:
      'analyse the canary against stable once from Prometheus (registry/config.json `canary`) and commit the step, the promotion or the abort it decides',
    usage: 'check --env ENV [--prometheus URL] [--dry-run] [--k8s-apply]',
    options: analysisOptions,
    run: async (args, io) => (await import('./canary-analysis.js')).runCanaryAnalysis('check', args, io),
  },
  {
    name: 'watch',
    summary: 'check every interval_s until the canary is promoted or aborted (--keep-watching: until stopped)',
    usage: 'watch --env ENV [--prometheus URL] [--dry-run] [--k8s-apply] [--keep-watching]',
    options: analysisOptions,
    run: async (args, io) => (await import('./canary-analysis.js')).runCanaryAnalysis('watch', args, io),
  },
];

export const canaryCommand: Command = {
  name: 'canary',
  summary:
    'The canary beside an environment\'s stable version (started by "mreg deploy ... --canary PERCENT"): promote, abort or set its percent by hand, or check/watch it from Prometheus; each change is a commit.',
  usage: subcommands.map((s) => s.usage).join(' | '),
  description: subcommands.map((s) => `${s.name}: ${s.summary}`).join('\n'),
  positionals: { min: 1, max: 1, names: ['SUBCOMMAND'] },
  options: {
    env: { type: 'string', description: 'the environment whose canary to change', placeholder: 'ENV' },
    ...Object.assign({}, ...subcommands.map((s) => s.options)),
    ...pushOptions,
  },
  async run(args, io) {
    const name = args.positionals[0];
    const sub = subcommands.find((s) => s.name === name);
    if (!sub) {
      const names = subcommands.map((s) => s.name);
      const guess = closest(name, names);
      throw new MregError(
        'USAGE',
        `mreg canary: unknown subcommand ${JSON.stringify(name)} (expected: ${names.join(', ')})${guess ? `; did you mean ${guess}?` : ''}`,
      );
    }
    // The group's options are the union of its subcommands': refuse one this subcommand does not take.
    for (const other of subcommands)
      for (const opt of Object.keys(other.options))
        if (!(opt in sub.options) && args.values[opt] !== undefined)
          throw new MregError('USAGE', `mreg canary ${sub.name} takes no --${opt} (usage: mreg canary ${sub.usage})`);
    return sub.run(args, io);
  },
};
