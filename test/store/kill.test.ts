// A fetch killed with SIGKILL at random points never leaves a partial or wrong file at the final
// path, and the next run completes. The child is the real store code, bundled once with esbuild.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';
import { writePatternFile } from '../helpers/big-file.js';

const MiB = 1024 * 1024;
let s3: S3TestServer;
let tmp: string;
let child: string;

beforeAll(async () => {
  s3 = await startS3Server();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-kill-'));
  child = path.join(tmp, 'fetch-child.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'fetch-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
});
afterAll(async () => {
  await s3?.stop();
  await rm(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  progressAtKill: number | null;
}

/** Starts the child; kills it once its progress passes `killAt` bytes (or after `killAfterMs`). */
function runChild(args: object, kill: { atBytes?: number; afterMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child], {
      env: {
        ...process.env,
        MREG_FETCH_CHILD: JSON.stringify(args),
        AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let progressAtKill: number | null = null;
    let last = 0;
    let buf = '';
    let stderr = '';
    const killNow = () => {
      if (progressAtKill === null && p.exitCode === null) {
        progressAtKill = last;
        p.kill('SIGKILL');
      }
    };
    const timer = kill.afterMs !== undefined ? setTimeout(killNow, kill.afterMs) : undefined;
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        const n = Number(l);
        if (Number.isFinite(n)) last = n;
        if (kill.atBytes !== undefined && last >= kill.atBytes) killNow();
      }
    });
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve({ code, signal, progressAtKill });
    });
  });
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('fetch killed with SIGKILL', () => {
  it('never leaves a partial or wrong file at the final path; the next run completes', async () => {
    const src = path.join(tmp, 'kill.bin');
    const { sha256, size } = await writePatternFile(src, 24 * MiB + 11);
    const store = openStore(`s3://${s3.bucket}`, { s3: { endpoint: s3.endpoint }, credentials: s3.credentials });
    await store.putFile('k/v1.0.0/k-v1.0.0-q4km.gguf', src);
    await rm(src);
    const cacheDir = path.join(tmp, 'cache');
    const finalPath = path.join(cacheDir, 'artifacts', 'k-v1.0.0-q4km.gguf');
    const args = {
      storeUri: `s3://${s3.bucket}`,
      endpoint: s3.endpoint,
      credentials: s3.credentials,
      key: 'k/v1.0.0/k-v1.0.0-q4km.gguf',
      sha256,
      size,
      cacheDir,
      id: 'k-v1.0.0-q4km',
      partSize: MiB,
      concurrency: 3,
    };

    const checkFinal = async (): Promise<boolean> => {
      const present = await stat(finalPath).then(
        () => true,
        () => false,
      );
      // Whatever is at the final path is the whole, verified artifact.
      if (present) expect(sha(await readFile(finalPath))).toBe(sha256);
      return present;
    };

    let midDownloadKills = 0;
    for (let i = 0; i < 12; i++) {
      // Mostly at a random byte offset of the download; a few at a random early time (start-up, HEAD).
      const kill =
        i % 4 === 3 ? { afterMs: Math.floor(Math.random() * 400) } : { atBytes: Math.floor(Math.random() * size) };
      const run = await runChild(args, kill);
      if (run.signal === 'SIGKILL' && run.progressAtKill! > 0 && run.progressAtKill! < size) midDownloadKills++;
      if (await checkFinal()) {
        // It finished before the kill landed: remove the copy so the next round downloads again.
        await rm(finalPath);
        await rm(`${finalPath}.sha256`, { force: true });
      }
    }
    expect(midDownloadKills).toBeGreaterThanOrEqual(6);

    const last = await runChild(args);
    expect(last.code).toBe(0);
    expect(await checkFinal()).toBe(true);
    // Partials of the killed runs were cleaned up by the run that completed.
    expect(await readdir(path.join(cacheDir, 'staging'))).toEqual([]);
    const again = await runChild(args);
    expect(again.code).toBe(0);
  });
});
