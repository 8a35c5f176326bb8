import type { ArtifactMetadata } from '../core/documents.js';
import { type StoreOptions } from './open.js';
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
export declare function cachedFilePaths(meta: ArtifactMetadata, cacheDir: string): string[];
/**
 * Brings every file of one artifact into `<cacheDir>/artifacts/` through fetchArtifact (staging,
 * sha256 and size verified, atomic rename). Several files of one artifact (a split full fine-tune)
 * are cached side by side under `artifacts/<id>/`, each with its own staging name.
 */
export declare function downloadArtifact(meta: ArtifactMetadata, o: {
    cacheDir: string;
    store?: ArtifactStore;
    storeOptions?: StoreOptions;
    onProgress?: (file: string, done: number, total: number) => void;
    /**
     * Check every GGUF file's header against the artifact's kind and quantization before it
     * reaches the cache (and before a cached copy is reused). Default true.
     */
    checkGguf?: boolean;
}): Promise<DownloadedArtifact>;
