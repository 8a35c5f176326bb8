#!/usr/bin/env node
// How trustworthy is the gate's verdict? Repeats the real gate (src/ops/gate.ts, runGate) with the
// default config (DEFAULT_CONFIG: 5% thresholds, 30 s budget) and the default suite on generated
// tiny models whose true difference is known, quiet and with one core kept busy. See README.md.
//   node bench/gate-statistics/run.mjs [--trials 20] [--only aa,slow12,slow40,ppl6,better]
//        [--loads quiet,busy] [--json out.json]
// bench.ts is bundled with esbuild on the fly (node-llama-cpp external), like bench/gate/run.mjs.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../node_modules/.cache/mreg-bench/gate-statistics.mjs');
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
