#!/usr/bin/env node
// JSON reading of a registry.json of 10,000 history entries, the working tree's src/core (json.ts,
// json-position.ts) beside an earlier commit's, side by side in one run: a valid text (every command), a
// duplicate key and a syntax error near the end (refused with file, line:column and pointer), and
// a JSON pointer mapped to its line (validate's annotations).
// Usage: node bench/json-errors/run.mjs --base REV [--runs N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const base = arg('--base', 'HEAD');
const runs = Number(arg('--runs', 15));

const dir = mkdtempSync(path.join(tmpdir(), 'mreg-json-bench-'));
try {
  const baseSrc = path.join(dir, 'base');
  mkdirSync(baseSrc);
  execFileSync('sh', ['-c', `git -C "${root}" archive "${base}" src | tar -x -C "${baseSrc}"`]);
  const bundle = async (srcRoot, file, name) => {
    const outfile = path.join(dir, `${name}.mjs`);
    // ES module entries first, as scripts/build.mjs does for jsonc-parser.
    const o = { bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], logLevel: 'error' };
    await build({
      ...o,
      entryPoints: [path.join(srcRoot, file)],
      outfile,
      nodePaths: [path.join(root, 'node_modules')],
    });
    return import(outfile);
  };
  const old = {
    json: await bundle(baseSrc, 'src/core/json.ts', 'oj'),
    // The module was src/core/locate.ts before it was named for what it finds.
    locate: await bundle(
      baseSrc,
      existsSync(path.join(baseSrc, 'src/core/json-position.ts')) ? 'src/core/json-position.ts' : 'src/core/locate.ts',
      'ol',
    ),
  };
  const now = {
    json: await bundle(root, 'src/core/json.ts', 'nj'),
    locate: await bundle(root, 'src/core/json-position.ts', 'nl'),
  };

  const history = Array.from({ length: 10_000 }, (_, i) => ({
    id: i + 1,
    env: 'production',
    model: 'm',
    version: `1.0.${i}`,
    quantization: 'q4km',
    at: '2026-01-01T00:00:00Z',
    reason: 'deploy',
  }));
  const text = now.json.formatRegistryJson({ schema_version: 1, environments: { production: null }, history });
  const dup = text.replace('"version":"1.0.9998"', '"version":"1.0.9998","version":"1.0.9998"');
  const bad = text.replace('"version":"1.0.9998"', '"version":"1.0.9998",,');
  const refused = (json, t) => () => {
    try {
      json.parseJsonText(t, 'registry.json');
    } catch (err) {
      return err.message;
    }
    throw new Error('accepted');
  };
  const cases = {
    'parseJsonText, a valid text': (m) => () => m.json.parseJsonText(text, 'registry.json'),
    'parseJsonText, a duplicate key near the end': (m) => refused(m.json, dup),
    'parseJsonText, a syntax error near the end': (m) => refused(m.json, bad),
    'locatePointer /history/9998/version': (m) => () => m.locate.locatePointer(text, '/history/9998/version'),
    'locatePointer /environments/production': (m) => () => m.locate.locatePointer(text, '/environments/production'),
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (f) => {
    const t = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  console.log(
    `registry.json: ${history.length} history entries, ${(text.length / 1024 / 1024).toFixed(2)} MiB; median of ${runs} runs (ms), node ${process.version}`,
  );
  for (const [name, make] of Object.entries(cases)) {
    const a = make(old);
    const b = make(now);
    const ta = [];
    const tb = [];
    // Interleaved; the first round warms up and is not kept.
    for (let r = 0; r < runs + 1; r++) {
      const x = time(a);
      const y = time(b);
      if (r > 0) {
        ta.push(x);
        tb.push(y);
      }
    }
    const [ma, mb] = [median(ta), median(tb)];
    console.log(
      `  ${name.padEnd(44)} base ${base}: ${ma.toFixed(2).padStart(8)}   working tree: ${mb.toFixed(2).padStart(8)}   ratio ${(mb / ma).toFixed(2)}`,
    );
  }
  for (const t of [dup, bad])
    console.log(`  base: ${refused(old.json, t)().slice(0, 150)}\n  now:  ${refused(now.json, t)().slice(0, 150)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
