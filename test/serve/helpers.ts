import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { CLI, mreg } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

/** llama.cpp on a busy 2-core machine: one thread, CPU, or evaluation crawls. */
export const LLAMA_ENV = { MREG_LLAMA_GPU: 'false', MREG_LLAMA_THREADS: '1' };

const CORPUS = 'the quick brown fox jumps over the lazy dog. a model registry follows git. ';

/** A GitOps repo (gate off) with tiny real GGUF models published as tiny 1.0.0, 2.0.0, 2.1.0. */
export async function makeServeRepo(versions = ['1.0.0', '2.0.0', '2.1.0']): Promise<TestRepo> {
  const repo = await makeRepo({ gate: false });
  const models = path.join(repo.root, 'models');
  mkdirSync(models);
  for (const [i, v] of versions.entries()) {
    const file = path.join(models, `tiny-${v}.gguf`);
    // A different corpus per version: different bytes, different sha256.
    await generateTinyModel({ corpus: CORPUS.repeat(5 + i) + `version ${v}`, out: file, name: `tiny ${v}` });
    const r = await mreg([
      '--repo',
      repo.work,
      'publish',
      file,
      '--model',
      'tiny',
      '--version',
      v,
      '--quantization',
      'f32',
    ]);
    if (r.code !== 0) throw new Error(`publish ${v}: ${r.stderr}`);
  }
  return repo;
}

export async function deploy(repo: TestRepo, version: string, env = 'production'): Promise<void> {
  const r = await mreg([
    '--repo',
    repo.work,
    'deploy',
    'tiny',
    version,
    '--env',
    env,
    '--skip-gate',
    '--reason',
    'test',
  ]);
  if (r.code !== 0) throw new Error(`deploy ${version}: ${r.stderr}`);
}

export async function rollback(repo: TestRepo, env = 'production'): Promise<void> {
  const r = await mreg(['--repo', repo.work, 'rollback', '--env', env, '--reason', 'test']);
  if (r.code !== 0) throw new Error(`rollback: ${r.stderr}`);
}

export interface ServeProcess {
  url: string;
  proc: ChildProcess;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/**
 * An empty working directory for served processes: without `--repo`, `mreg serve` reads the
 * repository config of its working directory, and this checkout's own registry/config.json names
 * a store the test repositories' artifacts are not in (fetches are confined to the configured store).
 */
let neutralCwd: string | null = null;
function neutralDir(): string {
  neutralCwd ??= mkdtempSync(path.join(os.tmpdir(), 'mreg-serve-cwd-'));
  return neutralCwd;
}

/** Starts `mreg serve|agent ...` as a process and reads the URL from its first stdout line. */
export async function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  node = process.execPath,
): Promise<ServeProcess> {
  const proc = spawn(node, [CLI, ...args], {
    cwd: neutralDir(),
    env: { ...process.env, ...LLAMA_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: proc.stdout! });
    // A process that never prints its URL is killed, not left behind for the rest of the run.
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`mreg ${args.join(' ')} printed no URL within 60 s: ${err}`));
    }, 60_000);
    rl.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`mreg ${args.join(' ')} exited ${code} before listening: ${err}`));
    });
  });
  return {
    url,
    proc,
    stderr: () => err,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
}

export async function getJson(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

/** Polls until `check` returns a truthy value; fails with the last value seen (no timing assertions). */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 60_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(
    `timed out waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
  );
}

export function waitForVersion(url: string, version: string, timeoutMs = 60_000): Promise<any> {
  return waitFor(
    `/model-info version ${version}`,
    async () => {
      const r = await getJson(`${url}/model-info`);
      return r.body.version === version && r.body.state === 'serving' ? r.body : null;
    },
    timeoutMs,
  );
}
