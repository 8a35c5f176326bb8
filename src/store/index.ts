import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MregError } from '../core/errors.js';
import { formatArtifactId } from '../core/naming.js';
import type { ArtifactFile, ArtifactMetadata, RegistryConfig } from '../core/types.js';
import { FileStore } from './file-store.js';
import { S3Store, type S3StoreOptions } from './s3-store.js';
import { fetchArtifact } from './fetch.js';
import { realpath } from 'node:fs/promises';
import { checkGgufFile, hasGgufMagic, readMagic } from '../gguf/check.js';
import type { ArtifactStore } from './types.js';

export type { ArtifactStore, ObjectInfo, PutResult, PutOptions, ProgressFn, ListedObject } from './types.js';
export { FileStore } from './file-store.js';
export { S3Store, isAwsEndpoint, parseS3Uri } from './s3-store.js';
export { fetchArtifact, scrubCachedFile, type FetchArtifactOptions, type FetchArtifactResult } from './fetch.js';
export { createFileProgress, createProgress, type FileProgress } from './progress.js';
export { fsyncDir } from './util.js';

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
      throw new MregError('STORE', `invalid file store URI ${JSON.stringify(uri)}: expected file:///absolute/path`, { cause: err });
    }
    return new FileStore(p);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) {
    throw new MregError('STORE', `unsupported store URI ${JSON.stringify(uri)}: expected s3://bucket/prefix, file:///path or a plain path`);
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
      throw new MregError('INTEGRITY', `artifact ${id} in the store has the wrong size: ${f.uri} is ${info.size} bytes, the registry records ${f.size}`);
    }
  }
}

export interface DownloadedArtifact {
  id: string;
  /** The main file (the first of `paths`). */
  path: string;
  paths: string[];
  /** false when every file was already cached and verified. */
  downloaded: boolean;
}

/**
 * Where downloadArtifact keeps each file of `meta`: `<cacheDir>/artifacts/<file>`, or
 * `<cacheDir>/artifacts/<id>/<file>` for the files of a multi-file artifact.
 */
export function cachedFilePaths(meta: ArtifactMetadata, cacheDir: string): string[] {
  const files = artifactFiles(meta);
  const sub = files.length > 1 ? [formatArtifactId(meta)] : [];
  return files.map((f) => path.join(cacheDir, 'artifacts', ...sub, f.uri.split('/').pop()!));
}

/**
 * Brings every file of one artifact into `<cacheDir>/artifacts/` through fetchArtifact (staging,
 * sha256 and size verified, atomic rename). Several files of one artifact (a split full fine-tune)
 * are cached side by side under `artifacts/<id>/`, each with its own staging name.
 */
export async function downloadArtifact(
  meta: ArtifactMetadata,
  o: {
    cacheDir: string;
    store?: ArtifactStore;
    storeOptions?: StoreOptions;
    onProgress?: (file: string, done: number, total: number) => void;
    /**
     * Check every GGUF file's header against the artifact's kind and quantization before it
     * reaches the cache (and before a cached copy is reused). Default true.
     */
    checkGguf?: boolean;
  },
): Promise<DownloadedArtifact> {
  const id = formatArtifactId(meta);
  const files = artifactFiles(meta);
  const multi = files.length > 1;
  const download = o.storeOptions?.download;
  const paths: string[] = [];
  let downloaded = false;
  // Confined to the configured store: metadata naming an object elsewhere (file:///etc/..., another
  // bucket) is refused. Without a configured store (a pod fed only a ConfigMap), URIs are taken as is.
  const located = files.map((f) => locateObject(f.uri, o.store, { ...o.storeOptions, confine: true }));
  for (const [i, f] of files.entries()) {
    const { store, key } = located[i];
    if (o.store && store === o.store) await assertInsideStore(store, key, f.uri);
    const name = key.split('/').pop()!;
    const onProgress = o.onProgress;
    const r = await fetchArtifact({
      store,
      key,
      sha256: f.sha256,
      size: f.size,
      cacheDir: o.cacheDir,
      id: multi ? `${id}.${name}` : id,
      subdir: multi ? id : undefined,
      partSize: download?.part_size_mb ? download.part_size_mb * 1024 * 1024 : undefined,
      concurrency: download?.concurrency,
      onProgress: onProgress ? (done, total) => onProgress(name, done, total) : undefined,
      validate: o.checkGguf === false ? undefined : (file) => checkArtifactFile(file, meta, i, `${f.uri} (${id})`),
    });
    downloaded ||= r.downloaded;
    paths.push(r.path);
  }
  return { id, path: paths[0], paths, downloaded };
}

/**
 * A folder store's key is inside its root by name; a symlink in the store could still lead out
 * (to /etc, another volume). The object's real path must be inside the root's real path.
 */
async function assertInsideStore(store: ArtifactStore, key: string, uri: string): Promise<void> {
  if (!(store instanceof FileStore)) return;
  const root = await realpath(store.root).catch(() => store.root);
  const real = await realpath(path.join(store.root, ...key.split('/'))).catch(() => null);
  if (real === null) return; // missing: fetch reports NOT_FOUND with the URI
  const rel = path.relative(root, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new MregError('STORE', `refusing artifact URI ${uri}: it resolves to ${real}, outside the configured store folder ${root}`);
  }
}

/**
 * The content check behind "a gguf artifact is a GGUF model of its stated quantization": by the
 * magic, whatever the file is called. gguf and lora files, and the main file of a full fine-tune,
 * must be GGUF; general.file_type must match (required for gguf and a full model's main file).
 * Other files of a full fine-tune are checked when they are GGUF.
 */
async function checkArtifactFile(file: string, meta: Pick<ArtifactMetadata, 'kind' | 'quantization'>, index: number, name: string): Promise<void> {
  const kind = meta.kind ?? 'gguf';
  const main = index === 0;
  if (kind !== 'gguf' && kind !== 'lora' && !main && !hasGgufMagic(await readMagic(file))) return;
  await checkGgufFile(file, meta.quantization, { file: name, requireFileType: main && kind !== 'lora' });
}
