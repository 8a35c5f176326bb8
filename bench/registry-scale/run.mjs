#!/usr/bin/env node
// Registry at scale: 1,000 artifacts and 10,000 history entries in a real git repository, and the
// whole-process wall time of the commands people run most. Goal: each under 300 ms.
// Usage: npm run build && node bench/registry-scale/run.mjs [--runs N]
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
const ARTIFACTS = 1000;
const HISTORY = 10000;

const dir = mkdtempSync(path.join(tmpdir(), 'mreg-scale-'));
const work = path.join(dir, 'work');
const store = path.join(dir, 'store');
const git = (args) => execFileSync('git', args, { cwd: work, encoding: 'utf8' });
const mreg = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, '--repo', work, ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`mreg ${args.join(' ')}: ${r.stderr}`);
  return ms;
};

try {
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
        artifact: { uri: `file://${file}`, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length },
      };
      mkdirSync(path.join(work, 'registry/models', model), { recursive: true });
      writeFileSync(path.join(work, 'registry/models', model, `${id}.json`), JSON.stringify(meta, null, 2) + '\n');
      refs.push(meta);
    }
  }
  // 10,000 history entries alternating between environments; the last entry of each is live.
  const history = [];
  const envs = { staging: null, production: null };
  for (let i = 1; i <= HISTORY; i++) {
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
  const size = readFileSync(path.join(work, 'registry/registry.json')).length;

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const figures = {};
  const time = (name, argsFor) => {
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push(mreg(argsFor(i)));
    figures[name] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  mreg(['--version']); // warm the page cache
  time('node -e "" (floor)', () => ['--version']);
  time('mreg validate', () => ['validate']);
  // Deploy fresh versions of one model (never the live one), then roll each back.
  time('mreg deploy --no-push', (i) => ['deploy', 'model-19', `1.${49 - i}.0`, '--env', 'production', '--no-push']);
  time('mreg rollback --no-push', () => ['rollback', '--env', 'production', '--no-push']);
  time('mreg history --limit 20', () => ['history', '--limit', '20']);

  console.log(
    `registry: ${ARTIFACTS} artifacts, ${HISTORY} history entries, registry.json ${(size / 1e6).toFixed(1)} MB; ${runs} runs each; node ${process.version}`,
  );
  console.log('command                     median ms   min ms   max ms   vs 300 ms goal');
  for (const [name, f] of Object.entries(figures)) {
    const label = name === 'node -e "" (floor)' ? 'mreg --version (floor)' : name;
    console.log(
      `${label.padEnd(26)}  ${f.median.toFixed(0).padStart(9)}  ${f.min.toFixed(0).padStart(7)}  ${f.max.toFixed(0).padStart(7)}   ${(f.median / 300).toFixed(2)}x`,
    );
  }
} finally {
  if (process.env.MREG_BENCH_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
