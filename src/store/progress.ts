import type { ProgressFn } from './artifact-store.js';

export interface Progress {
  update: ProgressFn;
  /** Clears the bar line on a terminal (call on success and on failure). */
  done(): void;
}

export interface ProgressOptions {
  /** Milliseconds between plain lines when the stream is not a terminal (CI logs, pipes). */
  lineIntervalMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** A rate needs this much time behind it: the first chunks arrive from buffers at memory speed. */
const RATE_WINDOW_MS = 1000;

/**
 * Download progress on stderr. On a terminal, a one-line bar redrawn in place. Elsewhere (a CI
 * log, a pipe, or `CI` set) a plain line every few seconds and one at the end, so a long download
 * in a job log shows that it moves without filling the log with carriage returns.
 *
 * The rate is measured over the last second or more of samples, from the first byte this process
 * saw, so neither buffered first chunks nor bytes already on disk from an earlier attempt inflate it.
 */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
  options: ProgressOptions = {},
): Progress {
  const now = options.now ?? Date.now;
  const terminal = !!stream.isTTY && !env.CI;
  const interval = terminal ? 100 : (options.lineIntervalMs ?? 5000);
  const samples: { t: number; bytes: number }[] = [];
  let last = -Infinity;
  let drawn = false;
  let finished = false;

  const rate = (t: number, bytes: number): number | null => {
    samples.push({ t, bytes });
    // Keep the oldest sample that still leaves a full window behind the newest one.
    while (samples.length > 2 && t - samples[1].t >= RATE_WINDOW_MS) samples.shift();
    const first = samples[0];
    return t - first.t >= RATE_WINDOW_MS ? ((bytes - first.bytes) * 1000) / (t - first.t) : null;
  };

  const update: ProgressFn = (doneBytes, total) => {
    const t = now();
    const r = rate(t, doneBytes);
    const complete = total > 0 && doneBytes >= total;
    // Redrawing a bar more than ~10 times a second, or logging a line more often than every few
    // seconds, costs more than it tells; the end is always shown once.
    if (t - last < interval && !(complete && !finished)) return;
    if (complete) finished = true;
    last = t;
    const frac = total > 0 ? Math.min(1, doneBytes / total) : 0;
    const pct = `${(frac * 100).toFixed(0).padStart(3)}%`;
    const speed = r === null ? '' : ` ${fmtBytes(r)}/s`;
    if (terminal) {
      const width = 30;
      const filled = Math.round(frac * width);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct} ${fmtBytes(doneBytes)}/${fmtBytes(total)}${speed}`;
      stream.write(`\r${line.slice(0, (stream.columns || 100) - 1)}\x1b[K`);
      drawn = true;
    } else {
      stream.write(`${label}: ${pct.trim()} ${fmtBytes(doneBytes)}/${fmtBytes(total)}${speed}\n`);
    }
  };
  return {
    update,
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** Progress over the files of one artifact: one `verb name` label per file, in turn. */
export interface FileProgress {
  update(name: string, done: number, total: number): void;
  done(): void;
}

export function createFileProgress(
  verb: string,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): FileProgress {
  let current: { name: string; bar: Progress } | null = null;
  return {
    update(name, done, total) {
      if (current?.name !== name) {
        current?.bar.done();
        current = { name, bar: createProgress(`${verb} ${name}`, stream, env) };
      }
      current.bar.update(done, total);
      // A finished file clears its bar: log lines that follow start on a clean line.
      if (total > 0 && done >= total) {
        current.bar.done();
        current = null;
      }
    },
    done: () => current?.bar.done(),
  };
}

export function fmtBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
