export interface PrefixHasher {
    /** The file is complete from 0 up to `bytes`. */
    advance(bytes: number): void;
    /** All `size` bytes are written: resolves with the hex digest. */
    finish(size: number): Promise<string>;
    abort(): Promise<void>;
}
/** `fd` must stay open (and readable) until finish() or abort() has settled. */
export declare function startPrefixHasher(fd: number, path: string): PrefixHasher;
