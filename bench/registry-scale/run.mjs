#!/usr/bin/env node
// Registry at scale: 1,000 artifacts in a real git repository with 10,000 history entries, beside
// the same registry with 100, and the whole-process wall time of the commands people run most on
// each, runs interleaved in one run. Goal: deploy and rollback at 10,000 entries within 1.3x of the
// same commands at 100.
// Usage: npm run build && node bench/registry-scale/run.mjs [--runs N] [--compare OLD/dist/cli.js]
// --compare: the same commands with another build (e.g. a copy of an earlier dist/, beside a
// package.json and node_modules) on an identical copy of the 10,000-entry registry, side by side.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ggufHeader } from '../gguf-header.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'cli.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const compareAt = process.argv.indexOf('--compare');
const oldCli = compareAt > 0 ? path.resolve(process.argv[compareAt + 1]) : null;
const ARTIFACTS = 1000;
const HISTORY = 10000;
const SMALL = 100;

const dir = mkdtempSync(path.join(tmpdir(), 'mreg-scale-'));
const work = path.join(dir, 'work');
const small = path.join(dir, 'work-100');
const store = path.join(dir, 'store');
const mreg = (args, o = { cli, work, env: process.env }) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [o.cli, '--repo', o.work, ...args], { encoding: 'utf8', env: o.env });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`mreg ${args.join(' ')}: ${r.stderr}`);
  return ms;
};
const nodeStart = (env) => {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', ''], { env });
  return Number(process.hrtime.bigint() - t) / 1e6;
};

/** A registry of ARTIFACTS artifacts and `entries` history entries in `work`, committed. */
function makeRegistry(work, entries) {
  const git = (args) => execFileSync('git', args, { cwd: work, encoding: 'utf8' });
  execFileSync(process.execPath, [cli, 'init', work, '--store', store], { stdio: 'ignore' });
  const config = JSON.parse(readFileSync(path.join(work, 'registry/config.json'), 'utf8'));
  config.gate.enabled = false; // this benchmark measures the registry, not the model gate
  config.smoke.enabled = false;
  writeFileSync(path.join(work, 'registry/config.json'), JSON.stringify(config, null, 2) + '\n');

  // 20 models x 50 versions; each artifact a small real file in the folder store.
  const refs = [];
  for (let m = 0; m < 20; m++) {
    for (let v = 0; v < 50; v++) {
      const model = `model-${m}`;
      const version = `1.${v}.0`;
      const id = `${model}-v${version}-q4km`;
      const file = path.join(store, model, `v${version}`, `${id}.gguf`);
      mkdirSync(path.dirname(file), { recursive: true });
      // A GGUF header of the stated quantization (q4km = file type 15), then the id: deploy checks the header.
      const bytes = Buffer.concat([ggufHeader(15), Buffer.from(`artifact ${id}\n`)]);
      writeFileSync(file, bytes);
      const meta = {
        model,
        version,
        base_model: model,
        quantization: 'q4km',
        benchmark_score: 0.8,
        created_at: '2026-01-01T00:00:00.000Z',
        parent_version: v ? `1.${v - 1}.0` : null,
        kind: 'gguf',
        status: 'superseded',
        artifact: {
          uri: `file://${file}`,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.length,
        },
      };
      mkdirSync(path.join(work, 'registry/models', model), { recursive: true });
      writeFileSync(path.join(work, 'registry/models', model, `${id}.json`), JSON.stringify(meta, null, 2) + '\n');
      refs.push(meta);
    }
  }
  // 10,000 history entries alternating between environments; the last entry of each is live.
  const history = [];
  const envs = { staging: null, production: null };
  for (let i = 1; i <= entries; i++) {
    const env = i % 2 ? 'staging' : 'production';
    const a = refs[(i * 7) % (ARTIFACTS - 10)];
    const prev = envs[env];
    history.push({
      id: i,
      env,
      model: a.model,
      version: a.version,
      quantization: 'q4km',
      deployed_at: new Date(Date.UTC(2026, 0, 1) + i * 60000).toISOString(),
      rolled_back: false,
      metrics: { perplexity: 10 + (i % 5), accuracy: 0.8 },
      action: 'deploy',
      actor: 'bench',
      reason: null,
      previous_version: prev?.version ?? null,
      previous_quantization: prev?.quantization ?? null,
    });
    envs[env] = { model: a.model, version: a.version, quantization: 'q4km', history_id: i };
  }
  for (const p of Object.values(envs)) {
    const id = `${p.model}-v${p.version}-q4km`;
    const f = path.join(work, 'registry/models', p.model, `${id}.json`);
    writeFileSync(f, readFileSync(f, 'utf8').replace('"superseded"', '"active"'));
  }
  // The layout mreg itself writes (src/core/json.ts formatRegistryJson): one line per entry.
  const lines = (xs) => xs.map((x) => `    ${x}`).join(',\n');
  writeFileSync(
    path.join(work, 'registry/registry.json'),
    `{\n  "schema_version": 1,\n  "environments": {\n${lines(Object.entries(envs).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`))}\n  },\n  "history": [\n${lines(history.map((e) => JSON.stringify(e)))}\n  ]\n}\n`,
  );
  git(['add', '-A']);
  git(['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench: scale registry']);
}

try {
  makeRegistry(work, HISTORY);
  makeRegistry(small, SMALL);
  const size = readFileSync(path.join(work, 'registry/registry.json')).length;

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  // What is timed: this build at 100 and at 10,000 entries; another build (--compare) on a copy of the latter.
  const variants = [
    { label: '100 entries', cli, work: small, env: process.env },
    { label: '10,000 entries', cli, work, env: process.env },
  ];
  if (oldCli)
    variants.push({ label: '10,000, other', cli: oldCli, work: path.join(dir, 'work-before'), env: process.env });
  const figures = Object.fromEntries(variants.map((v) => [v.label, {}]));
  const time = (name, argsFor) => {
    const xs = variants.map(() => []);
    for (let i = 0; i < runs; i++) {
      // Interleaved, the order turning each round, so every variant sees the same machine.
      for (let k = 0; k < variants.length; k++) {
        const j = (k + i) % variants.length;
        xs[j].push(mreg(argsFor(i), variants[j]));
      }
    }
    variants.forEach((v, j) => (figures[v.label][name] = stats(xs[j])));
  };
  // The registry above is one registry.json holding all 10,000 entries, as older versions wrote
  // it. The first change archives all but the recent ones (registry/history/): timed on its own.
  const firstChange = mreg(['deploy', 'model-18', '1.49.0', '--env', 'staging', '--no-push']);
  mreg(['deploy', 'model-18', '1.49.0', '--env', 'staging', '--no-push'], { cli, work: small, env: process.env });
  const archived = execFileSync('git', ['ls-files', 'registry/history'], { cwd: work, encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean).length;
  const recentSize = readFileSync(path.join(work, 'registry/registry.json')).length;
  // Every variant starts with its git index fresh (a copied file has another inode: git would otherwise re-read everything once).
  for (const v of variants) {
    if (v.label === '10,000, other') execFileSync('cp', ['-a', work, v.work]);
    execFileSync('git', ['update-index', '-q', '--refresh'], { cwd: v.work });
    mreg(['history', '--limit', '1'], v);
  }
  const floors = variants.map(() => []);
  for (let i = 0; i < runs; i++) variants.forEach((v, j) => floors[j].push(nodeStart(v.env)));
  time('mreg --version', () => ['--version']);
  time('mreg validate', () => ['validate']);
  // Deploy fresh versions of one model (never the live one), then roll each back.
  time('mreg deploy --no-push', (i) => ['deploy', 'model-19', `1.${49 - i}.0`, '--env', 'production', '--no-push']);
  time('mreg rollback --no-push', () => ['rollback', '--env', 'production', '--no-push']);
  time('mreg history --limit 20', () => ['history', '--limit', '20']);

  console.log(
    `registry: ${ARTIFACTS} artifacts, ${HISTORY} history entries, registry.json ${(size / 1e6).toFixed(1)} MB; ${runs} runs each; node ${process.version}`,
  );
  console.log(
    `first change (archives the older history into ${archived} files; registry.json ${(size / 1e6).toFixed(1)} MB -> ${(recentSize / 1e3).toFixed(0)} kB): ${firstChange.toFixed(0)} ms`,
  );
  const cell = (f) =>
    `${f.median.toFixed(0).padStart(6)} ${f.min.toFixed(0).padStart(5)} ${f.max.toFixed(0).padStart(5)}`;
  for (const v of variants) console.log(`${v.label.padEnd(15)} ${v.cli}`);
  console.log(
    `\nwhole process, ms: median min max over ${runs} runs; "ratio" = median at 10,000 entries / median at 100 (goal: deploy and rollback <= 1.3)`,
  );
  console.log(`${'command'.padEnd(26)}${variants.map((v) => ` | ${v.label.padEnd(17)}`).join('')} | ratio`);
  const row = (label, fs) =>
    console.log(
      `${label.padEnd(26)}${fs.map((f) => ` | ${cell(f)}`).join('')} | ${(fs[1].median / fs[0].median).toFixed(2)}`,
    );
  row('node -e "" (node alone)', floors.map(stats));
  for (const name of Object.keys(figures['10,000 entries']))
    row(
      name,
      variants.map((v) => figures[v.label][name]),
    );
} finally {
  if (process.env.MREG_BENCH_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
