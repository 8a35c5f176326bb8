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
export class OlderHistoryNeeded extends Error {
  constructor(readonly why: string) {
    super(`the answer needs the archived history (${why})`);
  }
}

/** Whether the loaded history reaches back to the first entry ever recorded. */
export function historyComplete(registry: Registry): boolean {
  const first = registry.archive?.[0];
  return !first || (registry.history.length > 0 && registry.history[0].id <= first.first_id);
}

/** Marks a miss in the loaded history: with older entries not loaded, the answer may be among them. */
export function needOlder(registry: Registry, why: string): void {
  if (!historyComplete(registry)) throw new OlderHistoryNeeded(why);
}

/** The entry with this id (searched from the newest: live entries are recent), or null. */
export function findEntry(registry: Registry, id: number): HistoryEntry | null {
  const h = registry.history;
  for (let i = h.length - 1; i >= 0; i--) if (h[i].id === id) return h[i];
  needOlder(registry, `history entry ${id}`);
  return null;
}

/** The newest history id recorded, loaded or archived (0 for none). */
export function newestId(registry: Registry): number {
  let max = registry.archive?.length ? registry.archive[registry.archive.length - 1].last_id : 0;
  for (const e of registry.history) if (e.id > max) max = e.id;
  return max;
}
