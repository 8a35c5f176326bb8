import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A real Prometheus (Debian's `prometheus` package; .ci/run installs it) on 127.0.0.1, on a port
 * chosen at run time, with a temporary storage folder and a static scrape config.
 */
export interface TestPrometheus {
  url: string;
  /** Resolves once every target has been scraped successfully at least once. */
  waitForTargets(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function prometheusBinary(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v prometheus'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `targets`: host:port of each server whose /metrics to scrape, every `scrapeS` seconds (1-5). */
export async function startPrometheus(targets: string[], scrapeS = 1): Promise<TestPrometheus> {
  const bin = prometheusBinary();
  if (!bin) throw new Error('prometheus is not installed: apt-get install -y prometheus (.ci/run does it)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mreg-prometheus-'));
  const config = path.join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      `  scrape_interval: ${scrapeS}s`,
      `  evaluation_interval: ${scrapeS}s`,
      'scrape_configs:',
      '  - job_name: mreg',
      '    static_configs:',
      `      - targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]`,
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const proc: ChildProcess = spawn(
    bin,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.console.templates=/dev/null',
      '--web.console.libraries=/dev/null',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  proc.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const until = async (what: string, ok: () => Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`prometheus exited ${proc.exitCode}: ${log}`);
      if (await ok().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`prometheus: timed out waiting for ${what}: ${log.slice(-2000)}`);
  };
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await until('/-/ready', async () => (await fetch(`${url}/-/ready`)).ok, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url,
    stop,
    waitForTargets: (timeoutMs = 60_000) =>
      until(
        'every target up',
        async () => {
          const j = (await (await fetch(`${url}/api/v1/targets`)).json()) as {
            data: { activeTargets: Array<{ health: string }> };
          };
          const t = j.data.activeTargets;
          return t.length === targets.length && t.every((x) => x.health === 'up');
        },
        timeoutMs,
      ),
  };
}
