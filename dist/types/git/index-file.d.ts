import { type BigIntStats } from 'node:fs';
/** True when every path is as HEAD has it (tracked and unchanged, or absent from both); null: ask git. */
export declare function unchangedFromFiles(root: string, paths: string[]): true | null;
export interface IndexLook {
    /** Every path is certainly as HEAD has it (false: not proven here, ask git). */
    unchanged: boolean;
    /**
     * The paths the index marks assume-unchanged or skip-worktree: git status does not look at such
     * a file, so an edit of it would go unseen. Empty when the index is in a format not read here
     * (version 4, split).
     */
    marked: string[];
}
/**
 * What git's index tells of these paths, read once. Synchronous file calls throughout: a few small
 * files and the index, read one after the other, where each asynchronous call would wait for a
 * thread-pool round trip (together more than the reading itself).
 */
export declare function lookInIndex(root: string, paths: string[]): IndexLook;
/** The first folder between the repository's top and `file` (relative, as in `file`) that is a link, or null. */
export declare function linkedFolder(root: string, file: string): string | null;
/** One entry's place in the index file: its offset, its name's offset and length, its flags. */
export interface EntryPlace {
    off: number;
    nameStart: number;
    nameLength: number;
    flags: number;
    /** The extended flags (version 3), 0 when none. */
    extra: number;
}
/**
 * Each entry of an index of version 2 or 3, in order; the offset just after the last one, or null
 * for another version or a malformed file.
 */
export declare function walkEntries(d: Buffer, visit: (e: EntryPlace) => void): number | null;
/** Every entry's place, in the index's order, and the offset after them; null as walkEntries. */
export declare function entryPlaces(d: Buffer): {
    places: EntryPlace[];
    after: number;
} | null;
/**
 * The first entry whose name is not before `key`, by binary search: the index is sorted by name
 * bytes (then stage). Names are compared as bytes and only along the search: decoding or comparing
 * every name of a large index would cost more than the rest of the reading.
 */
export declare function firstFrom(d: Buffer, places: EntryPlace[], key: Buffer): number;
/** The entries named exactly `key`: one, or one per stage of a conflict. */
export declare function entriesNamed(d: Buffer, places: EntryPlace[], key: Buffer): EntryPlace[];
/**
 * The extensions after the entries (from `off`), or null when one is an extension git requires
 * readers to understand (lower case first letter), a split or a sparse index: not read here.
 */
export declare function extensionsOf(d: Buffer, off: number): {
    signature: string;
    start: number;
    size: number;
}[] | null;
/**
 * A file's bytes and the stat data of that same file, through one open: git replaces the index (and
 * mreg the registry's files) by rename, so a stat taken apart could describe another file.
 */
export declare function readWithStat(file: string): {
    bytes: Buffer;
    st: BigIntStats;
};
/** The folders above a repository-relative path, nearest the top first ('' excluded). */
export declare function foldersAbove(file: string): string[];
/** One folder of the index's cache of tree ids. */
export interface CachedTree {
    /** The folder's tree id, null when the cache does not hold it (invalidated). */
    id: string | null;
    /** Where the id's 20 bytes are in the extension's body (-1 when invalidated). */
    idAt: number;
    /** How many index entries lie under the folder (-1 when invalidated). */
    entries: number;
}
/**
 * The index's cache of tree ids (the TREE extension), by folder ('' for the whole tree, else
 * `a/b`, as bytes: latin1). Each node: its name, NUL, "<entries> <subtrees>\n", the 20-byte id when entries is not
 * -1, then its subtrees' nodes. A malformed cache reads as empty.
 */
export declare function treeCache(body: Buffer): Map<string, CachedTree>;
/** The tree of a commit stored as a loose object (as a commit made here is); null otherwise. */
export declare function commitTree(dir: string, commit: string): string | null;
