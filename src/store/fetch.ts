import { createHash } from 'node:crypto';
import { constants as fsc } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { fsyncDir } from './util.js';
import { rangedDownload, type RangedDownloadOptions } from './ranged-download.js';
import type { ArtifactStore, ProgressFn } from './types.js';

const MiB = 1024 * 1024;
const SHA256_RE = /^[0-9a-f]{64}$/;

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
  if (!SHA256_RE.test(sha256))
    throw new MregError('INTEGRITY', `invalid expected sha256 ${JSON.stringify(sha256)} for ${id}: expected 64 lowercase hex digits`);
  if (!Number.isSafeInteger(size) || size < 0) throw new MregError('INTEGRITY', `invalid expected size ${size} for ${id}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) throw new MregError('USAGE', `invalid artifact id ${JSON.stringify(id)} for a cache file name`);
  const fileName = options.fileName ?? key.split('/').pop()!;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(fileName)) throw new MregError('STORE', `invalid artifact file name ${JSON.stringify(fileName)}`);
  if (options.subdir !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(options.subdir))
    throw new MregError('STORE', `invalid cache folder ${JSON.stringify(options.subdir)}`);
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
    throw new MregError(
      'INTEGRITY',
      `artifact ${id} in the store has the wrong size: ${uri} is ${info.size} bytes, the registry records ${size}; nothing was downloaded`,
    );
  }

  const partial = path.join(stagingDir, `${id}.${process.pid}.partial`);
  const actual = await downloadToStaging(partial, { store, key, size, partSize, concurrency, attempts: options.attempts ?? 3, onProgress: options.onProgress });

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

/** Downloads into `partial` and syncs it; on failure nothing is left behind. Resolves with its sha256. */
async function downloadToStaging(partial: string, options: Omit<RangedDownloadOptions, 'fh' | 'partialPath'>): Promise<string> {
  const fh = await open(partial, fsc.O_RDWR | fsc.O_CREAT | fsc.O_TRUNC, 0o644);
  let actual: string;
  try {
    actual = await rangedDownload({ ...options, fh, partialPath: partial });
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => undefined);
    await unlink(partial).catch(() => undefined);
    throw err;
  }
  await fh.close();
  return actual;
}

async function isCached(finalPath: string, sidecar: string, sha256: string, size: number): Promise<boolean> {
  let s;
  try {
    s = await stat(finalPath);
  } catch {
    return false;
  }
  if (!s.isFile() || s.size !== size) return false;
  const recorded = await readFile(sidecar, 'utf8').then(
    (t) => t.split(/\s/)[0],
    () => null,
  );
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
