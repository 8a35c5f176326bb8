import type { Readable } from 'node:stream';
/** What a HEAD tells us about an object. */
export interface ObjectInfo {
    size: number;
    etag?: string;
}
export interface PutResult {
    /** Hex sha256 of the bytes written, computed while they streamed. */
    sha256: string;
    size: number;
    uri: string;
    /** The store's entity tag for what was written, when it gives one (S3): a later HEAD with another tag means the object was replaced. */
    etag?: string;
}
/** Called with bytes done so far and the total (the total may be unknown for streams: 0). */
export type ProgressFn = (done: number, total: number) => void;
export interface PutOptions {
    onProgress?: ProgressFn;
    contentType?: string;
}
export interface ListedObject {
    key: string;
    size: number;
}
/**
 * Write-once object storage for model artifacts. Keys are `/`-separated paths relative to the
 * store's root (`<model>/v<x.y.z>/<file>`), never starting with `/`.
 *
 * There is deliberately no delete: nothing in the product deletes an artifact, and a method that
 * is not there cannot be called by mistake.
 */
export interface ArtifactStore {
    /** `file:///abs/root` or `s3://bucket/prefix` (no trailing slash). */
    readonly uri: string;
    readonly kind: 'file' | 's3';
    /** The absolute URI of a key, as recorded in metadata (`artifact.uri`). */
    uriFor(key: string): string;
    /** The key of an absolute URI inside this store, or null when the URI points elsewhere. */
    keyFor(uri: string): string | null;
    head(key: string): Promise<ObjectInfo | null>;
    /** Streams a local file once; refuses to overwrite an existing object (EXISTS names its URI). */
    putFile(key: string, localPath: string, options?: PutOptions): Promise<PutResult>;
    /** Small objects (metadata JSON); same no-overwrite rule. */
    putBytes(key: string, data: Uint8Array | string, options?: PutOptions): Promise<PutResult>;
    /** Bytes `start..end`, both inclusive (HTTP Range semantics). */
    getRange(key: string, start: number, end: number): Promise<Readable>;
    /** A whole small object (metadata JSON). */
    getBytes(key: string): Promise<Buffer>;
    list(prefix: string): Promise<ListedObject[]>;
}
