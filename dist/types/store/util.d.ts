import { Transform, type TransformCallback } from 'node:stream';
import { MregError } from '../core/errors.js';
import type { ProgressFn } from './artifact-store.js';
/**
 * Keys become file paths in the file store and object names in S3: refuse anything that could
 * escape the store root or mean different things on the two stores.
 */
export declare function checkKey(key: string): string;
/** Prefixes for list(): like keys, but empty and a trailing "/" are fine. */
export declare function checkPrefix(prefix: string): string;
/**
 * A pass-through that hashes and counts what flows through it, so an upload reads the file once:
 * the digest we record is the digest of exactly the bytes that were sent.
 */
export declare class HashingStream extends Transform {
    private readonly total;
    private readonly onProgress?;
    private readonly hash;
    bytes: number;
    constructor(total?: number, onProgress?: ProgressFn | undefined);
    _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void;
    digest(): string;
}
export declare function existsError(uri: string): MregError;
/** A rename or link is only durable once its directory entry is: fsync the directory. */
export declare function fsyncDir(dir: string): Promise<void>;
