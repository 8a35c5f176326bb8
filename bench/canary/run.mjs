#!/usr/bin/env node
// Benchmark of the canary analysis: how long from a canary's start to the analysis's abort.
//   node bench/canary/run.mjs [--runs 3] [--scrape 5] [--soak 30] [--interval 5] [--rate 10] [--aa-runs 0]
// Setup: a temp GitOps repo, tiny real GGUF models (1.0.0 stable; 1.1.0 built with a 64-token
// context, so it fails the long fifth of the prompts; 1.2.0 as healthy as 1.0.0), one real
// `mreg serve` per version, a real Prometheus scraping them every --scrape seconds, and a client
// sending --rate completions per second to each server, one prompt in five long.
// 1. errors: per run, a fresh canary window starts with the traffic; `analyseCanary` looks every
//    --interval seconds (soak --soak): the seconds from the start to the first abort decision.
//    The goal (with the commit, measured once the pointer can carry a canary): within 60 s.
// 2. A/A (--aa-runs N): the same against 1.2.0, until the soak is over and it passes (or aborts):
//    how many of N were aborted (the goal: none of 20).
// 3. --fleet (fleet.ts): the canary end to end, as a team runs it: --servers real `mreg serve`
//    following a git remote (poll --poll ms), a real Prometheus, `mreg deploy --canary --percent`
//    then `mreg canary watch` deciding and committing, the servers following each commit.
//      node bench/canary/run.mjs --fleet [--scenarios errors,slow,aa] [--runs 1] [--aa-runs 1]
//        [--servers 4] [--percent 25] [--rate 5] [--max-tokens 8] [--shape 384,4,1024] [--slow-shape 384,6,1152]
//        [--cap 0]
//    Per run: the seconds from the canary's start to each committed decision, and from each commit
//    to every server on the versions it gives them. With --cap S a canary still undecided after S
//    seconds is aborted by hand and counted undecided (never as the analysis's abort).
// bench.ts and fleet.ts are bundled with esbuild on the fly (node-llama-cpp external), like scripts/build.mjs.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = process.argv.includes('--fleet') ? 'fleet' : 'bench';
const out = path.resolve(here, `../../node_modules/.cache/mreg-bench/canary-${entry}.mjs`);
mkdirSync(path.dirname(out), { recursive: true });
await build({
  entryPoints: [path.join(here, `${entry}.ts`)],
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
