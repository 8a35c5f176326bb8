#!/usr/bin/env node
// Benchmark of the gate (issue 4):
//   node bench/gate/run.mjs [--gpu auto|false|cuda] [--embd 288 --layers 1 --ff 32] [--tbt-tokens 512]
// 1. perplexity throughput (tokens/s) on a generated model: the batched controlledEvaluate route
//    vs token by token (evaluateWithMetadata), with the perplexities they find (must agree), and
//    vs llama.cpp's own prompt processing of the same windows (no logits read back): the ratio;
// 2. the full gate of the default suite (eval/default-suite.json: quality once per side,
//    performance in candidate/baseline pairs) on this machine, wall time, goal <= 30 s on the CPU.
// On an NVIDIA machine run it with --gpu cuda and a larger model, e.g. --embd 2048 --layers 16 --ff 5632.
// bench.ts is bundled with esbuild on the fly (node-llama-cpp external), like scripts/build.mjs.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../node_modules/.cache/mreg-bench/gate.mjs');
mkdirSync(path.dirname(out), { recursive: true });
await build({
  entryPoints: [path.join(here, 'bench.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['node-llama-cpp'],
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  logLevel: 'warning',
});
// The bundle lives under node_modules/.cache: tell it where the repository is.
process.env.MREG_BENCH_ROOT = path.resolve(here, '../..');
await import(pathToFileURL(out).href);
