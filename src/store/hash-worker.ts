import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { MregError } from '../core/errors.js';

/**
 * sha256 of a file that is being written, on a worker thread. The download tells it how far the
 * file is complete from the start (`advance`); it reads that prefix back (from the page cache) and
 * hashes it. Off the main thread, hashing (~1 s per GiB) no longer stalls the sockets of the
 * parallel ranged GETs. Inline source (`eval`) so it survives bundling into dist/ unchanged.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
// The file descriptor is the downloader's (descriptors are per process): it closes it, not us.
const fd = workerData.fd;
const hash = crypto.createHash('sha256');
const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
let hashed = 0, target = 0, end = -1;
parentPort.on('message', (m) => {
  if (typeof m.upTo === 'number') target = Math.max(target, m.upTo);
  if (typeof m.end === 'number') { end = m.end; target = Math.max(target, m.end); }
  while (hashed < target) {
    const n = fs.readSync(fd, buf, 0, Math.min(buf.length, target - hashed), hashed);
    if (n === 0) { parentPort.postMessage({ error: 'staging file ended at ' + hashed + ' bytes while hashing' }); return; }
    hash.update(buf.subarray(0, n));
    hashed += n;
  }
  if (end >= 0 && hashed >= end) {
    parentPort.postMessage({ digest: hash.digest('hex') });
  }
});
`;

export interface PrefixHasher {
  /** The file is complete from 0 up to `bytes`. */
  advance(bytes: number): void;
  /** All `size` bytes are written: resolves with the hex digest. */
  finish(size: number): Promise<string>;
  abort(): Promise<void>;
}

/**
 * Below this size a file is hashed on the main thread once complete: a worker thread costs
 * ~50-100 ms to start, more than hashing a few megabytes (~1 ms per MB) and longer than the
 * sockets could be stalled by it.
 */
export const INLINE_HASH_BYTES = 8 * 1024 * 1024;

/** `fd` must stay open (and readable) until finish() or abort() has settled. */
export async function startPrefixHasher(fd: number, path: string, size = Infinity): Promise<PrefixHasher> {
  if (size <= INLINE_HASH_BYTES) return inlineHasher(fd);
  // Loaded here rather than at the top: node:worker_threads costs ~5 ms to load, and every
  // command that downloads nothing or only small files (a deploy of a small artifact) never needs it.
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(SOURCE, { eval: true, workerData: { fd } });
  let settle: { resolve: (d: string) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  let result: string | null = null;
  const fail = (e: Error) => {
    failure = e;
    settle?.reject(e);
  };
  worker.on('message', (m: { digest?: string; error?: string }) => {
    if (m.error) fail(new MregError('STORE', m.error));
    else if (m.digest) {
      result = m.digest;
      settle?.resolve(m.digest);
      void worker.terminate();
    }
  });
  worker.on('error', (e) => fail(new MregError('STORE', `hashing ${path} failed: ${e.message}`, { cause: e })));
  worker.on('exit', () => {
    if (result === null && !failure) fail(new MregError('STORE', `hashing ${path} stopped before the end`));
  });
  return {
    advance(bytes) {
      if (!failure) worker.postMessage({ upTo: bytes });
    },
    finish(size) {
      return new Promise<string>((resolve, reject) => {
        if (result !== null) return resolve(result);
        if (failure) return reject(failure);
        settle = { resolve, reject };
        worker.postMessage({ end: size });
      });
    },
    async abort() {
      result ??= '';
      await worker.terminate();
    },
  };
}

/** The small-file hasher: reads the finished file through the same descriptor, on this thread. */
function inlineHasher(fd: number): PrefixHasher {
  return {
    advance() {},
    async finish(size) {
      const hash = createHash('sha256');
      const buf = Buffer.allocUnsafe(Math.min(Math.max(size, 1), 1024 * 1024));
      let hashed = 0;
      while (hashed < size) {
        const n = readSync(fd, buf, 0, Math.min(buf.length, size - hashed), hashed);
        if (n === 0) throw new MregError('STORE', `staging file ended at ${hashed} bytes while hashing`);
        hash.update(buf.subarray(0, n));
        hashed += n;
      }
      return hash.digest('hex');
    },
    async abort() {},
  };
}
