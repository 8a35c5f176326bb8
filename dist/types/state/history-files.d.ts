import { type Problem } from '../core/errors.js';
import type { HistoryEntry, HistorySegment, Registry } from '../core/documents.js';
/**
 * The archived history (registry/history/FIRST-LAST.json). registry.json keeps the recent
 * entries; whenever they reach 2 x SEGMENT_ENTRIES, the oldest SEGMENT_ENTRIES move into a new
 * file, listed in registry.json's `archive` with its sha256. A change then rewrites (and git
 * hashes) a registry.json of at most a few hundred kilobytes, however long the history, and an
 * archived file is rewritten only when one of its entries changes (a rollback marking a long-lived
 * deployment as rolled back). The sha256 in registry.json makes every archived file part of the
 * registry's state: a file edited behind registry.json's back is refused on read.
 */
export declare const SEGMENT_ENTRIES = 500;
export declare function segmentFile(first: number, last: number): string;
/** The repository path of an archived file (its `file` is relative to registry/). */
export declare function segmentPath(segment: HistorySegment): string;
export declare function sha256Hex(text: string): string;
type SegmentDoc = {
    first_id: number;
    last_id: number;
    history: HistoryEntry[];
};
/**
 * What an archived file's bytes and content disagree with in registry.json's listing of it
 * (sha256, id range, count, ids in order within the range). One list for the readers, which refuse
 * on the first, and for `mreg validate`, which reports them all. `doc` is absent when the text did
 * not parse.
 */
export declare function segmentProblems(text: string, doc: SegmentDoc | undefined, segment: HistorySegment, index: number): Problem[];
/** An archived file's entries; refused (INTEGRITY, naming file and pointer) on the first problem. */
export declare function parseSegment(text: string, segment: HistorySegment, index: number): HistoryEntry[];
/** registry.json's archive out of order (misnamed or overlapping files, recent entries not after them). */
export declare function archiveProblems(registry: Registry): Problem[];
/** Refused on read: the first of archiveProblems. */
export declare function checkArchiveOrder(registry: Registry): void;
/**
 * Where the entry at `index` of a registry's in-memory history (a suffix: archived files loaded,
 * then the recent entries) is written: an archived file or registry.json, and its index there.
 */
export declare function historyPlace(registry: Registry, index: number): {
    file: string;
    index: number;
};
export interface LayoutFile {
    path: string;
    content: string;
    value?: unknown;
}
/**
 * The files a change writes for the registry `next`, planned on `planned` (the registry it read,
 * with `loaded`: the entries of each archived file it loaded, by index in its archive). Returns
 * registry.json (with `value`: `next` with its archive updated, for checkChange) and every
 * archived file that is new or whose entries changed; unchanged archived files are not written.
 */
export declare function registryFiles(next: Registry, loaded: ReadonlyMap<number, readonly HistoryEntry[]>): LayoutFile[];
/** Where an archived file lives on disk. */
export declare function segmentAbsolute(root: string, segment: HistorySegment): string;
export {};
