#!/usr/bin/env node
// Benchmark of the gate:
//   node bench/gate/run.mjs [--gpu auto|false|cuda] [--vocab 32000,128256] [--embd 1024 --layers 8 --ff 2816]
//                           [--threads N] [--tokens 1024] [--slow-tokens 128] [--gates twin,slower]
// 1. per vocabulary, on a generated model of a real small model's shape (default: llama, 1024 wide,
//    8 layers, ff 2816, f16: 322 MiB at 32k tokens): perplexity throughput of the native route (the
//    gate's), of the whole-distribution route and token by token, side by side with llama.cpp's own
//    prompt processing of the same windows (last logits only) and with the ceiling (logits at every
//    position, nothing read back), and the perplexities they find (must agree);
// 2. the full gate of the suite `mreg init` writes (eval/suite.json) on the first vocabulary's model: a same-weights twin, and a
//    model with a quarter more zero layers (about 20% slower): wall time, verdict, pairs.
// On an NVIDIA machine: --gpu cuda --embd 4096 --layers 32 --ff 11008 (a 7B shape).
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
  // ES module builds first: jsonc-parser's main entry is a UMD module whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  external: ['node-llama-cpp'],
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  logLevel: 'warning',
});
// The bundle lives under node_modules/.cache: tell it where the repository is.
process.env.MREG_BENCH_ROOT = path.resolve(here, '../..');
await import(pathToFileURL(out).href);
