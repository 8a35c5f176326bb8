import { createHash } from 'node:crypto';
import { constants as fsc } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { fsyncDir } from './util.js';
import { rangedDownload, type RangedDownloadOptions } from './ranged-download.js';
import type { ArtifactStore, ProgressFn } from './artifact-store.js';

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
  /**
   * Checks the content beyond its digest (e.g. the GGUF header against the stated quantization):
   * called on the verified staging file before it is renamed into the cache, and on a cached copy
   * before it is reused. A throw discards the staging file; nothing reaches the final path.
   */
  validate?: (file: string) => Promise<void>;
}

export interface FetchArtifactResult {
  path: string;
  /** False when a verified copy was already in the cache. */
  downloaded: boolean;
  sha256: string;
  size: number;
}

const SAFE_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Refuses what the registry or caller recorded wrongly before anything touches the cache or the store. */
function checkFetchOptions(options: FetchArtifactOptions): string {
  const { key, sha256, size, id } = options;
  if (!SHA256_RE.test(sha256))
    throw new MregError(
      'INTEGRITY',
      `invalid expected sha256 ${JSON.stringify(sha256)} for ${id}: expected 64 lowercase hex digits`,
    );
  if (!Number.isSafeInteger(size) || size < 0)
    throw new MregError('INTEGRITY', `invalid expected size ${size} for ${id}`);
  if (!SAFE_NAME_RE.test(id))
    throw new MregError('USAGE', `invalid artifact id ${JSON.stringify(id)} for a cache file name`);
  const fileName = options.fileName ?? key.split('/').pop()!;
  if (!SAFE_NAME_RE.test(fileName))
    throw new MregError('STORE', `invalid artifact file name ${JSON.stringify(fileName)}`);
  if (options.subdir !== undefined && !SAFE_NAME_RE.test(options.subdir))
    throw new MregError('STORE', `invalid cache folder ${JSON.stringify(options.subdir)}`);
  return fileName;
}

/** The store must hold the object at the recorded size; a wrong size is refused before downloading a byte. */
async function checkStoreObject(options: FetchArtifactOptions, uri: string): Promise<void> {
  const { store, key, size, id } = options;
  const info = await store.head(key);
  if (!info) throw new MregError('NOT_FOUND', `artifact ${id} is missing from the store: ${uri} does not exist`);
  if (info.size !== size) {
    throw new MregError(
      'INTEGRITY',
      `artifact ${id} in the store has the wrong size: ${uri} is ${info.size} bytes, the registry records ${size}; nothing was downloaded`,
    );
  }
}

/** Discards the partial unless its digest and size are the recorded ones and the caller's check accepts it. */
async function verifyPartial(
  options: FetchArtifactOptions,
  partial: string,
  actual: string,
  uri: string,
  finalPath: string,
): Promise<void> {
  const { sha256, size, id } = options;
  const written = (await stat(partial)).size;
  if (actual !== sha256 || written !== size) {
    await unlink(partial).catch(() => undefined);
    throw new MregError(
      'INTEGRITY',
      `integrity check failed for ${id} from ${uri}: expected sha256 ${sha256} (${size} bytes), got sha256 ${actual} (${written} bytes); ` +
        `the download was discarded${(await exists(finalPath)) ? ` and the earlier copy at ${finalPath} was left untouched` : ''}`,
    );
  }
  if (options.validate) {
    try {
      await options.validate(partial);
    } catch (err) {
      await unlink(partial).catch(() => undefined);
      throw err;
    }
  }
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
  const fileName = checkFetchOptions(options);
  const partSize = Math.max(MiB, Math.floor(options.partSize ?? 16 * MiB));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));

  const artifactsDir = path.join(cacheDir, 'artifacts', ...(options.subdir ? [options.subdir] : []));
  const stagingDir = path.join(cacheDir, 'staging');
  await mkdir(artifactsDir, { recursive: true });
  await mkdir(stagingDir, { recursive: true });
  const finalPath = path.join(artifactsDir, fileName);
  const sidecar = `${finalPath}.sha256`;

  if (await isCached(finalPath, sidecar, sha256, size)) {
    await options.validate?.(finalPath);
    return { path: finalPath, downloaded: false, sha256, size };
  }
  await removeStalePartials(stagingDir, id);

  const uri = store.uriFor(key);
  await checkStoreObject(options, uri);

  const partial = path.join(stagingDir, `${id}.${process.pid}.partial`);
  let actual: string;
  try {
    actual = await downloadToStaging(partial, {
      store,
      key,
      size,
      partSize,
      concurrency,
      attempts: options.attempts ?? 3,
      onProgress: options.onProgress,
    });
  } catch (err) {
    throw noSpaceError(err, { id, uri, partial, size }) ?? err;
  }
  await verifyPartial(options, partial, actual, uri, finalPath);

  // Read-only, so nothing overwrites the verified copy by accident; the stamp in the sidecar
  // (taken after the chmod and the rename, both of which change ctime) proves it unchanged later.
  await chmod(partial, 0o444);
  await rename(partial, finalPath);
  await fsyncDir(artifactsDir);
  try {
    await writeSidecar(sidecar, sha256, fileName, await stampOf(finalPath));
  } catch (err) {
    throw noSpaceError(err, { id, uri, partial: sidecar, size: 0 }) ?? err;
  }
  return { path: finalPath, downloaded: true, sha256, size };
}

/**
 * ENOSPC from the kernel names nothing; say which file, which artifact and how many bytes it needs,
 * so the operator knows what to free (or that the cache volume is too small for this model).
 */
function noSpaceError(err: unknown, o: { id: string; uri: string; partial: string; size: number }): MregError | null {
  const code =
    (err as NodeJS.ErrnoException)?.code ??
    ((err as { cause?: NodeJS.ErrnoException })?.cause?.code as string | undefined);
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return null;
  const need = o.size > 0 ? ` needs ${o.size} bytes (${formatBytes(o.size)})` : '';
  return new MregError(
    'STORE',
    `no space left on the device for artifact ${o.id}: writing ${o.partial}${need} (from ${o.uri}) failed with ${code}; ` +
      `free space under ${path.dirname(path.dirname(o.partial))} or point the cache at a larger volume${o.size > 0 ? '; the partial download was removed' : ''}`,
    { cause: err },
  );
}

function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

/** Downloads into `partial` and syncs it; on failure nothing is left behind. Resolves with its sha256. */
async function downloadToStaging(
  partial: string,
  options: Omit<RangedDownloadOptions, 'fh' | 'partialPath'>,
): Promise<string> {
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

/**
 * What proves a cached file unchanged since it was verified, without reading it: size, mtime,
 * ctime (which no one can set back: any write, chmod or rename moves it), inode and device.
 */
async function stampOf(file: string): Promise<string> {
  const s = await stat(file, { bigint: true });
  return `size=${s.size} mtimeNs=${s.mtimeNs} ctimeNs=${s.ctimeNs} ino=${s.ino} dev=${s.dev}`;
}

const STAMP_PREFIX = '# mreg-stamp ';

/**
 * A cached copy is reused only when proven unchanged: its sidecar names the expected sha256 and
 * its stamp still matches the file (cheap, so rolling back to a large cached model stays fast).
 * Any difference (no sidecar, an older sidecar without a stamp, a file written, replaced or
 * chmod-ed since) means a full re-hash: the right bytes are re-stamped, wrong ones are deleted
 * (the caller downloads again), never served.
 */
async function isCached(finalPath: string, sidecar: string, sha256: string, size: number): Promise<boolean> {
  let s;
  try {
    s = await stat(finalPath);
  } catch {
    return false;
  }
  // Another size: not this artifact; left as it is until a verified download replaces it (rename).
  if (!s.isFile() || s.size !== size) return false;
  const text = await readFile(sidecar, 'utf8').catch(() => '');
  const recorded = text.split(/\s/)[0];
  const stamp = text
    .split('\n')
    .find((l) => l.startsWith(STAMP_PREFIX))
    ?.slice(STAMP_PREFIX.length)
    .trim();
  if (recorded === sha256 && stamp !== undefined && stamp === (await stampOf(finalPath))) return true;
  // No sidecar (killed between the rename and writing it), no stamp, or a file touched since: the bytes decide.
  if ((await hashFile(finalPath)) !== sha256) {
    await discard(finalPath, sidecar);
    return false;
  }
  await chmod(finalPath, 0o444);
  await writeSidecar(sidecar, sha256, path.basename(finalPath), await stampOf(finalPath));
  return true;
}

/**
 * The scrub's check of one cached file: always a full re-hash, whatever the stamp says (a bit flip
 * on disk moves no timestamp). The right bytes are re-stamped; wrong ones are deleted with their
 * sidecar (the next fetch downloads them again). 'missing' when there is no file.
 */
export async function scrubCachedFile(file: string, sha256: string): Promise<'ok' | 'discarded' | 'missing'> {
  const sidecar = `${file}.sha256`;
  const s = await stat(file).catch(() => null);
  if (!s || !s.isFile()) return 'missing';
  if ((await hashFile(file)) !== sha256) {
    await discard(file, sidecar);
    return 'discarded';
  }
  await chmod(file, 0o444);
  await writeSidecar(sidecar, sha256, path.basename(file), await stampOf(file));
  return 'ok';
}

/** A cached copy that is not what the registry pinned: removed, so it can never be served. */
async function discard(finalPath: string, sidecar: string): Promise<void> {
  await unlink(sidecar).catch(() => undefined);
  await unlink(finalPath).catch(() => undefined);
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  const fh = await open(file, 'r');
  try {
    for await (const chunk of fh.createReadStream({ highWaterMark: 4 * MiB, autoClose: false }))
      hash.update(chunk as Buffer);
  } finally {
    await fh.close();
  }
  return hash.digest('hex');
}

/** sha256sum format on the first line (`sha256sum -c` still reads it), the stamp on the second. */
async function writeSidecar(sidecar: string, sha256: string, fileName: string, stamp: string): Promise<void> {
  const tmp = `${sidecar}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${sha256}  ${fileName}\n${STAMP_PREFIX}${stamp}\n`);
    await rename(tmp, sidecar);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
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
