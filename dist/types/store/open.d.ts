import type { ArtifactFile, ArtifactMetadata, RegistryConfig } from '../core/documents.js';
import { type S3StoreOptions } from './s3-store.js';
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
