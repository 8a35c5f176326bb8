import path from 'node:path';
import { usage } from '../../core/errors.js';
import type { BackendName } from '../../eval/suite-metrics.js';
import { bool, str, type Command } from '../command.js';
import { contextOptions, storeOption } from './shared.js';

export const compareCommand: Command = {
  name: 'compare',
  summary:
    'Gate two registered versions against each other (B as the candidate, A as the baseline) without touching any environment; exit 1 on fail.',
  usage: 'A_ID B_ID [--suite FILE] [--backend llama|command] [--strict]',
  description:
    "The same suite, thresholds and paired sampling as a deploy's gate (registry/config.json gate), with A in\n" +
    "the place of the environment's baseline. Both artifacts are fetched into the cache and verified; nothing is committed.",
  positionals: { min: 2, max: 2, names: ['A_ID', 'B_ID'] },
  options: {
    suite: {
      type: 'string',
      description: 'eval suite (default: gate.suite in registry/config.json)',
      placeholder: 'FILE',
    },
    backend: { type: 'string', description: 'llama or command (default: gate.backend)', placeholder: 'B' },
    strict: { type: 'boolean', description: 'exit 1 on an inconclusive verdict too' },
    ...storeOption,
  },
  async run(args, io) {
    const backend = str(args, 'backend') as BackendName | undefined;
    if (backend && !['llama', 'command'].includes(backend))
      throw usage(`mreg compare: --backend expects llama or command, got ${JSON.stringify(backend)}`);
    const [{ openContext }, { compareVersions }] = await Promise.all([
      import('../../state/context.js'),
      import('../../ops/compare.js'),
    ]);
    const ctx = await openContext({ ...contextOptions(args, io), push: false });
    const suite = str(args, 'suite');
    const report = await compareVersions(ctx, {
      baseline: args.positionals[0],
      candidate: args.positionals[1],
      suitePath: suite ? path.resolve(suite) : undefined,
      backend,
    });
    const failed = report.verdict === 'fail' || (report.verdict === 'inconclusive' && bool(args, 'strict'));
    return { json: report.json, text: report.markdown.trimEnd(), exitCode: failed ? 1 : 0 };
  },
};
