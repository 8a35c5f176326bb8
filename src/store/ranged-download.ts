import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { MregError } from '../core/errors.js';
import { startPrefixHasher, type PrefixHasher } from './hash-worker.js';
import type { ArtifactStore, ProgressFn } from './artifact-store.js';

const MiB = 1024 * 1024;
const WRITE_BATCH = MiB;
const EARLY_SYNC_BYTES = 128 * MiB;

export interface RangedDownloadOptions {
  /** The staging file, open for reading and writing; the caller closes it. */
  fh: FileHandle;
  /** Its path, for the hasher's messages. */
  partialPath: string;
  store: ArtifactStore;
  key: string;
  size: number;
  /** Bytes per ranged GET. */
  partSize: number;
  /** Ranged GETs in flight. */
  concurrency: number;
  /** Attempts per part before the download fails. */
  attempts: number;
  onProgress?: ProgressFn;
}

/**
 * Writes `size` bytes of `key` into `fh` with parallel ranged GETs, each at its own offset, and
 * resolves with their sha256. The digest is computed as the download goes, so the caller does
 * not read the file back afterwards.
 */
export async function rangedDownload(options: RangedDownloadOptions): Promise<string> {
  const hasher = await startPrefixHasher(options.fh.fd, options.partialPath, options.size);
  return new RangedDownload(options, hasher).run();
}

class RangedDownload {
  private readonly parts: number;
  private readonly prefix: ContiguousPrefix;
  private readonly sync: EarlySync;
  /** Bodies being read, so a failure elsewhere can cut them off instead of waiting them out. */
  private readonly live = new Set<Readable>();
  private nextPart = 0;
  /** Bytes on disk and reported; a failed attempt takes its share back before the retry. */
  private progressed = 0;
  private failed = false;

  constructor(
    private readonly o: RangedDownloadOptions,
    private readonly hasher: PrefixHasher,
  ) {
    this.parts = Math.ceil(o.size / o.partSize);
    this.prefix = new ContiguousPrefix(this.parts, o.partSize, o.size);
    this.sync = new EarlySync(o.fh);
  }

  async run(): Promise<string> {
    const workers = Array.from({ length: Math.min(this.o.concurrency, this.parts) }, () => this.worker());
    try {
      await Promise.all(workers);
    } catch (err) {
      this.failed = true;
      for (const s of this.live) s.destroy();
      await Promise.allSettled(workers);
      await this.hasher.abort();
      await this.sync.idle();
      throw err;
    }
    await this.sync.idle();
    return this.hasher.finish(this.o.size);
  }

  private async worker(): Promise<void> {
    while (!this.failed && this.nextPart < this.parts) await this.fetchPart(this.nextPart++);
  }

  private async fetchPart(i: number): Promise<void> {
    const start = i * this.o.partSize;
    const end = Math.min(this.o.size, start + this.o.partSize) - 1;
    for (let attempt = 1; ; attempt++) {
      const writer = new BatchedWriter(this.o.fh, start, (n) => this.count(n));
      try {
        await this.fetchRange(start, end, writer);
        break;
      } catch (err) {
        this.progressed -= writer.written;
        // NOT_FOUND and a full disk will not heal; other errors (reset connections, short reads) may.
        if (
          this.failed ||
          attempt >= this.o.attempts ||
          (err instanceof MregError && err.code === 'NOT_FOUND') ||
          isDiskFull(err)
        )
          throw err;
      }
    }
    this.partWritten(i);
  }

  /** One attempt at bytes `start..end` (inclusive). */
  private async fetchRange(start: number, end: number, writer: BatchedWriter): Promise<void> {
    const { store, key } = this.o;
    const body = await store.getRange(key, start, end);
    this.live.add(body);
    let got = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        if (this.failed) throw new Error('aborted');
        if (start + got + chunk.length > end + 1)
          throw new MregError(
            'STORE',
            `ranged GET ${start}-${end} of ${store.uriFor(key)} returned more bytes than asked`,
          );
        got += chunk.length;
        // No await unless a batch is full: a microtask per network chunk adds up over a GiB.
        if (writer.add(chunk)) await writer.flush();
      }
      await writer.flush();
    } finally {
      this.live.delete(body);
    }
    if (got !== end - start + 1)
      throw new MregError('STORE', `ranged GET ${start}-${end} of ${store.uriFor(key)} ended after ${got} bytes`);
  }

  private count(n: number): void {
    this.progressed += n;
    this.o.onProgress?.(this.progressed, this.o.size);
  }

  private partWritten(i: number): void {
    const contiguousBytes = this.prefix.complete(i);
    if (contiguousBytes !== null) this.hasher.advance(contiguousBytes);
    this.sync.after(this.progressed);
  }
}

/**
 * Network chunks are ~16-64 KiB; gathering them into one writev per MiB cuts the syscalls (and
 * thread-pool round trips) by an order of magnitude without copying.
 */
class BatchedWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes already on disk and counted in the progress. */
  written = 0;

  constructor(
    private readonly fh: FileHandle,
    private readonly offset: number,
    private readonly onWritten: (n: number) => void,
  ) {}

  /** Queues a chunk; true when a batch is full and should be flushed. */
  add(chunk: Buffer): boolean {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    return this.pendingBytes >= WRITE_BATCH;
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const batch = this.pending;
    const n = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    const at = this.offset + this.written;
    const { bytesWritten } = await this.fh.writev(batch, at);
    // pwritev on a regular file writes everything in practice; finish a short write anyway.
    if (bytesWritten < n) {
      const rest = Buffer.concat(batch).subarray(bytesWritten);
      for (let off = 0; off < rest.length;)
        off += (await this.fh.write(rest, off, rest.length - off, at + bytesWritten + off)).bytesWritten;
    }
    this.written += n;
    this.onWritten(n);
  }
}

/**
 * Parts finish out of order, but the hasher can only read the file from its start: it follows
 * the longest run of finished parts from part 0.
 */
class ContiguousPrefix {
  private readonly done: Uint8Array;
  private contiguousParts = 0;
  private lastAdvanced = 0;

  constructor(
    private readonly parts: number,
    private readonly partSize: number,
    private readonly size: number,
  ) {
    this.done = new Uint8Array(parts);
  }

  /** Marks part `i` written; returns the new prefix length in bytes when it grew, else null. */
  complete(i: number): number | null {
    this.done[i] = 1;
    while (this.contiguousParts < this.parts && this.done[this.contiguousParts]) this.contiguousParts++;
    const contiguousBytes = Math.min(this.size, this.contiguousParts * this.partSize);
    if (contiguousBytes <= this.lastAdvanced) return null;
    this.lastAdvanced = contiguousBytes;
    return contiguousBytes;
  }
}

/** Starts writeback while downloading, so the final fsync does not flush a whole GiB at once. */
class EarlySync {
  private syncing: Promise<void> | null = null;
  private syncedAt = 0;

  constructor(private readonly fh: FileHandle) {}

  /** Called with the bytes written so far; one datasync at a time, every EARLY_SYNC_BYTES. */
  after(written: number): void {
    if (this.syncing || written - this.syncedAt < EARLY_SYNC_BYTES) return;
    this.syncedAt = written;
    this.syncing = this.fh
      .datasync()
      .catch(() => undefined)
      .finally(() => (this.syncing = null));
  }

  /** The datasync in flight, if any; it never rejects. */
  idle(): Promise<void> | null {
    return this.syncing;
  }
}

function isDiskFull(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
