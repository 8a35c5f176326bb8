#!/usr/bin/env node
// Which CPU thread count lets the gate decide soonest: per thread count, a same-weights twin measured in
// pairs of the gate's own timed requests (the suite `mreg init` writes), quiet and with one core kept busy:
//   node bench/gate-threads/run.mjs [--threads 1,2] [--pairs 40] [--loads quiet,busy] [--mmap off,on] [--vocab 32000 --embd 1024 --layers 8 --ff 2816]
//        [--repeats 1]   (fresh loads per setting; odd repeats load the copy first: load order told apart from the file)
// Prints per setting the time of a pair, the spread of the pairs' log ratios, the bias (median; first vs second
// of a pair), and the seconds a ±5% verdict needs at that spread (pairs needed x time of a pair).
// bench.ts is bundled with esbuild on the fly (node-llama-cpp external), like scripts/build.mjs.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../node_modules/.cache/mreg-bench/gate-threads.mjs');
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
