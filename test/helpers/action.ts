// Runs the bundled action (dist/action.js) as the runner does: a Node 24 process with INPUT_*
// variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and reads back what it wrote there.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './cli.js';
import { node24 } from './node24.js';

export const ACTION = path.join(ROOT, 'dist', 'action.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the `name<<delimiter` blocks @actions/core appends to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) {
      const eq = lines[i].indexOf('=');
      if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
      continue;
    }
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/**
 * `inputs` use the action.yml names (`skip-gate`), as a workflow's `with:` does. The parent's
 * GITHUB_* / INPUT_* / RUNNER_* variables are dropped, so the tests behave the same inside CI.
 */
export async function runAction(
  inputs: Record<string, string>,
  opts: { cwd?: string; env?: Record<string, string>; eventPayload?: unknown; node?: string; action?: string } = {},
): Promise<ActionRun> {
  const node = opts.node ?? (await node24());
  const dir = mkdtempSync(path.join(tmpdir(), 'mreg-action-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  env.GITHUB_OUTPUT = outputFile;
  env.GITHUB_STEP_SUMMARY = summaryFile;
  env.GIT_TERMINAL_PROMPT = '0';
  if (opts.eventPayload !== undefined) {
    env.GITHUB_EVENT_PATH = path.join(dir, 'event.json');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(opts.eventPayload));
  }
  Object.assign(env, opts.env);
  try {
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        node,
        [opts.action ?? ACTION],
        { cwd: opts.cwd ?? ROOT, env, maxBuffer: 64 * 1024 * 1024 },
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
    return {
      ...r,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
