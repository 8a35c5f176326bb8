import type { ArtifactStore, ProgressFn } from './artifact-store.js';
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
export declare function fetchArtifact(options: FetchArtifactOptions): Promise<FetchArtifactResult>;
/**
 * The scrub's check of one cached file: always a full re-hash, whatever the stamp says (a bit flip
 * on disk moves no timestamp). The right bytes are re-stamped; wrong ones are deleted with their
 * sidecar (the next fetch downloads them again). 'missing' when there is no file.
 */
export declare function scrubCachedFile(file: string, sha256: string): Promise<'ok' | 'discarded' | 'missing'>;
export declare function hashFile(file: string): Promise<string>;
