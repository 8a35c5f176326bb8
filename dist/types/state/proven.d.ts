export declare function registryDigest(text: string): string;
export declare function provenList(root: string): {
    file: string;
    entries: string[];
} | null;
/** Synchronous: a small file, read and replaced while a change is being written (see writeAtomic). */
export declare function recordProven(root: string, add: string[]): void;
/**
 * A small document's text (config.json), by its kind too: a text proven as one kind of document
 * proves nothing of another.
 */
export declare function documentDigest(kind: string, text: string): string;
/** Which file version this is: the schema build, inode, size, and modification and change times to the nanosecond. */
export declare function stampOf(st: {
    ino: bigint;
    size: bigint;
    mtimeNs: bigint;
    ctimeNs: bigint;
}): string;
