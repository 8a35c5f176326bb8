import {
  OlderHistoryNeeded,
  checkArchiveOrder,
  parseSegment,
  segmentAbsolute,
  segmentPath
} from "./chunk-XKDK3TQA.js";
import {
  formatArtifactId,
  metadataPath
} from "./chunk-6XFSSTIM.js";
import {
  MODELS_DIR,
  REGISTRY_FILE,
  provenList,
  recordProven,
  registryDigest,
  stampOf
} from "./chunk-UV2GFVBV.js";
import {
  parseDocument,
  parseMetadata
} from "./chunk-MR7FSY5S.js";
import {
  withoutBom
} from "./chunk-64GSZUE7.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/state/read.ts
import { lstat, open, readFile, readdir, readlink } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
async function readRegistry(root, o = {}) {
  let head = await readRegistryFile(root), archive = head.registry.archive ?? [];
  if (!archive.length) return head;
  checkArchiveOrder(head.registry);
  let from = 0;
  if (o.recent) {
    let oldestLive = 1 / 0;
    for (let p of Object.values(head.registry.environments)) p && p.history_id < oldestLive && (oldestLive = p.history_id);
    from = archive.findIndex((s) => s.last_id >= oldestLive), from < 0 && (from = archive.length);
  }
  let key = `${from}`, hit = composed.get(head);
  if (hit?.key === key) return hit.state;
  let loaded = /* @__PURE__ */ new Map(), proven = provenList(root)?.entries ?? [], fresh = [];
  await Promise.all(archive.slice(from).map(async (seg, k) => loaded.set(from + k, await readSegment(root, seg, from + k, proven, fresh)))), fresh.length && recordProven(root, fresh);
  let older = [];
  for (let k = from; k < archive.length; k++) older.push(...loaded.get(k));
  let state = { registry: { ...head.registry, history: [...older, ...head.registry.history] }, text: head.text, loaded };
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
async function readSegment(root, segment, index, proven, fresh) {
  let file = segmentAbsolute(root, segment), link = await lstat(file).catch(() => null);
  if (!link) throw new MregError("INTEGRITY", `${segmentPath(segment)} is missing: ${REGISTRY_FILE}#/archive/${index} lists it (restore it from git)`);
  if (link.isSymbolicLink()) throw symlinkError(segmentPath(segment), await readlink(file).catch(() => "?"));
  let text = await readFile(file, "utf8"), hit = segmentMemo.get(file);
  if (hit && hit.text === text && hit.sha256 === segment.sha256 && hit.index === index) return hit.entries;
  let digest = registryDigest(text), known = proven.includes(digest), entries = parseSegment(text, segment, index, known);
  return known || fresh.push(digest), segmentMemo.set(file, { text, sha256: segment.sha256, index, entries }), entries;
}
var memo = /* @__PURE__ */ new Map();
async function readRegistryFile(root) {
  let file = path.join(root, REGISTRY_FILE), text, key, stamp;
  if ((await lstat(file).catch(() => null))?.isSymbolicLink()) throw symlinkError(REGISTRY_FILE, await readlink(file).catch(() => "?"));
  try {
    let fh = await open(file, "r");
    try {
      let st = await fh.stat({ bigint: !0 });
      key = stampOf(st);
      let hit = memo.get(file);
      if (hit && hit.key === key) return hit.state;
      text = await fh.readFile("utf8"), stamp = stampOf(await fh.stat({ bigint: !0 })) === key ? key : null;
    } finally {
      await fh.close();
    }
  } catch {
    throw new MregError("NOT_FOUND", `${REGISTRY_FILE} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  let proven = provenList(root), registry;
  if (stamp && proven?.entries.includes(`stamp ${stamp}`)) registry = JSON.parse(withoutBom(text));
  else {
    let digest = registryDigest(text);
    proven?.entries.includes(digest) ? registry = JSON.parse(withoutBom(text)) : registry = parseDocument("registry", text, REGISTRY_FILE, { hint: "validate the repository to see them all" }), recordProven(root, [digest, ...stamp ? [`stamp ${stamp}`] : []]);
  }
  let state = { registry, text, loaded: /* @__PURE__ */ new Map() };
  return memo.set(file, { key, state }), state;
}
function recordProvenRegistryFile(root) {
  let st = statSync(path.join(root, REGISTRY_FILE), { bigint: !0, throwIfNoEntry: !1 });
  st && recordProven(root, [`stamp ${stampOf(st)}`]);
}
function recordProvenTexts(root, texts) {
  texts.length && recordProven(root, texts.map(registryDigest));
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
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError,
  readArtifact,
  quantizationsOf,
  withArtifacts
};
