import { createHash } from 'node:crypto';
import path from 'node:path';
import { MregError, type Problem } from '../core/errors.js';
import { formatHistorySegment, formatRegistryJson, pointer } from '../core/json.js';
import { parseDocument } from '../core/schema.js';
import type { HistoryEntry, HistorySegment, Registry } from '../core/documents.js';
import { REGISTRY_DIR, REGISTRY_FILE } from './config.js';

/**
 * The archived history (registry/history/FIRST-LAST.json). registry.json keeps the recent
 * entries; whenever they reach 2 x SEGMENT_ENTRIES, the oldest SEGMENT_ENTRIES move into a new
 * file, listed in registry.json's `archive` with its sha256. A change then rewrites (and git
 * hashes) a registry.json of at most a few hundred kilobytes, however long the history, and an
 * archived file is rewritten only when one of its entries changes (a rollback marking a long-lived
 * deployment as rolled back). The sha256 in registry.json makes every archived file part of the
 * registry's state: a file edited behind registry.json's back is refused on read.
 */
export const SEGMENT_ENTRIES = 500;

export function segmentFile(first: number, last: number): string {
  return `history/${String(first).padStart(10, '0')}-${String(last).padStart(10, '0')}.json`;
}

/** The repository path of an archived file (its `file` is relative to registry/). */
export function segmentPath(segment: HistorySegment): string {
  return `${REGISTRY_DIR}/${segment.file}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

type SegmentDoc = { first_id: number; last_id: number; history: HistoryEntry[] };

/**
 * What an archived file's bytes and content disagree with in registry.json's listing of it
 * (sha256, id range, count, ids in order within the range). One list for the readers, which refuse
 * on the first, and for `mreg validate`, which reports them all. `doc` is absent when the text did
 * not parse.
 */
export function segmentProblems(
  text: string,
  doc: SegmentDoc | undefined,
  segment: HistorySegment,
  index: number,
): Problem[] {
  const file = segmentPath(segment);
  const at = `${REGISTRY_FILE}#${pointer('archive', index)}`;
  const problems: Problem[] = [];
  const sha = sha256Hex(text);
  if (sha !== segment.sha256) {
    problems.push({
      file: REGISTRY_FILE,
      pointer: `${pointer('archive', index)}/sha256`,
      message: `${file} has another sha256 (${sha}): the archived history was changed outside mreg; restore the file as the last commit that changed ${REGISTRY_FILE} wrote it (git log -- ${REGISTRY_FILE} names that commit)`,
    });
  }
  if (!doc) return problems;
  if (doc.first_id !== segment.first_id || doc.last_id !== segment.last_id)
    problems.push({
      file,
      pointer: '/first_id',
      message: `holds ids ${doc.first_id}-${doc.last_id}, but ${at} lists ${segment.first_id}-${segment.last_id}`,
    });
  if (doc.history.length !== segment.entries)
    problems.push({
      file,
      pointer: '/history',
      message: `holds ${doc.history.length} entries, but ${at}/entries says ${segment.entries}`,
    });
  let low = segment.first_id - 1;
  doc.history.forEach((e, k) => {
    if (e.id <= low || e.id > segment.last_id)
      problems.push({
        file,
        pointer: `/history/${k}/id`,
        message: `id ${e.id}: expected ids increasing within ${segment.first_id}-${segment.last_id}`,
      });
    low = Math.max(low, e.id);
  });
  return problems;
}

/** An archived file's entries; refused (INTEGRITY, naming file and pointer) on the first problem. */
export function parseSegment(text: string, segment: HistorySegment, index: number): HistoryEntry[] {
  const [bytes] = segmentProblems(text, undefined, segment, index);
  if (bytes) refuse(bytes);
  const doc = parseDocument<SegmentDoc>('history', text, segmentPath(segment));
  const [first] = segmentProblems(text, doc, segment, index);
  if (first) refuse(first);
  return doc.history;
}

/** registry.json's archive out of order (misnamed or overlapping files, recent entries not after them). */
export function archiveProblems(registry: Registry): Problem[] {
  const problems: Problem[] = [];
  let last = 0;
  (registry.archive ?? []).forEach((seg, k) => {
    const at = pointer('archive', k);
    const named = segmentFile(seg.first_id, seg.last_id);
    if (seg.file !== named)
      problems.push({
        file: REGISTRY_FILE,
        pointer: `${at}/file`,
        message: `expected ${named} for ids ${seg.first_id}-${seg.last_id}`,
      });
    if (seg.first_id <= last)
      problems.push({
        file: REGISTRY_FILE,
        pointer: `${at}/first_id`,
        message: `archived files must follow each other: ${seg.first_id} follows ${last}`,
      });
    if (seg.last_id < seg.first_id)
      problems.push({
        file: REGISTRY_FILE,
        pointer: `${at}/last_id`,
        message: `expected at least first_id ${seg.first_id}`,
      });
    last = Math.max(last, seg.last_id);
  });
  const first = registry.history[0];
  if (first && first.id <= last)
    problems.push({
      file: REGISTRY_FILE,
      pointer: '/history/0/id',
      message: `the recent history must follow the archived history (ids up to ${last}), found ${first.id}`,
    });
  return problems;
}

/** Refused on read: the first of archiveProblems. */
export function checkArchiveOrder(registry: Registry): void {
  const [first] = archiveProblems(registry);
  if (first) refuse({ ...first, message: `${first.message} (run mreg validate)` });
}

function refuse(p: Problem): never {
  throw new MregError('INTEGRITY', `${p.file}#${p.pointer}: ${p.message}`, { problems: [p] });
}

/**
 * Where the entry at `index` of a registry's in-memory history (a suffix: archived files loaded,
 * then the recent entries) is written: an archived file or registry.json, and its index there.
 */
export function historyPlace(registry: Registry, index: number): { file: string; index: number } {
  const archive = registry.archive ?? [];
  const first = registry.history[0];
  let pos = 0;
  if (first) {
    for (let k = archive.findIndex((s) => s.last_id >= first.id); k >= 0 && k < archive.length; k++) {
      if (index < pos + archive[k].entries) return { file: segmentPath(archive[k]), index: index - pos };
      pos += archive[k].entries;
    }
  }
  return { file: REGISTRY_FILE, index: index - pos };
}

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
export function registryFiles(next: Registry, loaded: ReadonlyMap<number, readonly HistoryEntry[]>): LayoutFile[] {
  const archive = [...(next.archive ?? [])];
  const files: LayoutFile[] = [];
  const lastArchived = archive.length ? archive[archive.length - 1].last_id : 0;
  let start = 0;
  // Archived entries in memory (a loaded suffix of the archive): rewrite the files whose entries changed.
  while (start < next.history.length && next.history[start].id <= lastArchived) start++;
  if (start > 0) {
    const firstIndex = archive.findIndex((s) => s.last_id >= next.history[0].id);
    let at = 0;
    for (let k = firstIndex; k >= 0 && k < archive.length && at < start; k++) {
      const seg = archive[k];
      const entries: HistoryEntry[] = [];
      while (at < start && next.history[at].id <= seg.last_id) entries.push(next.history[at++]);
      const was = loaded.get(k);
      if (!was) throw new MregError('INTERNAL', `${segmentPath(seg)} was not loaded, yet its entries are in memory`);
      if (entries.length === was.length && entries.every((e, i) => e === was[i])) continue;
      if (entries.length !== was.length)
        throw new MregError(
          'INTERNAL',
          `${segmentPath(seg)}: a change may edit archived entries, not add or drop them`,
        );
      const content = formatHistorySegment({
        schema_version: 1,
        first_id: seg.first_id,
        last_id: seg.last_id,
        history: entries,
      });
      archive[k] = { ...seg, sha256: sha256Hex(content) };
      files.push({ path: segmentPath(seg), content });
    }
  }
  // Seal: the oldest recent entries move to a new archived file while twice a file's worth remain.
  let recent = next.history.slice(start);
  while (recent.length >= 2 * SEGMENT_ENTRIES) {
    const part = recent.slice(0, SEGMENT_ENTRIES);
    recent = recent.slice(SEGMENT_ENTRIES);
    const first = part[0].id;
    const last = part[part.length - 1].id;
    const content = formatHistorySegment({ schema_version: 1, first_id: first, last_id: last, history: part });
    const seg: HistorySegment = {
      file: segmentFile(first, last),
      first_id: first,
      last_id: last,
      entries: part.length,
      sha256: sha256Hex(content),
    };
    archive.push(seg);
    files.push({ path: segmentPath(seg), content });
  }
  const value: Registry = { ...next, ...(archive.length ? { archive } : {}) };
  files.unshift({ path: REGISTRY_FILE, content: formatRegistryJson({ ...value, history: recent }), value });
  return files;
}

/** Where an archived file lives on disk. */
export function segmentAbsolute(root: string, segment: HistorySegment): string {
  return path.join(root, segmentPath(segment));
}
