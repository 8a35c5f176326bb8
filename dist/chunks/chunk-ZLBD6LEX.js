import {
  checkArchiveOrder,
  parseSegment,
  segmentAbsolute,
  segmentPath
} from "./chunk-RFVOFJFX.js";
import {
  OlderHistoryNeeded
} from "./chunk-XTZAVCCL.js";
import {
  formatArtifactId,
  metadataPath
} from "./chunk-6XFSSTIM.js";
import {
  MODELS_DIR,
  REGISTRY_FILE
} from "./chunk-GMYYM25C.js";
import {
  parseDocument,
  parseMetadata
} from "./chunk-NJIZENZ6.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/state/read.ts
import { lstat, open, readFile, readdir, readlink } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
async function readRegistry(root, o = {}) {
  let head = await readRegistryFile(root), archive = head.registry.archive ?? [];
  if (!archive.length) return head;
  checkArchiveOrder(head.registry);
  let from = 0;
  if (o.recent) {
    let oldestLive = 1 / 0;
    for (let p of Object.values(head.registry.environments))
      p && p.history_id < oldestLive && (oldestLive = p.history_id);
    from = archive.findIndex((s) => s.last_id >= oldestLive), from < 0 && (from = archive.length);
  }
  let key = `${from}`, hit = composed.get(head);
  if (hit?.key === key) return hit.state;
  let loaded = /* @__PURE__ */ new Map();
  await Promise.all(
    archive.slice(from).map(async (seg, k) => loaded.set(from + k, await readSegment(root, seg, from + k)))
  );
  let older = [];
  for (let k = from; k < archive.length; k++) older.push(...loaded.get(k));
  let state = {
    registry: { ...head.registry, history: [...older, ...head.registry.history] },
    text: head.text,
    loaded
  };
  return composed.set(head, { key, state }), state;
}
var composed = /* @__PURE__ */ new WeakMap();
async function withHistory(root, state, fn) {
  try {
    return await fn(state);
  } catch (err) {
    if (!(err instanceof OlderHistoryNeeded)) throw err;
    return fn(await readRegistry(root));
  }
}
var segmentMemo = /* @__PURE__ */ new Map();
async function readSegment(root, segment, index) {
  let file = segmentAbsolute(root, segment), link = await lstat(file).catch(() => null);
  if (!link)
    throw new MregError(
      "INTEGRITY",
      `${segmentPath(segment)} is missing: ${REGISTRY_FILE}#/archive/${index} lists it (restore it from git)`
    );
  if (link.isSymbolicLink()) throw symlinkError(segmentPath(segment), await readlink(file).catch(() => "?"));
  let text = await readFile(file, "utf8"), hit = segmentMemo.get(file);
  if (hit && hit.text === text && hit.sha256 === segment.sha256 && hit.index === index) return hit.entries;
  let entries = parseSegment(text, segment, index);
  return segmentMemo.set(file, { text, sha256: segment.sha256, index, entries }), entries;
}
var memo = /* @__PURE__ */ new Map();
function stampOf(st) {
  return `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}
async function readRegistryFile(root) {
  let file = path.join(root, REGISTRY_FILE), text, key;
  if ((await lstat(file).catch(() => null))?.isSymbolicLink()) throw symlinkError(REGISTRY_FILE, await readlink(file).catch(() => "?"));
  try {
    let fh = await open(file, "r");
    try {
      let st = await fh.stat({ bigint: !0 });
      key = stampOf(st);
      let hit = memo.get(file);
      if (hit && hit.key === key) return hit.state;
      text = await fh.readFile("utf8"), stampOf(await fh.stat({ bigint: !0 })) !== key && (key = "");
    } finally {
      await fh.close();
    }
  } catch {
    throw new MregError("NOT_FOUND", `${REGISTRY_FILE} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  let state = { registry: parseDocument("registry", text, REGISTRY_FILE, {
    hint: "validate the repository to see them all"
  }), text, loaded: /* @__PURE__ */ new Map() };
  return key && memo.set(file, { key, state }), state;
}
function symlinkError(file, target) {
  return new MregError(
    "PRECONDITION",
    `${file} is a symbolic link (to ${target}); mreg reads and writes the registry's files themselves: replace the link by the file it points to and commit that (nothing was changed)`
  );
}
async function readArtifact(root, ref) {
  let file = metadataPath(ref), text;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch {
    return;
  }
  return parseMetadata(text, file);
}
async function quantizationsOf(root, model, version) {
  let dir = path.join(root, MODELS_DIR, model), names = await readdir(dir).catch(() => []), prefix = `${model}-v${version}-`;
  return names.filter((n) => n.startsWith(prefix) && n.endsWith(".json")).map((n) => n.slice(prefix.length, -5));
}
async function withArtifacts(root, fn) {
  let cache = /* @__PURE__ */ new Map();
  return fn((ref) => {
    let id = formatArtifactId(ref);
    return cache.has(id) || cache.set(id, readArtifactSync(root, ref)), cache.get(id);
  });
}
function readArtifactSync(root, ref) {
  let file = metadataPath(ref), text;
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    return;
  }
  return parseMetadata(text, file);
}

export {
  readRegistry,
  withHistory,
  symlinkError,
  readArtifact,
  quantizationsOf,
  withArtifacts
};
