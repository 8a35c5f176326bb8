import type { ArtifactFile, ArtifactMetadata, RegistryConfig } from '../core/types.js';
import { type S3StoreOptions } from './s3-store.js';
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
export declare function openStore(uri: string, options?: StoreOptions): ArtifactStore;
/**
 * The store and key that hold an absolute artifact URI. Metadata records absolute URIs, so an
 * artifact stays reachable when the configured store moves on; the configured store is preferred
 * (its endpoint and credentials), otherwise a store rooted at the URI's bucket or folder is opened.
 */
export declare function locateObject(uri: string, store?: ArtifactStore, options?: StoreOptions & {
    /** Refuse a URI outside `store` (its folder, or its bucket and prefix) instead of opening another store. */
    confine?: boolean;
}): {
    store: ArtifactStore;
    key: string;
};
/** The main file first, then the others of a multi-file artifact, each once. */
export declare function artifactFiles(meta: Pick<ArtifactMetadata, 'artifact' | 'files'>): ArtifactFile[];
/**
 * Deploy and rollback call this before moving any pointer: every file of the artifact must be in
 * the store with the size the metadata records. Refuses with NOT_FOUND naming the missing URI
 * (so a rollback never lands on an artifact the store no longer has), or INTEGRITY naming both sizes.
 */
export declare function assertArtifactPresent(store: ArtifactStore, meta: Pick<ArtifactMetadata, 'artifact' | 'files' | 'model' | 'version' | 'quantization'>, options?: StoreOptions): Promise<void>;
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
