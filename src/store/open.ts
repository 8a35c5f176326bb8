import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MregError } from '../core/errors.js';
import { formatArtifactId } from '../core/naming.js';
import type { ArtifactFile, ArtifactMetadata, RegistryConfig } from '../core/documents.js';
import { FileStore } from './file-store.js';
import { S3Store, type S3StoreOptions } from './s3-store.js';
import type { ArtifactStore } from './artifact-store.js';

/**
 * Opening a store and finding an artifact's objects in it: what a presence check needs (the
 * check-store stage of a deploy, a rollback or a promotion), without the download code that
 * store/index.ts adds (ranged GETs, hashing, the GGUF header check).
 */

/**
 * What opening a store needs. `RegistryConfig` fits as is (its `s3` and `download` sections);
 * tests add explicit credentials and an env instead of touching process.env.
 */
export interface StoreOptions {
  s3?: RegistryConfig['s3'];
  download?: Partial<RegistryConfig['download']>;
  /** Plain paths are relative to this (the repository root); defaults to the working directory. */
  baseDir?: string;
  credentials?: S3StoreOptions['credentials'];
  env?: NodeJS.ProcessEnv;
}

/** `s3://bucket/prefix`, `file:///abs/path` or a plain path. */
export function openStore(uri: string, options: StoreOptions = {}): ArtifactStore {
  if (typeof uri !== 'string' || uri.trim() === '') {
    throw new MregError('USAGE', 'no artifact store: set "store" in registry/config.json or name one (a store URI)');
  }
  if (uri.startsWith('s3://')) {
    return new S3Store(uri, {
      endpoint: options.s3?.endpoint,
      region: options.s3?.region,
      forcePathStyle: options.s3?.force_path_style,
      credentials: options.credentials,
      queueSize: options.download?.concurrency,
      env: options.env,
    });
  }
  if (uri.startsWith('file://')) {
    let p: string;
    try {
      p = fileURLToPath(uri);
    } catch (err) {
      throw new MregError('STORE', `invalid file store URI ${JSON.stringify(uri)}: expected file:///absolute/path`, {
        cause: err,
      });
    }
    return new FileStore(p);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) {
    throw new MregError(
      'STORE',
      `unsupported store URI ${JSON.stringify(uri)}: expected s3://bucket/prefix, file:///path or a plain path`,
    );
  }
  return new FileStore(path.resolve(options.baseDir ?? process.cwd(), uri));
}

/**
 * The store and key that hold an absolute artifact URI. Metadata records absolute URIs, so an
 * artifact stays reachable when the configured store moves on; the configured store is preferred
 * (its endpoint and credentials), otherwise a store rooted at the URI's bucket or folder is opened.
 */
export function locateObject(
  uri: string,
  store?: ArtifactStore,
  options: StoreOptions & {
    /** Refuse a URI outside `store` (its folder, or its bucket and prefix) instead of opening another store. */
    confine?: boolean;
  } = {},
): { store: ArtifactStore; key: string } {
  const key = store?.keyFor(uri);
  if (store && key) return { store, key };
  if (store && options.confine) {
    throw new MregError(
      'STORE',
      `refusing artifact URI ${uri}: it is outside the configured store ${store.uri} ` +
        `(artifacts are only fetched from inside the store${store.kind === 's3' ? ': the same bucket, under its prefix' : ' folder'})`,
    );
  }
  if (uri.startsWith('s3://')) {
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    if (!m) throw new MregError('STORE', `invalid artifact URI ${JSON.stringify(uri)}: expected s3://bucket/key`);
    return { store: openStore(`s3://${m[1]}`, options), key: m[2] };
  }
  if (uri.startsWith('file://')) {
    const p = fileURLToPath(uri);
    return { store: new FileStore(path.dirname(p)), key: path.basename(p) };
  }
  throw new MregError('STORE', `unsupported artifact URI ${JSON.stringify(uri)}: expected s3:// or file://`);
}

/** The main file first, then the others of a multi-file artifact, each once. */
export function artifactFiles(meta: Pick<ArtifactMetadata, 'artifact' | 'files'>): ArtifactFile[] {
  const seen = new Set<string>();
  const out: ArtifactFile[] = [];
  for (const f of [meta.artifact, ...(meta.files ?? [])]) {
    if (!seen.has(f.uri)) {
      seen.add(f.uri);
      out.push(f);
    }
  }
  return out;
}

/**
 * Deploy and rollback call this before moving any pointer: every file of the artifact must be in
 * the store with the size the metadata records. Refuses with NOT_FOUND naming the missing URI
 * (so a rollback never lands on an artifact the store no longer has), or INTEGRITY naming both sizes.
 */
export async function assertArtifactPresent(
  store: ArtifactStore,
  meta: Pick<ArtifactMetadata, 'artifact' | 'files' | 'model' | 'version' | 'quantization'>,
  options: StoreOptions = {},
): Promise<void> {
  const id = formatArtifactId(meta);
  for (const f of artifactFiles(meta)) {
    const { store: s, key } = locateObject(f.uri, store, options);
    const info = await s.head(key);
    if (!info) {
      throw new MregError(
        'NOT_FOUND',
        `artifact ${id} is missing from the store: ${f.uri} does not exist (it is registered, but its object was deleted or never uploaded)`,
      );
    }
    if (info.size !== f.size) {
      throw new MregError(
        'INTEGRITY',
        `artifact ${id} in the store has the wrong size: ${f.uri} is ${info.size} bytes, the registry records ${f.size}`,
      );
    }
  }
}
