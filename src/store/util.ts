import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { MregError } from '../core/errors.js';
import type { ProgressFn } from './artifact-store.js';

/**
 * Keys become file paths in the file store and object names in S3: refuse anything that could
 * escape the store root or mean different things on the two stores.
 */
export function checkKey(key: string): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 1024) {
    throw new MregError('STORE', `invalid store key ${JSON.stringify(key)}: expected a non-empty relative path`);
  }
  if (key.startsWith('/') || key.includes('\\') || key.includes('\0')) {
    throw new MregError('STORE', `invalid store key ${JSON.stringify(key)}: expected a relative "/"-separated path`);
  }
  for (const segment of key.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw new MregError('STORE', `invalid store key ${JSON.stringify(key)}: empty, "." or ".." path segment`);
    }
  }
  return key;
}

/** Prefixes for list(): like keys, but empty and a trailing "/" are fine. */
export function checkPrefix(prefix: string): string {
  if (prefix === '') return prefix;
  checkKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
  return prefix;
}

/**
 * A pass-through that hashes and counts what flows through it, so an upload reads the file once:
 * the digest we record is the digest of exactly the bytes that were sent.
 */
export class HashingStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;

  constructor(
    private readonly total = 0,
    private readonly onProgress?: ProgressFn,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.onProgress?.(this.bytes, this.total);
    callback(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export function existsError(uri: string): MregError {
  return new MregError(
    'EXISTS',
    `refusing to overwrite ${uri}: the object already exists (artifacts are written once; publish a new version instead)`,
  );
}

/** A rename or link is only durable once its directory entry is: fsync the directory. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } catch (err) {
    // Some file systems refuse fsync on directories (EINVAL/EISDIR); nothing more can be done there.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM') throw err;
  } finally {
    await fh.close();
  }
}
