import type { HistoryEntry, Registry } from './documents.js';
/**
 * The deployment history is append-only and grows without bound, so its older part is archived in
 * files of their own (registry/history/, listed in registry.json's `archive`) and a change rewrites
 * only the recent entries. In memory a registry's `history` is therefore a suffix of the whole:
 * the recent entries, plus as many archived ones as the reader loaded (at least every
 * environment's live entry). Questions whose answer may lie further back call `needOlder` when
 * they do not find it; the state layer then loads the rest and asks again (state/read.ts
 * `withHistory`), so no answer is ever given from a partial history.
 */
export declare class OlderHistoryNeeded extends Error {
    readonly why: string;
    constructor(why: string);
}
/** Whether the loaded history reaches back to the first entry ever recorded. */
export declare function historyComplete(registry: Registry): boolean;
/** Marks a miss in the loaded history: with older entries not loaded, the answer may be among them. */
export declare function needOlder(registry: Registry, why: string): void;
/** The entry with this id (searched from the newest: live entries are recent), or null. */
export declare function findEntry(registry: Registry, id: number): HistoryEntry | null;
/** The newest history id recorded, loaded or archived (0 for none). */
export declare function newestId(registry: Registry): number;
