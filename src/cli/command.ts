import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MregError, usage } from '../core/errors.js';

/**
 * A CLI command: its options (node:util parseArgs), help text, and a run function that returns
 * both a readable text rendering and a JSON value; the front end prints one of them.
 */
export type OptionSpec = {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: string;
  placeholder?: string;
};

export interface CommandIO {
  /** Progress and warnings (stderr), never part of the result. */
  log(message: string): void;
  /** Output a running command streams before its result (e.g. serve's listening URL). */
  stdout(text: string): void;
  json: boolean;
  /** Global options every command may use. */
  repo: string;
  env: NodeJS.ProcessEnv;
  /** Set by commands that run until stopped (serve, agent): resolves when asked to stop. */
  signal: AbortSignal;
}

export interface CommandResult {
  text: string;
  json: unknown;
  /** 0 unless the command ran but its verdict is negative (e.g. validate found problems). */
  exitCode?: number;
  /** The JSON is a document of another format (a Kubernetes manifest): printed with its own keys. */
  document?: boolean;
}

/**
 * A refusal's report (the stages that ran, the gate's findings) goes to stdout like a success's,
 * so `mreg deploy ... > report.md` keeps it either way; the error itself goes to stderr.
 */
const reports = new WeakMap<object, { text: string; json: Record<string, unknown> }>();

export function withReport<E>(err: E, report: { text: string; json: Record<string, unknown> }): E {
  if (err && typeof err === 'object') reports.set(err, report);
  return err;
}

export function reportOf(err: unknown): { text: string; json: Record<string, unknown> } | undefined {
  return err && typeof err === 'object' ? reports.get(err) : undefined;
}

export interface Command {
  name: string;
  summary: string;
  /** e.g. "MODEL VERSION --env ENV [--quantization Q]" */
  usage: string;
  description?: string;
  options: Record<string, OptionSpec>;
  positionals?: { min: number; max: number; names: string[] };
  run(args: ParsedCommand, io: CommandIO): Promise<CommandResult>;
}

export interface ParsedCommand {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  repo: { type: 'string', description: 'the GitOps repository (default: the current directory)', placeholder: 'DIR' },
  json: { type: 'boolean', description: 'print the result as JSON' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

export function parseCommand(cmd: Command, argv: string[]): ParsedCommand {
  const options: ParseArgsConfig['options'] = {};
  for (const [name, spec] of Object.entries({ ...GLOBAL_OPTIONS, ...cmd.options })) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, '') : String(err);
    throw usage(`mreg ${cmd.name}: ${msg}`);
  }
  const pos = cmd.positionals ?? { min: 0, max: 0, names: [] };
  if (!parsed.values.help) {
    if (parsed.positionals.length < pos.min)
      throw usage(
        `mreg ${cmd.name}: missing ${pos.names.slice(parsed.positionals.length, pos.min).join(' ')} (usage: mreg ${cmd.name} ${cmd.usage})`,
      );
    if (parsed.positionals.length > pos.max)
      throw usage(
        `mreg ${cmd.name}: unexpected argument ${JSON.stringify(parsed.positionals[pos.max])} (usage: mreg ${cmd.name} ${cmd.usage})`,
      );
  }
  return { values: parsed.values as ParsedCommand['values'], positionals: parsed.positionals };
}

export function helpText(cmd: Command): string {
  const lines = [`mreg ${cmd.name} ${cmd.usage}`.trimEnd(), '', cmd.summary];
  if (cmd.description) lines.push('', cmd.description);
  const all = { ...cmd.options, ...GLOBAL_OPTIONS };
  lines.push('', 'Options:');
  const rows = Object.entries(all).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.placeholder ?? name.toUpperCase()}` : ''}`;
    return [flag, spec.description];
  });
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [f, d] of rows) lines.push(`  ${f.padEnd(w)}  ${d}`);
  lines.push('', 'Exit codes: 0 success, 1 refused or failed, 2 usage error.');
  return lines.join('\n');
}

// Typed accessors: parseArgs guarantees the type from the spec, these keep call sites short.
export function str(args: ParsedCommand, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function reqStr(args: ParsedCommand, name: string, cmd: string): string {
  const v = str(args, name);
  if (v === undefined || v === '') throw usage(`mreg ${cmd}: --${name} is required`);
  return v;
}

export function bool(args: ParsedCommand, name: string): boolean {
  return args.values[name] === true;
}

export function int(args: ParsedCommand, name: string, cmd: string, min = 0): number | undefined {
  const v = str(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min)
    throw usage(`mreg ${cmd}: --${name} expects a whole number >= ${min}, got ${JSON.stringify(v)}`);
  return Number(v);
}

export function num(args: ParsedCommand, name: string, cmd: string): number | undefined {
  const v = str(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n))
    throw usage(`mreg ${cmd}: --${name} expects a number, got ${JSON.stringify(v)}`);
  return n;
}

export { MregError };
