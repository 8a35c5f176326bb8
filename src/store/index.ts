import path from 'node:path';
import { MregError } from '../core/errors.js';
import { formatArtifactId } from '../core/naming.js';
import type { ArtifactMetadata } from '../core/documents.js';
import { FileStore } from './file-store.js';
import { artifactFiles, locateObject, type StoreOptions } from './open.js';
import { fetchArtifact } from './download.js';
import { realpath } from 'node:fs/promises';
import { checkGgufFile, hasGgufMagic, readMagic } from '../gguf/check.js';
import type { ArtifactStore } from './artifact-store.js';

export type { ArtifactStore, ObjectInfo, PutResult, PutOptions, ProgressFn, ListedObject } from './artifact-store.js';
export { FileStore } from './file-store.js';
export { S3Store, isAwsEndpoint, parseS3Uri } from './s3-store.js';
export { fetchArtifact, scrubCachedFile, type FetchArtifactOptions, type FetchArtifactResult } from './download.js';
export { createFileProgress, createProgress, type FileProgress } from './progress.js';
export { fsyncDir } from './util.js';
export { artifactFiles, assertArtifactPresent, locateObject, openStore, type StoreOptions } from './open.js';

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
    throw new MregError(
      'STORE',
      `refusing artifact URI ${uri}: it resolves to ${real}, outside the configured store folder ${root}`,
    );
  }
}

/**
 * The content check behind "a gguf artifact is a GGUF model of its stated quantization": by the
 * magic, whatever the file is called. gguf and lora files, and the main file of a full fine-tune,
 * must be GGUF; general.file_type must match (required for gguf and a full model's main file).
 * Other files of a full fine-tune are checked when they are GGUF.
 */
async function checkArtifactFile(
  file: string,
  meta: Pick<ArtifactMetadata, 'kind' | 'quantization'>,
  index: number,
  name: string,
): Promise<void> {
  const kind = meta.kind ?? 'gguf';
  const main = index === 0;
  if (kind !== 'gguf' && kind !== 'lora' && !main && !hasGgufMagic(await readMagic(file))) return;
  await checkGgufFile(file, meta.quantization, { file: name, requireFileType: main && kind !== 'lora' });
}
