import path from 'node:path';
import { MregError } from '../../core/errors.js';
import { runDemo } from '../../demo/demo.js';
import { str, type Command } from '../command.js';

export const demoCommand: Command = {
  name: 'demo',
  summary:
    'Run the whole promise end to end on local defaults: publish three generated models and a LoRA adapter, serve, deploy, gate, roll back, and write an evidence record.',
  usage: '[--dir DIR] [--store URI]',
  description:
    'Uses a local bare git remote, a local folder store (or --store s3://...), generated GGUF models and the reference server.\n' +
    'Exits 0 only if every check passed; stops its server and cleans up on every exit path (Ctrl-C included).',
  options: {
    dir: {
      type: 'string',
      description:
        "working folder: new, empty, or an earlier demo's, which is replaced (default: .demo in the current directory)",
      placeholder: 'DIR',
    },
    store: { type: 'string', description: 'artifact store URI (default: a folder inside DIR)', placeholder: 'URI' },
  },
  async run(args, io) {
    const dir = path.resolve(str(args, 'dir') ?? path.join(process.cwd(), '.demo'));
    // The walkthrough is the demo's output: stdout, so `npm run demo > log` keeps it (stderr with
    // --json, where stdout is the JSON result alone).
    const log = io.json ? io.log : (line: string) => io.stdout(`${line}\n`);
    const r = await runDemo({ dir, store: str(args, 'store'), cli: process.argv[1], log, signal: io.signal });
    const summary = [
      '',
      r.ok ? 'All checks passed.' : `FAILED:\n${r.failures.map((f) => `  - ${f}`).join('\n')}`,
      r.rollbackFollowMs !== null
        ? `Rollback followed by the server in ${(r.rollbackFollowMs / 1000).toFixed(2)} s (bar: 30 s).`
        : '',
      r.adapterFollowMs.deploy !== null && r.adapterFollowMs.rollback !== null
        ? `Adapter deploy and rollback followed in ${(r.adapterFollowMs.deploy / 1000).toFixed(2)} s and ${(r.adapterFollowMs.rollback / 1000).toFixed(2)} s.`
        : '',
      `Total ${(r.totalMs / 1000).toFixed(1)} s.`,
      `Evidence: ${r.evidenceFile} (and ${path.basename(r.evidenceMarkdown)} beside it)`,
    ]
      .filter(Boolean)
      .join('\n');
    if (io.signal.aborted) throw new MregError('INTERNAL', `demo interrupted; evidence so far: ${r.evidenceFile}`);
    return { text: summary, json: r, exitCode: r.ok ? 0 : 1 };
  },
};
