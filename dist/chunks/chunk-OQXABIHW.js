import {
  formatArtifactId,
  storeMetadataKey
} from "./chunk-6XFSSTIM.js";
import {
  formatJson,
  pointer,
  withoutBom
} from "./chunk-VFSO6U6C.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/store/metadata-copy.ts
var MUTABLE = /* @__PURE__ */ new Set(["status", "blocked_reason"]);
function metadataDifferences(registered, copy) {
  let out = [], walk = (a, b, at) => {
    if (a !== null && b !== null && typeof a == "object" && typeof b == "object" && Array.isArray(a) === Array.isArray(b)) {
      let keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
      for (let k of [...keys].sort())
        at === "" && MUTABLE.has(k) || walk(a[k], b[k], `${at}${pointer(k)}`);
      return;
    }
    a !== b && out.push({ pointer: at, expected: a, found: b });
  };
  return walk(registered, copy, ""), out;
}
function describeDifferences(diffs, limit = 3) {
  let show = (v) => v === void 0 ? "(absent)" : JSON.stringify(v);
  return diffs.slice(0, limit).map((d) => `#${d.pointer} expected ${show(d.expected)}, found ${show(d.found)}`).join("; ") + (diffs.length > limit ? ` (and ${diffs.length - limit} more)` : "");
}
async function readMetadataCopy(store, meta) {
  let key = storeMetadataKey(meta);
  if (!await store.head(key)) return null;
  let text = (await store.getBytes(key)).toString("utf8"), value;
  try {
    value = JSON.parse(withoutBom(text));
  } catch {
    value = text.length > 80 ? `${text.slice(0, 80)}...` : text;
  }
  return { uri: store.uriFor(key), value };
}
async function writeMetadataCopy(store, meta) {
  let key = storeMetadataKey(meta), uri = store.uriFor(key), existing = await readMetadataCopy(store, meta);
  if (!existing)
    try {
      return await store.putBytes(key, formatJson(meta)), { uri, written: !0 };
    } catch (err) {
      if (!(err instanceof MregError && err.code === "EXISTS")) throw err;
    }
  let found = existing ?? await readMetadataCopy(store, meta), diffs = metadataDifferences(meta, found?.value);
  if (diffs.length)
    throw new MregError(
      "INTEGRITY",
      `${uri}: the metadata JSON in the store disagrees with the registered ${formatArtifactId(meta)}: ${describeDifferences(diffs)} (objects are written once; it was left by another publish of this version)`
    );
  return { uri, written: !1 };
}

export {
  metadataDifferences,
  describeDifferences,
  readMetadataCopy,
  writeMetadataCopy
};
