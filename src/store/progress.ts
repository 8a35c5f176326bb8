import type { ProgressFn } from './types.js';

export interface Progress {
  update: ProgressFn;
  /** Clears the bar line (call on success and on failure). */
  done(): void;
}

/**
 * A one-line progress bar on stderr. Quiet when stderr is not a terminal or `CI` is set: logs of
 * CI jobs and piped output should not fill with carriage returns.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!stream.isTTY || env.CI) return { update: () => undefined, done: () => undefined };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  const update: ProgressFn = (doneBytes, total) => {
    const now = Date.now();
    // Redrawing more than ~10 times a second costs more than it tells.
    if (now - last < 100 && doneBytes < total) return;
    last = now;
    const width = 30;
    const frac = total > 0 ? Math.min(1, doneBytes / total) : 0;
    const filled = Math.round(frac * width);
    const secs = Math.max(0.001, (now - started) / 1000);
    const rate = doneBytes / secs;
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${fmtBytes(doneBytes)}/${fmtBytes(total)} ${fmtBytes(rate)}/s`;
    stream.write(`\r${line.slice(0, (stream.columns || 100) - 1)}\x1b[K`);
    drawn = true;
  };
  return {
    update,
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
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
