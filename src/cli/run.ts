import { MregError, errorMessage, formatProblem } from '../core/errors.js';
import pkg from '../../package.json' with { type: 'json' };
import { helpText, parseCommand, reportOf, type CommandIO } from './command.js';
import { closest, hintFor } from './hints.js';
import { snakeKeys } from './snake.js';
import { commands } from './commands/index.js';

/**
 * The CLI front end: argv -> command -> stdout (text or --json) and an exit code
 * (0 success, 1 refused or failed, 2 usage error). Errors are one clear line on stderr.
 */
export interface CliStreams {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal: AbortSignal;
}

async function topHelp(): Promise<string> {
  const all = await Promise.all(commands.map((c) => c.load()));
  const w = Math.max(...all.map((c) => c.name.length));
  return [
    `mreg ${pkg.version}: GitOps model versioning and rollback for self-hosted LLMs`,
    '',
    'Usage: mreg [--repo DIR] COMMAND [options]   (mreg COMMAND --help for details)',
    '',
    'Commands:',
    ...all.map((c) => `  ${c.name.padEnd(w)}  ${c.summary.split('. ')[0].replace(/\.$/, '')}`),
    '',
    'Global options: --repo DIR (default: current directory), --json, --help, --version',
  ].join('\n');
}

/** Pulls `--repo DIR` / `--repo=DIR` and `--json` out from anywhere in argv. */
function splitGlobal(argv: string[]): { repo?: string; rest: string[] } {
  const rest: string[] = [];
  let repo: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--repo') {
      if (i + 1 >= argv.length) throw new MregError('USAGE', 'mreg: --repo needs a directory');
      repo = argv[++i];
    } else if (a.startsWith('--repo=')) repo = a.slice('--repo='.length);
    else rest.push(a);
  }
  return { repo, rest };
}

export async function runCli(argv: string[], s: CliStreams): Promise<number> {
  const wantsJson = argv.includes('--json');
  try {
    const { repo, rest } = splitGlobal(argv);
    const [name, ...cmdArgs] = rest;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      // Asked for help: exit 0. No command at all is a usage error: help, and exit 2.
      s.stdout((await topHelp()) + '\n');
      return name ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
      s.stdout(`${pkg.version}\n`);
      return 0;
    }
    const cmd = await loadCommand(name);
    const parsed = parseCommand(cmd, cmdArgs);
    if (parsed.values.help) {
      s.stdout(helpText(cmd) + '\n');
      return 0;
    }
    const io: CommandIO = {
      log: (m) => s.stderr(m + '\n'),
      stdout: (t) => s.stdout(t),
      json: parsed.values.json === true,
      repo: repo ?? s.env.MREG_REPO ?? s.cwd,
      env: s.env,
      signal: s.signal,
    };
    const result = await cmd.run(parsed, io);
    s.stdout(
      io.json
        ? JSON.stringify(result.document ? result.json : snakeKeys(result.json), null, 2) + '\n'
        : withNewline(result.text),
    );
    return result.exitCode ?? 0;
  } catch (err) {
    return reportError(err, wantsJson, s);
  }
}

async function loadCommand(name: string) {
  const entry = commands.find((c) => c.name === name);
  if (entry) return entry.load();
  const guess = closest(
    name,
    commands.map((c) => c.name),
  );
  throw new MregError(
    'USAGE',
    `mreg: unknown command ${JSON.stringify(name)}${guess ? `; did you mean "${guess}"?` : ''} (see mreg --help)`,
  );
}

const withNewline = (t: string) => t + (t.endsWith('\n') ? '' : '\n');

/** The error on stderr (one line, then its problems and a hint), the report of what ran on stdout. */
function reportError(err: unknown, wantsJson: boolean, s: CliStreams): number {
  const e = err instanceof MregError ? err : new MregError('INTERNAL', errorMessage(err), { cause: err });
  const report = reportOf(err);
  const hint = hintFor(e);
  if (wantsJson) {
    const error = { code: e.code, message: e.message, problems: e.problems, ...(hint ? { hint } : {}) };
    s.stdout(JSON.stringify(snakeKeys({ ...report?.json, error }), null, 2) + '\n');
  } else if (report) s.stdout(withNewline(report.text));
  const extra = e.problems.length > 1 ? '\n' + e.problems.map((p) => `  ${formatProblem(p)}`).join('\n') : '';
  // A message that already names its command ("mreg deploy: ...") keeps that name in front.
  const named = /^(mreg(?: [a-z][a-z0-9-]*)?): /.exec(e.message);
  const prefix = named ? `${named[1]}: error: ` : 'mreg: error: ';
  const message = named ? e.message.slice(named[0].length) : e.message;
  s.stderr(`${prefix}${message}${extra}${hint ? `\nhint: ${hint}` : ''}\n`);
  if (e.code === 'INTERNAL' && s.env.MREG_DEBUG && err instanceof Error) s.stderr(`${err.stack}\n`);
  return e.exitCode;
}
