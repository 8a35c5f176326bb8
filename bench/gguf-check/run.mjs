#!/usr/bin/env node
// GGUF header checks, the working tree's src/gguf beside an earlier commit's, side by side in one
// run on the same files: publish and fetch check a local file (checkGgufFile: the whole header and
// every tensor's bounds); register checks the first bytes of an object, read in turn as the first
// MiB and then 32 MiB until the header is in them (checkGgufHeaderBytes, the reads included).
// Then two paths of a server, as the same process runs them: a fresh download checked by fetch
// then loaded (checkGgufFile, then readGgufHeader before llama.cpp maps it), its file written
// moments before, and a rollback to a cached copy written long ago (fetch's check of the cached
// copy, then the load's), once as a version this process has not read and once as a rollback to
// a version it served before. Each timing but the rollback's starts with the file's modification time
// moved (another time each run), so no build can reuse an earlier run's read.
// Usage: node bench/gguf-check/run.mjs --base REV [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { realisticHeader } from '../gguf-header.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const base = arg('--base', 'HEAD');
const runs = Number(arg('--runs', 9));
const HEADER_READS = [1024 * 1024, 32 * 1024 * 1024];

const dir = mkdtempSync(path.join(tmpdir(), 'mreg-gguf-bench-'));
try {
  // The two builds of src/gguf/check.ts: the base commit's (from git) and the working tree's.
  const baseSrc = path.join(dir, 'base');
  mkdirSync(baseSrc);
  execFileSync('sh', ['-c', `git -C "${root}" archive "${base}" src | tar -x -C "${baseSrc}"`]);
  const bundle = async (srcRoot, name) => {
    const outfile = path.join(dir, `${name}.mjs`);
    await build({
      stdin: {
        contents: "export * from './src/gguf/check.ts'; export { readGgufHeader } from './src/gguf/reader.ts';",
        resolveDir: srcRoot,
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      nodePaths: [path.join(root, 'node_modules')],
      logLevel: 'error',
    });
    return import(outfile);
  };
  const builds = { [`base ${base}`]: await bundle(baseSrc, 'base'), 'working tree': await bundle(root, 'tree') };

  const files = {};
  for (const [name, shape] of Object.entries({
    small: { vocab: 1000, merges: 1000, layers: 2, embd: 256 },
    '8B-like': {},
  })) {
    const { header, fileSize } = realisticHeader(shape);
    const file = path.join(dir, `${name}.gguf`);
    await writeFile(file, header);
    const fh = await open(file, 'r+');
    await fh.truncate(fileSize); // sparse: the tensor data is never read
    await fh.close();
    // The cached copy of the rollback: a separate file, written long ago.
    const cached = path.join(dir, `${name}-cached.gguf`);
    execFileSync('cp', ['--sparse=always', file, cached]);
    await utimes(cached, new Date(), new Date(Date.now() - 86400e3));
    files[name] = { file, cached, headerBytes: header.length, fileSize };
  }

  const register = async (check, file, size) => {
    for (const [i, n] of HEADER_READS.entries()) {
      const fh = await open(file, 'r');
      const buf = Buffer.alloc(Math.min(n, size));
      await fh.read(buf, 0, buf.length, 0);
      await fh.close();
      try {
        return await check.checkGgufHeaderBytes(buf, 'q4km', { file });
      } catch (err) {
        if (!/read more of the file/.test(err.message) || i === HEADER_READS.length - 1) throw err;
      }
    }
  };
  // Moves a file's modification time to a time no earlier run used: the file is another version.
  let age = 1e6;
  const changed = (file) => utimes(file, new Date(), new Date(Date.now() - 1000 * age--));
  const operations = {
    'checkGgufFile (publish, fetch)': async (check, f) => {
      await changed(f.file);
      return check.checkGgufFile(f.file, 'q4km');
    },
    'checkGgufHeaderBytes (register)': (check, f) => register(check, f.file, f.fileSize),
    'downloaded, then served': async (check, f) => {
      await utimes(f.file, new Date(), new Date()); // written just now
      await check.checkGgufFile(f.file, 'q4km');
      await check.readGgufHeader(f.file);
    },
    'cached copy, first served here': async (check, f) => {
      await changed(f.cached); // another cached version, long settled, that this process has not read
      await check.checkGgufFile(f.cached, 'q4km');
      await check.readGgufHeader(f.cached);
    },
    'rollback to a cached copy, served': async (check, f) => {
      await check.checkGgufFile(f.cached, 'q4km');
      await check.readGgufHeader(f.cached);
    },
  };

  const times = {};
  for (let r = 0; r < runs + 1; r++) {
    for (const [fname, f] of Object.entries(files)) {
      for (const [op, run] of Object.entries(operations)) {
        // Interleaved, so both builds see the same machine; the first round warms up and is not kept.
        for (const [bname, check] of Object.entries(builds)) {
          const t = process.hrtime.bigint();
          await run(check, f);
          const ms = Number(process.hrtime.bigint() - t) / 1e6;
          if (r > 0) (times[`${fname}|${op}|${bname}`] ??= []).push(ms);
        }
      }
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`GGUF header checks, median of ${runs} runs (ms), node ${process.version}`);
  for (const [fname, f] of Object.entries(files)) {
    console.log(
      `\n${fname}: header ${(f.headerBytes / 1024 / 1024).toFixed(2)} MiB, file ${(f.fileSize / 1024 ** 3).toFixed(2)} GiB`,
    );
    for (const op of Object.keys(operations)) {
      const [a, b] = Object.keys(builds).map((bname) => median(times[`${fname}|${op}|${bname}`]));
      console.log(
        `  ${op.padEnd(34)} ${Object.keys(builds)[0]}: ${a.toFixed(2).padStart(8)}   working tree: ${b.toFixed(2).padStart(8)}   ratio ${(b / a).toFixed(2)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
