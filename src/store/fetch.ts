import { createHash } from 'node:crypto';
import { constants as fsc } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { MregError } from '../core/errors.js';
import { fsyncDir } from './util.js';
import { startPrefixHasher } from './hash-worker.js';
import type { ArtifactStore, ProgressFn } from './types.js';

const MiB = 1024 * 1024;
const SHA256_RE = /^[0-9a-f]{64}$/;
const WRITE_BATCH = MiB;
const EARLY_SYNC_BYTES = 128 * MiB;

export interface FetchArtifactOptions {
  store: ArtifactStore;
  key: string;
  /** Expected digest and size, from the registry's metadata (the truth; the store is just bytes). */
  sha256: string;
  size: number;
  cacheDir: string;
  /** The artifact id; names the staging file. */
  id: string;
  /** Name under `<cache>/artifacts/`; defaults to the key's last segment. */
  fileName?: string;
  /** A folder under `<cache>/artifacts/` (the files of a multi-file artifact keep their names there). */
  subdir?: string;
  /** Bytes per ranged GET (default 16 MiB). */
  partSize?: number;
  /** Ranged GETs in flight (default 4). */
  concurrency?: number;
  /** Attempts per part before the fetch fails (default 3). */
  attempts?: number;
  onProgress?: ProgressFn;
}

export interface FetchArtifactResult {
  path: string;
  /** False when a verified copy was already in the cache. */
  downloaded: boolean;
  sha256: string;
  size: number;
}

/**
 * Downloads one object into the cache, safely:
 * - parallel ranged GETs written at their offsets into `<cache>/staging/<id>.<pid>.partial`
 *   (the pid makes concurrent fetchers of one id independent; a dead pid's partial is cleaned up);
 * - a streaming sha256 that follows the contiguous written prefix on a worker thread, reading back
 *   from the page cache, so nothing but a small buffer is ever held in memory;
 * - fsync, verify digest and size, rename to `<cache>/artifacts/<file>` (same file system, so the
 *   final path holds either nothing, the earlier good copy or the new verified one), fsync the folder;
 * - then a `<file>.sha256` sidecar (sha256sum format) so the next run trusts the copy without rehashing.
 */
export async function fetchArtifact(options: FetchArtifactOptions): Promise<FetchArtifactResult> {
  const { store, key, sha256, size, cacheDir, id } = options;
  if (!SHA256_RE.test(sha256)) throw new MregError('INTEGRITY', `invalid expected sha256 ${JSON.stringify(sha256)} for ${id}: expected 64 lowercase hex digits`);
  if (!Number.isSafeInteger(size) || size < 0) throw new MregError('INTEGRITY', `invalid expected size ${size} for ${id}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) throw new MregError('USAGE', `invalid artifact id ${JSON.stringify(id)} for a cache file name`);
  const fileName = options.fileName ?? key.split('/').pop()!;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(fileName)) throw new MregError('STORE', `invalid artifact file name ${JSON.stringify(fileName)}`);
  if (options.subdir !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(options.subdir)) throw new MregError('STORE', `invalid cache folder ${JSON.stringify(options.subdir)}`);
  const partSize = Math.max(MiB, Math.floor(options.partSize ?? 16 * MiB));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));

  const artifactsDir = path.join(cacheDir, 'artifacts', ...(options.subdir ? [options.subdir] : []));
  const stagingDir = path.join(cacheDir, 'staging');
  await mkdir(artifactsDir, { recursive: true });
  await mkdir(stagingDir, { recursive: true });
  const finalPath = path.join(artifactsDir, fileName);
  const sidecar = `${finalPath}.sha256`;

  if (await isCached(finalPath, sidecar, sha256, size)) return { path: finalPath, downloaded: false, sha256, size };
  await removeStalePartials(stagingDir, id);

  const uri = store.uriFor(key);
  const info = await store.head(key);
  if (!info) throw new MregError('NOT_FOUND', `artifact ${id} is missing from the store: ${uri} does not exist`);
  if (info.size !== size) {
    throw new MregError('INTEGRITY', `artifact ${id} in the store has the wrong size: ${uri} is ${info.size} bytes, the registry records ${size}; nothing was downloaded`);
  }

  const partial = path.join(stagingDir, `${id}.${process.pid}.partial`);
  const fh = await open(partial, fsc.O_RDWR | fsc.O_CREAT | fsc.O_TRUNC, 0o644);
  let actual: string;
  try {
    actual = await download(fh, partial, store, key, size, partSize, concurrency, options.attempts ?? 3, options.onProgress);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => undefined);
    await unlink(partial).catch(() => undefined);
    throw err;
  }
  await fh.close();

  const written = (await stat(partial)).size;
  if (actual !== sha256 || written !== size) {
    await unlink(partial).catch(() => undefined);
    throw new MregError(
      'INTEGRITY',
      `integrity check failed for ${id} from ${uri}: expected sha256 ${sha256} (${size} bytes), got sha256 ${actual} (${written} bytes); ` +
        `the download was discarded${(await exists(finalPath)) ? ` and the earlier copy at ${finalPath} was left untouched` : ''}`,
    );
  }
  await rename(partial, finalPath);
  await fsyncDir(artifactsDir);
  await writeSidecar(sidecar, sha256, fileName);
  return { path: finalPath, downloaded: true, sha256, size };
}

async function download(
  fh: FileHandle,
  partialPath: string,
  store: ArtifactStore,
  key: string,
  size: number,
  partSize: number,
  concurrency: number,
  attempts: number,
  onProgress?: ProgressFn,
): Promise<string> {
  const parts = Math.ceil(size / partSize);
  const partDone = new Uint8Array(parts);
  let contiguousParts = 0;
  let lastAdvanced = 0;
  let syncing: Promise<void> | null = null;
  let syncedAt = 0;
  const written = () => progressed;
  let nextPart = 0;
  let progressed = 0;
  let failed = false;
  const live = new Set<Readable>();

  const fetchPart = async (i: number): Promise<void> => {
    const start = i * partSize;
    const end = Math.min(size, start + partSize) - 1;
    for (let attempt = 1; ; attempt++) {
      let got = 0;
      // Bytes of this attempt already on disk and counted in the progress.
      let written = 0;
      try {
        const body = await store.getRange(key, start, end);
        live.add(body);
        try {
          // Network chunks are ~16-64 KiB; gathering them into one writev per MiB cuts the
          // syscalls (and thread-pool round trips) by an order of magnitude without copying.
          let pending: Buffer[] = [];
          let pendingBytes = 0;
          const flush = async () => {
            if (pendingBytes === 0) return;
            const batch = pending;
            const n = pendingBytes;
            pending = [];
            pendingBytes = 0;
            const { bytesWritten } = await fh.writev(batch, start + written);
            // pwritev on a regular file writes everything in practice; finish a short write anyway.
            if (bytesWritten < n) {
              const rest = Buffer.concat(batch).subarray(bytesWritten);
              for (let off = 0; off < rest.length; ) off += (await fh.write(rest, off, rest.length - off, start + written + bytesWritten + off)).bytesWritten;
            }
            written += n;
            progressed += n;
            onProgress?.(progressed, size);
          };
          for await (const chunk of body as AsyncIterable<Buffer>) {
            if (failed) throw new Error('aborted');
            if (start + got + chunk.length > end + 1) throw new MregError('STORE', `ranged GET ${start}-${end} of ${store.uriFor(key)} returned more bytes than asked`);
            pending.push(chunk);
            pendingBytes += chunk.length;
            got += chunk.length;
            if (pendingBytes >= WRITE_BATCH) await flush();
          }
          await flush();
        } finally {
          live.delete(body);
        }
        if (got !== end - start + 1) throw new MregError('STORE', `ranged GET ${start}-${end} of ${store.uriFor(key)} ended after ${got} bytes`);
        break;
      } catch (err) {
        progressed -= written;
        // NOT_FOUND will not heal; other errors (reset connections, short reads) may.
        if (failed || attempt >= attempts || (err instanceof MregError && err.code === 'NOT_FOUND')) throw err;
      }
    }
    partDone[i] = 1;
    while (contiguousParts < parts && partDone[contiguousParts]) contiguousParts++;
    const contiguousBytes = Math.min(size, contiguousParts * partSize);
    if (contiguousBytes > lastAdvanced) {
      lastAdvanced = contiguousBytes;
      hasher.advance(contiguousBytes);
    }
    // Start writeback while downloading, so the final fsync does not flush a whole GiB at once.
    if (!syncing && written() - syncedAt >= EARLY_SYNC_BYTES) {
      syncedAt = written();
      syncing = fh.datasync().catch(() => undefined).finally(() => (syncing = null));
    }
  };

  const worker = async (): Promise<void> => {
    while (!failed && nextPart < parts) await fetchPart(nextPart++);
  };

  const hasher = startPrefixHasher(fh.fd, partialPath);
  const workers = Array.from({ length: Math.min(concurrency, parts) }, worker);
  try {
    await Promise.all(workers);
  } catch (err) {
    failed = true;
    for (const s of live) s.destroy();
    await Promise.allSettled(workers);
    await hasher.abort();
    await syncing;
    throw err;
  }
  await syncing;
  return hasher.finish(size);
}

async function isCached(finalPath: string, sidecar: string, sha256: string, size: number): Promise<boolean> {
  let s;
  try {
    s = await stat(finalPath);
  } catch {
    return false;
  }
  if (!s.isFile() || s.size !== size) return false;
  const recorded = await readFile(sidecar, 'utf8').then((t) => t.split(/\s/)[0], () => null);
  if (recorded === sha256) return true;
  // No sidecar (killed between the rename and writing it) or a stale one: the file decides.
  if ((await hashFile(finalPath)) !== sha256) return false;
  await writeSidecar(sidecar, sha256, path.basename(finalPath));
  return true;
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  const fh = await open(file, 'r');
  try {
    for await (const chunk of fh.createReadStream({ highWaterMark: 4 * MiB, autoClose: false })) hash.update(chunk as Buffer);
  } finally {
    await fh.close();
  }
  return hash.digest('hex');
}

async function writeSidecar(sidecar: string, sha256: string, fileName: string): Promise<void> {
  const tmp = `${sidecar}.${process.pid}.tmp`;
  await writeFile(tmp, `${sha256}  ${fileName}\n`);
  await rename(tmp, sidecar);
}

/** Partials of processes that died (SIGKILL, power loss) are garbage; live ones belong to a concurrent fetch. */
async function removeStalePartials(stagingDir: string, id: string): Promise<void> {
  for (const name of await readdir(stagingDir)) {
    const m = /^(.*)\.(\d+)\.partial$/.exec(name);
    if (!m || m[1] !== id) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || !isAlive(pid)) await unlink(path.join(stagingDir, name)).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
