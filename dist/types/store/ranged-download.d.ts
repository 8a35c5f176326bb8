import type { FileHandle } from 'node:fs/promises';
import type { ArtifactStore, ProgressFn } from './artifact-store.js';
export interface RangedDownloadOptions {
    /** The staging file, open for reading and writing; the caller closes it. */
    fh: FileHandle;
    /** Its path, for the hasher's messages. */
    partialPath: string;
    store: ArtifactStore;
    key: string;
    size: number;
    /** Bytes per ranged GET. */
    partSize: number;
    /** Ranged GETs in flight. */
    concurrency: number;
    /** Attempts per part before the download fails. */
    attempts: number;
    onProgress?: ProgressFn;
}
/**
 * Writes `size` bytes of `key` into `fh` with parallel ranged GETs, each at its own offset, and
 * resolves with their sha256. The digest is computed as the download goes, so the caller does
 * not read the file back afterwards.
 */
export declare function rangedDownload(options: RangedDownloadOptions): Promise<string>;
