/**
 * The `command` backend: a user's own benchmark, run without a shell (argv as given, so nothing
 * in a model path or suite path is ever interpreted), once per repetition. It must print one JSON
 * object of metrics on stdout, e.g. `{"perplexity": 9.1, "accuracy": 0.8, "latency_p50_ms": 120}`:
 * values are finite numbers or null; anything else is a clear MregError('EVAL').
 *
 * Placeholders in the argv: `{model}` (the model path or target), `{suite}` (the suite file),
 * `{repetition}` (0-based). The same values are in the environment as MREG_MODEL, MREG_SUITE and
 * MREG_REPETITION.
 */
import { execFile } from 'node:child_process';
import { MregError } from '../../core/errors.js';
import type { EvalSuite } from '../suite.js';
import type { EvalResult, RunSample } from '../suite-metrics.js';

export interface CommandBackendOptions {
  argv: string[];
  /** Default 10 minutes. */
  timeoutMs?: number;
  cwd?: string;
  /** Device string for the report (the command runs wherever it runs); default "command". */
  device?: string;
}

const MAX_STDOUT = 1024 * 1024;

export class CommandBackend {
  readonly name = 'command' as const;
  private repetition = 0;

  constructor(private readonly options: CommandBackendOptions) {
    if (
      !Array.isArray(options.argv) ||
      options.argv.length === 0 ||
      !options.argv.every((a) => typeof a === 'string')
    ) {
      throw new MregError(
        'USAGE',
        'the command backend needs a command as an array of strings (gate.command in registry/config.json)',
      );
    }
  }

  async describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>> {
    return { device: this.options.device ?? `command: ${this.options.argv[0]}`, llamaCpp: null };
  }

  async runOnce(target: string, suite: EvalSuite): Promise<RunSample> {
    const rep = this.repetition++;
    const fill = (a: string): string =>
      a.replaceAll('{model}', target).replaceAll('{suite}', suite.file).replaceAll('{repetition}', String(rep));
    const [file, ...args] = this.options.argv.map(fill);
    const shown = [file, ...args].join(' ');
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        file,
        args,
        {
          shell: false,
          cwd: this.options.cwd,
          timeout: this.options.timeoutMs ?? 600_000,
          maxBuffer: MAX_STDOUT,
          env: { ...process.env, MREG_MODEL: target, MREG_SUITE: suite.file, MREG_REPETITION: String(rep) },
          encoding: 'utf8',
        },
        (err, out, errOut) => {
          if (err) {
            const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
            const why = e.killed ? 'timed out' : e.code === 'ENOENT' ? 'not found' : `failed (${e.code ?? e.message})`;
            reject(
              new MregError(
                'EVAL',
                `command backend: ${shown} ${why}${errOut ? `: ${String(errOut).trim().slice(-500)}` : ''}`,
                { cause: err },
              ),
            );
          } else resolve(out);
        },
      );
    });
    return { ...EMPTY, extra: parseMetricsOutput(stdout, shown) };
  }
}

const EMPTY: RunSample = {
  perplexity: null,
  accuracy: null,
  latenciesMs: [],
  generatedTokens: 0,
  generationMs: 0,
  loadMs: null,
};

/** Parses a command's stdout: exactly one JSON object of finite numbers or nulls. */
export function parseMetricsOutput(stdout: string, shown: string): Record<string, number | null> {
  const text = stdout.trim();
  const preview = JSON.stringify(text.length > 200 ? text.slice(0, 200) + '...' : text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new MregError(
      'EVAL',
      `command backend: ${shown} must print one JSON object of metrics on stdout, it printed ${preview}`,
    );
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new MregError(
      'EVAL',
      `command backend: ${shown} printed ${preview}: expected a JSON object like {"perplexity": 9.1, "latency_p50_ms": 120}`,
    );
  }
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!/^[a-z][a-z0-9_]{0,63}$/.test(k))
      throw new MregError(
        'EVAL',
        `command backend: ${shown} printed metric name ${JSON.stringify(k)}: expected snake_case`,
      );
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
      throw new MregError(
        'EVAL',
        `command backend: ${shown} printed ${k}: ${JSON.stringify(v)}, expected a finite number or null`,
      );
    }
    out[k] = v as number | null;
  }
  return out;
}
