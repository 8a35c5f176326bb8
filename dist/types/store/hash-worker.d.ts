export interface PrefixHasher {
    /** The file is complete from 0 up to `bytes`. */
    advance(bytes: number): void;
    /** All `size` bytes are written: resolves with the hex digest. */
    finish(size: number): Promise<string>;
    abort(): Promise<void>;
}
/**
 * Below this size a file is hashed on the main thread once complete: a worker thread costs
 * ~50-100 ms to start, more than hashing a few megabytes (~1 ms per MB) and longer than the
 * sockets could be stalled by it.
 */
export declare const INLINE_HASH_BYTES: number;
/** `fd` must stay open (and readable) until finish() or abort() has settled. */
export declare function startPrefixHasher(fd: number, path: string, size?: number): Promise<PrefixHasher>;
