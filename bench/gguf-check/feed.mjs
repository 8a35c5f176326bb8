#!/usr/bin/env node
// The library's parse of the 8B-like header (parseGguf, src/gguf/reader.ts), its ranges served from
// the open file and from the whole header in memory, alternated in one process.
// Usage: node bench/gguf-check/feed.mjs
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { realisticHeader } from '../gguf-header.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'mreg-gguf-feed-'));
try {
  const outfile = path.join(dir, 'reader.mjs');
  await build({
    entryPoints: [path.join(root, 'src/gguf/reader.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  const { parseGguf } = await import(outfile);
  const file = path.join(dir, 'h.gguf');
  writeFileSync(file, realisticHeader({}).header);
  const fh = await open(file);
  let reads = 0;
  const fromFile = {
    size: (await fh.stat()).size,
    read: async (s, e) => {
      reads++;
      const b = Buffer.alloc(e - s);
      await fh.read(b, 0, b.length, s);
      return b;
    },
  };
  const mem = readFileSync(file);
  const fromMemory = { size: mem.length, read: async (s, e) => (reads++, mem.subarray(s, e)) };
  for (let r = 0; r < 4; r++) {
    for (const [name, bytes] of [
      ['file', fromFile],
      ['memory', fromMemory],
    ]) {
      reads = 0;
      const t = performance.now();
      await parseGguf(bytes, file);
      console.log(`${name.padEnd(6)} ${(performance.now() - t).toFixed(0).padStart(6)} ms, ${reads} reads`);
    }
  }
  await fh.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
