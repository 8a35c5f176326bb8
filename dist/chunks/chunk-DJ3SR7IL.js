import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  REGISTRY_DIR,
  REGISTRY_FILE,
  parseDocument
} from "./chunk-MEVB5DBL.js";
import {
  formatHistorySegment,
  formatRegistryJson,
  pointer
} from "./chunk-XXDYKEZD.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/core/history.ts
var OlderHistoryNeeded = class extends Error {
  constructor(why) {
    super(`the answer needs the archived history (${why})`);
    this.why = why;
  }
};
function historyComplete(registry) {
  let first = registry.archive?.[0];
  return !first || registry.history.length > 0 && registry.history[0].id <= first.first_id;
}
function needOlder(registry, why) {
  if (!historyComplete(registry)) throw new OlderHistoryNeeded(why);
}
function findEntry(registry, id) {
  let h = registry.history;
  for (let i = h.length - 1; i >= 0; i--) if (h[i].id === id) return h[i];
  return needOlder(registry, `history entry ${id}`), null;
}
function newestId(registry) {
  let max = registry.archive?.length ? registry.archive[registry.archive.length - 1].last_id : 0;
  for (let e of registry.history) e.id > max && (max = e.id);
  return max;
}

// src/state/history-files.ts
import { createHash } from "node:crypto";
import path from "node:path";
var SEGMENT_ENTRIES = 500;
function segmentFile(first, last) {
  return `history/${String(first).padStart(10, "0")}-${String(last).padStart(10, "0")}.json`;
}
function segmentPath(segment) {
  return `${REGISTRY_DIR}/${segment.file}`;
}
function sha256Hex(text) {
  return createHash("sha256").update(text).digest("hex");
}
function parseSegment(text, segment, index, proven) {
  let file = segmentPath(segment), at = `${REGISTRY_FILE}#${pointer("archive", index)}`;
  if (sha256Hex(text) !== segment.sha256)
    throw new MregError(
      "INTEGRITY",
      `${file} does not have the sha256 that ${at}/sha256 records: the archived history was changed outside mreg: restore the file as the last commit that changed ${REGISTRY_FILE} wrote it (git log -- ${REGISTRY_FILE} names that commit)`
    );
  let doc = proven ? JSON.parse(text) : parseDocument("history", text, file), h = doc.history, problem = (where, what) => new MregError("INTEGRITY", `${file}#${where}: ${what} (as ${at} records)`);
  if (doc.first_id !== segment.first_id || doc.last_id !== segment.last_id) throw problem("/first_id", `expected ids ${segment.first_id}-${segment.last_id}`);
  if (h.length !== segment.entries) throw problem("/history", `expected ${segment.entries} entries, found ${h.length}`);
  for (let k = 0; k < h.length; k++) {
    let low = k === 0 ? segment.first_id - 1 : h[k - 1].id;
    if (h[k].id <= low || h[k].id > segment.last_id) throw problem(`/history/${k}/id`, `expected ids increasing within ${segment.first_id}-${segment.last_id}`);
  }
  return h;
}
function checkArchiveOrder(registry) {
  let last = 0;
  if ((registry.archive ?? []).forEach((seg, k) => {
    if (seg.file !== segmentFile(seg.first_id, seg.last_id))
      throw new MregError(
        "INTEGRITY",
        `${REGISTRY_FILE}#${pointer("archive", k)}/file: expected ${segmentFile(seg.first_id, seg.last_id)} for ids ${seg.first_id}-${seg.last_id} (run mreg validate)`
      );
    if (seg.first_id <= last || seg.last_id < seg.first_id)
      throw new MregError(
        "INTEGRITY",
        `${REGISTRY_FILE}#${pointer("archive", k)}: ids ${seg.first_id}-${seg.last_id} do not follow ${last} (run mreg validate)`
      );
    last = seg.last_id;
  }), registry.history.length && registry.history[0].id <= last)
    throw new MregError(
      "INTEGRITY",
      `${REGISTRY_FILE}#/history/0/id: ${registry.history[0].id} does not follow the archived history (ids up to ${last}) (run mreg validate)`
    );
}
function historyPlace(registry, index) {
  let archive = registry.archive ?? [], first = registry.history[0], pos = 0;
  if (first)
    for (let k = archive.findIndex((s) => s.last_id >= first.id); k >= 0 && k < archive.length; k++) {
      if (index < pos + archive[k].entries) return { file: segmentPath(archive[k]), index: index - pos };
      pos += archive[k].entries;
    }
  return { file: REGISTRY_FILE, index: index - pos };
}
function registryFiles(next, loaded) {
  let archive = [...next.archive ?? []], files = [], lastArchived = archive.length ? archive[archive.length - 1].last_id : 0, start = 0;
  for (; start < next.history.length && next.history[start].id <= lastArchived; ) start++;
  if (start > 0) {
    let firstIndex = archive.findIndex((s) => s.last_id >= next.history[0].id), at = 0;
    for (let k = firstIndex; k >= 0 && k < archive.length && at < start; k++) {
      let seg = archive[k], entries = [];
      for (; at < start && next.history[at].id <= seg.last_id; ) entries.push(next.history[at++]);
      let was = loaded.get(k);
      if (!was) throw new MregError("INTERNAL", `${segmentPath(seg)} was not loaded, yet its entries are in memory`);
      if (entries.length === was.length && entries.every((e, i) => e === was[i])) continue;
      if (entries.length !== was.length) throw new MregError("INTERNAL", `${segmentPath(seg)}: a change may edit archived entries, not add or drop them`);
      let content = formatHistorySegment({ schema_version: 1, first_id: seg.first_id, last_id: seg.last_id, history: entries });
      archive[k] = { ...seg, sha256: sha256Hex(content) }, files.push({ path: segmentPath(seg), content });
    }
  }
  let recent = next.history.slice(start);
  for (; recent.length >= 2 * SEGMENT_ENTRIES; ) {
    let part = recent.slice(0, SEGMENT_ENTRIES);
    recent = recent.slice(SEGMENT_ENTRIES);
    let first = part[0].id, last = part[part.length - 1].id, content = formatHistorySegment({ schema_version: 1, first_id: first, last_id: last, history: part }), seg = { file: segmentFile(first, last), first_id: first, last_id: last, entries: part.length, sha256: sha256Hex(content) };
    archive.push(seg), files.push({ path: segmentPath(seg), content });
  }
  let value = { ...next, ...archive.length ? { archive } : {} };
  return files.unshift({ path: REGISTRY_FILE, content: formatRegistryJson({ ...value, history: recent }), value }), files;
}
function segmentAbsolute(root, segment) {
  return path.join(root, segmentPath(segment));
}

export {
  OlderHistoryNeeded,
  needOlder,
  findEntry,
  newestId,
  segmentFile,
  segmentPath,
  sha256Hex,
  parseSegment,
  checkArchiveOrder,
  historyPlace,
  registryFiles,
  segmentAbsolute
};
