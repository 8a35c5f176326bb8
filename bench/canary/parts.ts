/** What both canary benchmarks share: a real Prometheus, a client's traffic, the prompts. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const CORPUS = 'the quick brown fox jumps over the lazy dog. a model registry follows git. ';
const SHORT = ['the quick brown', 'a model registry', 'the lazy dog', 'follows git'];
const LONG = 'the quick brown fox jumps over the lazy dog and a model registry follows git every day. '.repeat(3);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** Debian's `prometheus`, scraping `targets` (host:port) every `scrapeS` seconds. */
export async function startPrometheus(
  dir: string,
  targets: string[],
  scrapeS: number,
): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const config = path.join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    `global:\n  scrape_interval: ${scrapeS}s\nscrape_configs:\n  - job_name: mreg\n    static_configs:\n      - targets: ${JSON.stringify(targets)}\n`,
  );
  const proc = spawn(
    'prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(dir, 'tsdb')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  while (
    !(await fetch(`${url}/-/ready`)
      .then((r) => r.ok)
      .catch(() => false))
  )
    await sleep(200);
  return { url, proc };
}

/**
 * A client sending `rate` completions a second of `maxTokens` tokens to `url`, one prompt in five
 * long (longer than a 64-token context holds), until stopped.
 */
export function traffic(url: string, rate: number, maxTokens = 4): { stop: () => void } {
  let stopped = false;
  void (async () => {
    for (let i = 0; !stopped; i++) {
      const started = Date.now();
      const prompt = i % 5 === 4 ? LONG : SHORT[i % SHORT.length];
      await fetch(`${url}/v1/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt, max_tokens: maxTokens }),
      })
        .then((r) => r.text())
        .catch(() => '');
      await sleep(Math.max(0, 1000 / rate - (Date.now() - started)));
    }
  })();
  return { stop: () => void (stopped = true) };
}
