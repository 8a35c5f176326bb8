import { Readable } from 'node:stream';
import type { ArtifactStore, ListedObject, ObjectInfo, PutOptions, PutResult } from './artifact-store.js';
/**
 * A local folder as an artifact store (the embedded default, and what a shared NFS mount looks like).
 * Writes go to a temporary file that is fsynced and then hard-linked to its final name: `link`
 * fails with EEXIST instead of replacing, which is the file-system form of `If-None-Match: *`.
 */
export declare class FileStore implements ArtifactStore {
    readonly root: string;
    readonly kind: "file";
    readonly uri: string;
    constructor(root: string);
    private pathOf;
    uriFor(key: string): string;
    keyFor(uri: string): string | null;
    head(key: string): Promise<ObjectInfo | null>;
    putFile(key: string, localPath: string, options?: PutOptions): Promise<PutResult>;
    putBytes(key: string, data: Uint8Array | string, options?: PutOptions): Promise<PutResult>;
    private write;
    getRange(key: string, start: number, end: number): Promise<Readable>;
    getBytes(key: string): Promise<Buffer>;
    list(prefix: string): Promise<ListedObject[]>;
}
