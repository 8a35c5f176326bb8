#!/usr/bin/env node
// Benchmark: a fleet of followers on one registry (see README.md beside this file).
//   node bench/fleet/run.mjs [--followers 1000] [--processes 4] [--sources k8s,http,git,spread]
//                            [--http-poll-ms 5000] [--git-poll-ms 30000] [--spread-s 20] [--json]
// It bundles bench/fleet/fleet.ts (the real src/serve code) with esbuild, then runs the bundle:
// the driver in this process's child, the followers in --processes further processes.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Inside node_modules/, so the bundle resolves the packages it leaves external.
const out = path.join(ROOT, 'node_modules', '.cache', 'mreg-bench-fleet', 'fleet.mjs');
await build({
  entryPoints: [path.join(ROOT, 'bench', 'fleet', 'fleet.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  // ES module builds first: jsonc-parser's main entry is a UMD module whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  external: ['node-llama-cpp', '@kubernetes/client-node'],
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  logLevel: 'warning',
});
const child = spawn(process.execPath, [out, 'driver', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
