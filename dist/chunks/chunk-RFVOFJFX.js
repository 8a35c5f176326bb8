import {
  REGISTRY_DIR,
  REGISTRY_FILE
} from "./chunk-GMYYM25C.js";
import {
  parseDocument
} from "./chunk-NJIZENZ6.js";
import {
  formatHistorySegment,
  formatRegistryJson,
  pointer
} from "./chunk-VFSO6U6C.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

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
function segmentProblems(text, doc, segment, index) {
  let file = segmentPath(segment), at = `${REGISTRY_FILE}#${pointer("archive", index)}`, problems = [], sha = sha256Hex(text);
  if (sha !== segment.sha256 && problems.push({
    file: REGISTRY_FILE,
    pointer: `${pointer("archive", index)}/sha256`,
    message: `${file} has another sha256 (${sha}): the archived history was changed outside mreg; restore the file as the last commit that changed ${REGISTRY_FILE} wrote it (git log -- ${REGISTRY_FILE} names that commit)`
  }), !doc) return problems;
  (doc.first_id !== segment.first_id || doc.last_id !== segment.last_id) && problems.push({
    file,
    pointer: "/first_id",
    message: `holds ids ${doc.first_id}-${doc.last_id}, but ${at} lists ${segment.first_id}-${segment.last_id}`
  }), doc.history.length !== segment.entries && problems.push({
    file,
    pointer: "/history",
    message: `holds ${doc.history.length} entries, but ${at}/entries says ${segment.entries}`
  });
  let low = segment.first_id - 1;
  return doc.history.forEach((e, k) => {
    (e.id <= low || e.id > segment.last_id) && problems.push({
      file,
      pointer: `/history/${k}/id`,
      message: `id ${e.id}: expected ids increasing within ${segment.first_id}-${segment.last_id}`
    }), low = Math.max(low, e.id);
  }), problems;
}
function parseSegment(text, segment, index) {
  let [bytes] = segmentProblems(text, void 0, segment, index);
  bytes && refuse(bytes);
  let doc = parseDocument("history", text, segmentPath(segment)), [first] = segmentProblems(text, doc, segment, index);
  return first && refuse(first), doc.history;
}
function archiveProblems(registry) {
  let problems = [], last = 0;
  (registry.archive ?? []).forEach((seg, k) => {
    let at = pointer("archive", k), named = segmentFile(seg.first_id, seg.last_id);
    seg.file !== named && problems.push({
      file: REGISTRY_FILE,
      pointer: `${at}/file`,
      message: `expected ${named} for ids ${seg.first_id}-${seg.last_id}`
    }), seg.first_id <= last && problems.push({
      file: REGISTRY_FILE,
      pointer: `${at}/first_id`,
      message: `archived files must follow each other: ${seg.first_id} follows ${last}`
    }), seg.last_id < seg.first_id && problems.push({
      file: REGISTRY_FILE,
      pointer: `${at}/last_id`,
      message: `expected at least first_id ${seg.first_id}`
    }), last = Math.max(last, seg.last_id);
  });
  let first = registry.history[0];
  return first && first.id <= last && problems.push({
    file: REGISTRY_FILE,
    pointer: "/history/0/id",
    message: `the recent history must follow the archived history (ids up to ${last}), found ${first.id}`
  }), problems;
}
function checkArchiveOrder(registry) {
  let [first] = archiveProblems(registry);
  first && refuse({ ...first, message: `${first.message} (run mreg validate)` });
}
function refuse(p) {
  throw new MregError("INTEGRITY", `${p.file}#${p.pointer}: ${p.message}`, { problems: [p] });
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
      if (entries.length !== was.length)
        throw new MregError(
          "INTERNAL",
          `${segmentPath(seg)}: a change may edit archived entries, not add or drop them`
        );
      let content = formatHistorySegment({
        schema_version: 1,
        first_id: seg.first_id,
        last_id: seg.last_id,
        history: entries
      });
      archive[k] = { ...seg, sha256: sha256Hex(content) }, files.push({ path: segmentPath(seg), content });
    }
  }
  let recent = next.history.slice(start);
  for (; recent.length >= 2 * SEGMENT_ENTRIES; ) {
    let part = recent.slice(0, SEGMENT_ENTRIES);
    recent = recent.slice(SEGMENT_ENTRIES);
    let first = part[0].id, last = part[part.length - 1].id, content = formatHistorySegment({ schema_version: 1, first_id: first, last_id: last, history: part }), seg = {
      file: segmentFile(first, last),
      first_id: first,
      last_id: last,
      entries: part.length,
      sha256: sha256Hex(content)
    };
    archive.push(seg), files.push({ path: segmentPath(seg), content });
  }
  let value = { ...next, ...archive.length ? { archive } : {} };
  return files.unshift({ path: REGISTRY_FILE, content: formatRegistryJson({ ...value, history: recent }), value }), files;
}
function segmentAbsolute(root, segment) {
  return path.join(root, segmentPath(segment));
}

export {
  segmentPath,
  segmentProblems,
  parseSegment,
  archiveProblems,
  checkArchiveOrder,
  historyPlace,
  registryFiles,
  segmentAbsolute
};
