import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs the real bundled CLI (dist/cli.js, built by the global setup) as a process. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function mreg(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; node?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      opts.node ?? process.execPath,
      [CLI, ...args],
      {
        cwd: opts.cwd ?? ROOT,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...opts.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 1
          : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function mregJson<T = any>(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<T> {
  const r = await mreg([...args, '--json'], opts);
  if (r.code !== 0) throw new Error(`mreg ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export async function tempDir(prefix = 'mreg-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
