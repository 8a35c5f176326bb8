import { constants as fsc } from 'node:fs';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { MregError } from '../core/errors.js';
import type { ArtifactStore, ListedObject, ObjectInfo, PutOptions, PutResult } from './artifact-store.js';
import { fsyncDir } from './util.js';
import { HashingStream, checkKey, checkPrefix, existsError } from './util.js';

/** Temporary files live beside their target (same directory, so `link` is atomic); list() skips them. */
const TMP_MARK = '.mreg-tmp-';

/**
 * A local folder as an artifact store (the embedded default, and what a shared NFS mount looks like).
 * Writes go to a temporary file that is fsynced and then hard-linked to its final name: `link`
 * fails with EEXIST instead of replacing, which is the file-system form of `If-None-Match: *`.
 */
export class FileStore implements ArtifactStore {
  readonly kind = 'file' as const;
  readonly uri: string;

  constructor(readonly root: string) {
    this.root = path.resolve(root);
    this.uri = pathToFileURL(this.root).href.replace(/\/$/, '');
  }

  private pathOf(key: string): string {
    return path.join(this.root, ...checkKey(key).split('/'));
  }

  uriFor(key: string): string {
    return pathToFileURL(this.pathOf(key)).href;
  }

  keyFor(uri: string): string | null {
    let p: string;
    try {
      p = uri.startsWith('file:') ? fileURLToPath(uri) : path.resolve(uri);
    } catch {
      return null;
    }
    const rel = path.relative(this.root, p);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    return rel.split(path.sep).join('/');
  }

  async head(key: string): Promise<ObjectInfo | null> {
    try {
      const s = await stat(this.pathOf(key));
      return s.isFile() ? { size: s.size } : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR')
        return null;
      throw storeError(`cannot stat ${this.uriFor(key)}`, err);
    }
  }

  async putFile(key: string, localPath: string, options: PutOptions = {}): Promise<PutResult> {
    const total = (await stat(localPath)).size;
    return this.write(key, createReadStream(localPath), total, options);
  }

  async putBytes(key: string, data: Uint8Array | string, options: PutOptions = {}): Promise<PutResult> {
    const buf =
      typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return this.write(key, Readable.from([buf]), buf.length, options);
  }

  private async write(key: string, source: Readable, total: number, options: PutOptions): Promise<PutResult> {
    const final = this.pathOf(key);
    const uri = this.uriFor(key);
    // Cheap early refusal before any bytes move; the link below is what makes it race-free.
    if (await this.head(key)) throw existsError(uri);
    const dir = path.dirname(final);
    await mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `${TMP_MARK}${path.basename(final)}.${process.pid}.${randomBytes(4).toString('hex')}`);
    const hasher = new HashingStream(total, options.onProgress);
    try {
      const fh = await open(tmp, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL, 0o644);
      try {
        await pipeline(source, hasher, createWriteStream('', { fd: fh.fd, autoClose: false }));
        await fh.sync();
      } finally {
        await fh.close();
      }
      try {
        await link(tmp, final);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw existsError(uri);
        throw storeError(`cannot create ${uri}`, err);
      }
      await fsyncDir(dir);
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
    return { sha256: hasher.digest(), size: hasher.bytes, uri };
  }

  async getRange(key: string, start: number, end: number): Promise<Readable> {
    const p = this.pathOf(key);
    // Open first so a missing object fails here, not later inside the consumer's pipeline.
    const fh = await open(p, 'r').catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(this.uriFor(key));
      throw storeError(`cannot read ${this.uriFor(key)}`, err);
    });
    return fh.createReadStream({ start, end, autoClose: true });
  }

  async getBytes(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(this.uriFor(key));
      throw storeError(`cannot read ${this.uriFor(key)}`, err);
    }
  }

  async list(prefix: string): Promise<ListedObject[]> {
    checkPrefix(prefix);
    const out: ListedObject[] = [];
    const walk = async (dir: string, rel: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw storeError(`cannot list ${pathToFileURL(dir).href}`, err);
      }
      for (const e of entries) {
        if (e.name.startsWith(TMP_MARK)) continue;
        const key = rel ? `${rel}/${e.name}` : e.name;
        // Prune directories that cannot contain a match.
        if (!(key.startsWith(prefix) || prefix.startsWith(`${key}/`))) continue;
        if (e.isDirectory()) await walk(path.join(dir, e.name), key);
        else if (e.isFile() && key.startsWith(prefix))
          out.push({ key, size: (await stat(path.join(dir, e.name))).size });
      }
    };
    await walk(this.root, '');
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

function notFound(uri: string): MregError {
  return new MregError('NOT_FOUND', `artifact object not found: ${uri}`);
}

function storeError(message: string, cause: unknown): MregError {
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return new MregError('STORE', `${message}${detail}`, { cause });
}
