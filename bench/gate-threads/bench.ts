/** See run.mjs. Prints one row per thread count and load, then a JSON line with every figure. */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { LlamaBackend } from '../../src/eval/backends/llama.js';
import type { EvalSession } from '../../src/eval/session.js';
import { loadSuite, type EvalSuite } from '../../src/eval/suite.js';
import { STARTER_SUITE } from '../../src/ops/package-files.js';
import { decidePaired, projectedPairs } from '../../src/core/stats.js';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { describeDevice, getSharedLlama } from '../../src/llama/runtime.js';

const ROOT = process.env.MREG_BENCH_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    threads: { type: 'string' },
    pairs: { type: 'string', default: '40' },
    loads: { type: 'string', default: 'quiet,busy' },
    // off: read into memory (the gate's way); on: mapped from the file (llama.cpp's default).
    mmap: { type: 'string', default: 'off' },
    vocab: { type: 'string', default: '32000' },
    embd: { type: 'string', default: '1024' },
    layers: { type: 'string', default: '8' },
    ff: { type: 'string', default: '2816' },
    // Fresh loads per row: odd repeats load the copy first, so the order of loading and the file are told apart.
    repeats: { type: 'string', default: '1' },
  },
});
const PAIRS = Number(values.pairs);
const LOADS = values.loads.split(',') as Array<'quiet' | 'busy'>;

let busy: ChildProcess | null = null;
function stopBusy(): void {
  if (busy && busy.exitCode === null) busy.kill('SIGKILL');
  busy = null;
}
process.on('exit', stopBusy);
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    stopBusy();
    process.exit(130);
  });

/** The gate's sampling, reduced to its measurement: the same timed request on each side, who goes first alternating. */
async function measurePairs(suite: EvalSuite, a: EvalSession, b: EvalSession) {
  const timed = async (s: EvalSession, prompt: string, tokens: number) => {
    const t = performance.now();
    await s.generateTimed(prompt, tokens);
    return performance.now() - t;
  };
  const p0 = suite.latency[0];
  await timed(a, p0.prompt, p0.maxTokens);
  await timed(b, p0.prompt, p0.maxTokens);
  const logs: number[] = [];
  const firstSlower: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < PAIRS; i++) {
    const p = suite.latency[i % suite.latency.length];
    const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
    const tf = await timed(first, p.prompt, p.maxTokens);
    const ts = await timed(second, p.prompt, p.maxTokens);
    const [ta, tb] = i % 2 === 0 ? [tf, ts] : [ts, tf];
    logs.push(Math.log(ta / tb));
    firstSlower.push(Math.log(tf / ts));
  }
  return { logs, firstSlower, pairMs: (performance.now() - t0) / PAIRS };
}

const median = (v: number[]) => {
  const s = [...v].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * (Math.exp(x) - 1)).toFixed(1)}%`;

async function setting(
  suite: EvalSuite,
  files: [string, string],
  threads: number,
  load: 'quiet' | 'busy',
  mmap: boolean,
  copyFirst = false,
) {
  const backend = new LlamaBackend({ gpu: false, threads, mmap });
  // a is always the first file and b its copy; copyFirst loads the copy first.
  const order = copyFirst ? [1, 0] : [0, 1];
  const opened: EvalSession[] = [];
  for (const i of order) opened[i] = await backend.open(files[i], suite);
  const [a, b] = opened;
  if (load === 'busy') {
    busy = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
  }
  try {
    const m = await measurePairs(suite, a, b);
    const sorted = [...m.logs].sort((x, y) => x - y);
    const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))];
    const d = decidePaired({ logRatios: m.logs, maxRegression: 0.05, looks: 10 });
    const needed = projectedPairs(d);
    return {
      threads,
      load,
      mmap,
      loaded_first: copyFirst ? 'copy' : 'file',
      pair_s: m.pairMs / 1000,
      median: median(m.logs),
      iqr: q(0.75) - q(0.25),
      first_vs_second: median(m.firstSlower),
      verdict: d.verdict,
      pairs_needed: Number.isFinite(needed) ? needed : null,
      seconds_needed: Number.isFinite(needed) ? (needed * m.pairMs) / 1000 : null,
    };
  } finally {
    stopBusy();
    await a.close();
    await b.close();
  }
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-bench-threads-'));
try {
  const llama = await getSharedLlama(false);
  const cores = Math.max(1, llama.cpuMathCores);
  const threadList = values.threads
    ? values.threads.split(',').map(Number)
    : Array.from({ length: cores }, (_, i) => i + 1);
  const shape = {
    vocab: Number(values.vocab),
    embd: Number(values.embd),
    layers: Number(values.layers),
    ff: Number(values.ff),
  };
  const corpus = await readFile(path.join(ROOT, 'eval/neutral-text.txt'), 'utf8');
  const m = await generateTinyModel({ out: path.join(tmp, 'a.gguf'), corpus, quantization: 'f16', shape });
  // A copy, not the same file twice: two loads of one file would share its pages in memory.
  await copyFile(m.path, path.join(tmp, 'b.gguf'));
  const suite = await loadSuite(path.join(ROOT, STARTER_SUITE));
  console.log(
    `${await describeDevice(llama)}; model ${(m.bytes / 1048576).toFixed(0)} MiB (${JSON.stringify(shape)}); ` +
      `${PAIRS} pairs per row; load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const rows = [];
  for (const mmap of values.mmap.split(',').map((s) => s === 'on'))
    for (const load of LOADS)
      for (const threads of threadList)
        for (let rep = 0; rep < Number(values.repeats); rep++) {
          const r = await setting(suite, [m.path, path.join(tmp, 'b.gguf')], threads, load, mmap, rep % 2 === 1);
          rows.push(r);
          console.log(
            `threads ${threads} ${load.padEnd(5)} ${mmap ? 'mapped' : 'read  '} ${r.loaded_first} loaded first: pair ${r.pair_s.toFixed(2)} s; file vs copy median ${pct(r.median)}, ` +
              `IQR ${(100 * r.iqr).toFixed(1)} points; first of a pair vs second ${pct(r.first_vs_second)}; ` +
              `verdict ${r.verdict}; a ±5% verdict needs about ${r.pairs_needed ?? '∞'} pairs = ` +
              `${r.seconds_needed === null ? '∞' : r.seconds_needed.toFixed(0)} s`,
          );
        }
  console.log(JSON.stringify({ bench: 'gate-threads', rows }));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
