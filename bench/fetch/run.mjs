#!/usr/bin/env node
// Benchmark: `mreg fetch` against `aws s3 cp` on the same s3rver, in one run.
//   node bench/fetch/run.mjs [--size-mib 1024] [--rounds 2]
// Publishes a SIZE artifact with `mreg publish` to s3rver on loopback, then alternates the two
// downloads (mreg first, then aws; `rounds` times), timing each and taking its peak RSS from
// /usr/bin/time -v (the peak of the process that did the work, after the pyenv/aws shims exec).
// Prints a table, the best-of-rounds ratio (aws / mreg: > 1 means mreg is faster) and both peak RSS.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ggufHeader } from '../gguf-header.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MiB = 1024 * 1024;
const { values } = parseArgs({
  options: { 'size-mib': { type: 'string', default: '1024' }, rounds: { type: 'string', default: '2' } },
});
const SIZE = Number(values['size-mib']) * MiB;
const ROUNDS = Number(values.rounds);

if (!existsSync(CLI)) execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
const awsVersion = (() => {
  try {
    return execFileSync('aws', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    console.error('aws CLI not found: apt-get install -y awscli (or pip install awscli)');
    process.exit(2);
  }
})();

const tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-bench-'));
const require = createRequire(import.meta.url);
const S3rver = require('s3rver');
const bucket = 'bench';
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: path.join(tmp, 's3rver'),
  vhostBuckets: false,
  configureBuckets: [{ name: bucket, configs: [] }],
});
const { port } = await server.run();
const endpoint = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_ENDPOINT_URL_S3: endpoint,
  AWS_ENDPOINT_URL: endpoint,
  AWS_CONFIG_FILE: path.join(tmp, 'no-aws-config'),
  AWS_SHARED_CREDENTIALS_FILE: path.join(tmp, 'no-aws-credentials'),
  CI: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS in MiB. */
function timed(cmd, args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn('/usr/bin/time', ['-v', cmd, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${err}`));
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
      const cpu =
        Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN) +
        Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
      resolve({ secs, rssMiB: kb / 1024, cpu });
    });
  });
}

async function sha256File(file) {
  const h = createHash('sha256');
  const fh = await open(file, 'r');
  for await (const c of fh.createReadStream({ highWaterMark: 4 * MiB })) h.update(c);
  return h.digest('hex');
}

try {
  // 1. The artifact: a GGUF header (f16, no tensors: publish and fetch check the header), then a
  // random block repeated and stamped, written fast.
  const src = path.join(tmp, 'bench-model.gguf');
  const block = randomBytes(MiB);
  const fh = await open(src, 'w');
  for (let off = 0, i = 0; off < SIZE; off += MiB, i++) {
    block.writeUInt32LE(i, 0);
    await fh.write(block, 0, Math.min(MiB, SIZE - off), off);
  }
  await fh.write(ggufHeader(1), 0, undefined, 0);
  await fh.close();

  // 2. A registry and a publish through the real CLI.
  const repo = path.join(tmp, 'repo');
  const store = `s3://${bucket}/models`;
  // Asynchronously: s3rver runs in this process, so a synchronous child would deadlock against it.
  const run = promisify(execFile);
  await run(process.execPath, [CLI, 'init', repo, '--store', store], { env });
  const t0 = Date.now();
  const pub = JSON.parse(
    (
      await run(
        process.execPath,
        [CLI, 'publish', src, '--model', 'bench', '--version', '1.0.0', '--quantization', 'f16', '--json'],
        {
          cwd: repo,
          env,
          maxBuffer: 16 * MiB,
        },
      )
    ).stdout,
  );
  const publishSecs = (Date.now() - t0) / 1000;
  const key = pub.metadata.artifact.uri.slice(`s3://${bucket}/`.length);
  const expected = pub.metadata.artifact.sha256;
  await rm(src);
  const config = JSON.parse(await readFile(path.join(repo, 'registry/config.json'), 'utf8'));
  const dl = { part_size_mb: 16, concurrency: 8, ...config.download };

  // 3. Alternate the two downloads; each starts from an empty destination.
  const results = { mreg: [], aws: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const cache = path.join(tmp, `cache-${r}`);
    const m = await timed(process.execPath, [CLI, '--repo', repo, 'fetch', 'bench-v1.0.0-f16', '--cache', cache]);
    const mPath = path.join(cache, 'artifacts', path.basename(key));
    if ((await sha256File(mPath)) !== expected) throw new Error('mreg fetch produced wrong bytes');
    await rm(cache, { recursive: true, force: true });
    results.mreg.push(m);

    const out = path.join(tmp, `aws-${r}.bin`);
    const a = await timed('aws', [
      's3',
      'cp',
      '--only-show-errors',
      '--endpoint-url',
      endpoint,
      `s3://${bucket}/${key}`,
      out,
    ]);
    if ((await sha256File(out)) !== expected) throw new Error('aws s3 cp produced wrong bytes');
    await rm(out);
    results.aws.push(a);
  }

  const best = (xs) => xs.reduce((b, x) => (x.secs < b.secs ? x : b));
  const peak = (xs) => Math.max(...xs.map((x) => x.rssMiB));
  const bm = best(results.mreg);
  const ba = best(results.aws);
  const gib = SIZE / (1024 * MiB);
  console.log(
    `mreg fetch vs aws s3 cp: ${(SIZE / MiB).toFixed(0)} MiB from s3rver ${endpoint} (${os.cpus().length} CPUs, Node ${process.version}, ${awsVersion.split(' ')[0]})`,
  );
  console.log(
    `mreg download settings: part ${dl.part_size_mb} MiB x ${dl.concurrency} parallel; publish took ${publishSecs.toFixed(1)} s`,
  );
  console.log('round  tool        seconds   GiB/s   peak RSS MiB   CPU s (user+sys)');
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, x] of [
      ['mreg fetch', results.mreg[r]],
      ['aws s3 cp', results.aws[r]],
    ]) {
      console.log(
        `${String(r + 1).padEnd(6)} ${name.padEnd(11)} ${x.secs.toFixed(2).padStart(7)}  ${(gib / x.secs).toFixed(2).padStart(6)}   ${x.rssMiB.toFixed(0).padStart(6)}         ${x.cpu.toFixed(2).padStart(5)}`,
      );
    }
  }
  console.log(
    `best: mreg ${bm.secs.toFixed(2)} s, aws ${ba.secs.toFixed(2)} s; ratio aws/mreg = ${(ba.secs / bm.secs).toFixed(2)} (>= 1: mreg at least as fast)`,
  );
  console.log(
    `peak RSS: mreg ${peak(results.mreg).toFixed(0)} MiB, aws ${peak(results.aws).toFixed(0)} MiB (goal for mreg: < 200 MB)`,
  );
} finally {
  await server.close().catch(() => {});
  await rm(tmp, { recursive: true, force: true });
}
