import {
  checkGgufHeaderBytes,
  ggufFactsFromBytes
} from "./chunk-ZHWFVG5Q.js";
import {
  requireConfiguredStore
} from "./chunk-NZM3GUM3.js";
import {
  metadataDifferences,
  writeMetadataCopy
} from "./chunk-OQXABIHW.js";
import {
  assertArtifactPresent,
  locateObject,
  openStore
} from "./chunk-CCCON3DT.js";
import {
  commitChange
} from "./chunk-YXUU4W6Y.js";
import {
  quantizationsOf,
  readArtifact
} from "./chunk-ZLBD6LEX.js";
import {
  basePinProblem
} from "./chunk-S2HYHD6V.js";
import {
  checkRef,
  formatArtifactId,
  metadataPath,
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MODELS_DIR
} from "./chunk-GMYYM25C.js";
import {
  checkDocument
} from "./chunk-NJIZENZ6.js";
import {
  formatJson
} from "./chunk-VFSO6U6C.js";
import {
  headSha
} from "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/register.ts
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

// src/ops/adapter-base.ts
var HEADER_READS = [1024 * 1024, 32 * 1024 * 1024];
async function readPrefix(store, key, n) {
  if (n <= 0) return Buffer.alloc(0);
  let chunks = [];
  for await (let c of await store.getRange(key, 0, n - 1)) chunks.push(c);
  return Buffer.concat(chunks);
}
async function baseArchitecture(ctx, base) {
  let id = formatArtifactId(base), opts = { ...ctx.config, baseDir: ctx.root }, { store, key } = locateObject(base.artifact.uri, openStore(ctx.storeUri, opts), opts);
  for (let [i, n] of HEADER_READS.entries()) {
    let bytes = await readPrefix(store, key, Math.min(n, base.artifact.size)).catch((err) => {
      throw new MregError(
        "NOT_FOUND",
        `base artifact ${id}: cannot read ${base.artifact.uri} to check the adapter's architecture against it: ${err.message}`,
        {
          cause: err
        }
      );
    });
    try {
      let facts = await ggufFactsFromBytes(bytes, `base artifact ${id} (${base.artifact.uri})`);
      if (!facts.architecture)
        throw new MregError(
          "GGUF",
          `base artifact ${id} (${base.artifact.uri}): general.architecture is missing from the GGUF header`
        );
      return { id, architecture: facts.architecture };
    } catch (err) {
      if (!(err instanceof MregError && /read more of the file/.test(err.message)) || i === HEADER_READS.length - 1 || bytes.length >= base.artifact.size) throw err;
    }
  }
  throw new MregError("GGUF", `base artifact ${id}: no GGUF header found`);
}

// src/ops/register.ts
async function registerArtifact(ctx, meta, o = {}) {
  requireConfiguredStore(ctx), checkRef(meta);
  let file = metadataPath(meta);
  checkDocument("metadata", meta, file);
  let id = formatArtifactId(meta), locate = () => {
    let storeOptions = { ...ctx.config, baseDir: ctx.root }, configured = openStore(ctx.storeUri, storeOptions), { store: store2, key: key2 } = locateObject(meta.artifact.uri, configured, storeOptions);
    return { store: store2, key: key2, copyStore: store2 === configured ? configured : null };
  }, registered = await readArtifact(ctx.root, meta);
  if (registered && sameClaims(registered, meta)) return alreadyRegistered(ctx, registered, file, locate().copyStore);
  await refuseExisting(ctx, meta, file, id);
  let early = await parentProblem(ctx, meta, file) ?? await uriProblem(ctx, meta, file);
  if (early) throw early;
  let { store, key, copyStore } = locate(), checked = await checkStoredBytes(ctx, meta, file, store, key);
  if (o.etag && checked.etag && checked.etag !== o.etag)
    throw new MregError(
      "INTEGRITY",
      `${meta.artifact.uri} was replaced after this upload (etag ${o.etag}, now ${checked.etag}): another publish of ${id} is writing the same object; nothing was registered`
    );
  let out;
  try {
    out = await commitChange(ctx, () => registration(ctx, meta, file, id));
  } catch (err) {
    throw o.etag && err instanceof MregError && err.code === "EXISTS" && (await store.head(key).catch(() => null))?.etag === o.etag ? new MregError(
      "INTEGRITY",
      `${err.message}; and this publish's upload replaced that version's object ${meta.artifact.uri} (the store ignored the write-once condition): it now holds sha256 ${meta.artifact.sha256}, not the registered bytes; mreg verify-store --deep reports it`,
      { cause: err }
    ) : err;
  }
  if (copyStore) {
    let now = await store.head(key);
    if (!now || now.size !== meta.artifact.size || checked.etag && now.etag && now.etag !== checked.etag)
      throw new MregError(
        "INTEGRITY",
        `registered ${id} (commit ${out.commit.slice(0, 12)}${out.pushed ? ", pushed" : ""}), but ${meta.artifact.uri} changed after it was checked (${now ? `etag ${checked.etag ?? "?"} -> ${now.etag ?? "?"}, ${now.size} bytes` : "it is gone"}): another upload replaced it; its metadata JSON was not written to the store; run mreg verify-store --deep`
      );
    out.result.metadataUri = (await writeCopy(copyStore, meta, file, out)).uri;
  }
  return out;
}
async function alreadyRegistered(ctx, registered, file, copyStore) {
  let id = formatArtifactId(registered), copy = copyStore ? await writeCopy(copyStore, registered, file, null) : null, head = await headSha(ctx.repo) ?? "";
  return {
    result: { id, path: file, metadata: registered, metadataUri: copy?.uri ?? null, alreadyRegistered: !0 },
    commit: head,
    pushed: !1,
    pushNote: `${id} was already registered with these claims: nothing to commit${copy?.written ? "; wrote its metadata JSON to the store" : ""}`,
    attempts: 0
  };
}
async function registration(ctx, meta, file, id) {
  await refuseExisting(ctx, meta, file, id);
  let parent = await parentProblem(ctx, meta, file);
  if (parent) throw parent;
  if (meta.base) {
    let pin = basePinProblem(meta, await readArtifact(ctx.root, parseArtifactId(meta.base.id)));
    if (pin)
      throw new MregError(
        pin.pointer === "/base/id" ? "NOT_FOUND" : "INTEGRITY",
        `${file}#${pin.pointer}: ${pin.message}`
      );
  }
  return {
    files: [{ path: file, content: formatJson(meta) }],
    subject: `register: ${meta.model} ${meta.version} (${meta.quantization})`,
    body: null,
    trailers: {
      "Mreg-Action": "register",
      "Mreg-Model": meta.model,
      "Mreg-Version": meta.version,
      "Mreg-Quantization": meta.quantization,
      "Mreg-Sha256": meta.artifact.sha256,
      "Mreg-Actor": ctx.actor
    },
    result: { id, path: file, metadata: meta, metadataUri: null, alreadyRegistered: !1 }
  };
}
function sameClaims(registered, meta) {
  return metadataDifferences(registered, meta).every((d) => d.pointer === "/created_at");
}
async function writeCopy(store, meta, file, out) {
  try {
    return await writeMetadataCopy(store, meta);
  } catch (err) {
    if (!(err instanceof MregError)) throw err;
    let landed = out ? `registered ${formatArtifactId(meta)} (commit ${out.commit.slice(0, 12)}${out.pushed ? ", pushed" : ""}), but ` : "", retry = err.code === "INTEGRITY" ? "" : `; run "mreg register --file ${file}" to write it`;
    throw new MregError(err.code, `${landed}${err.message}${retry}`, { cause: err });
  }
}
var HEADER_READS2 = [1024 * 1024, 32 * 1024 * 1024];
async function checkStoredBytes(ctx, meta, file, store, key) {
  let info;
  try {
    if (await assertArtifactPresent(store, meta, { ...ctx.config, baseDir: ctx.root }), info = await store.head(key), !info) throw new MregError("NOT_FOUND", `${meta.artifact.uri} does not exist`);
  } catch (err) {
    throw err instanceof MregError ? new MregError(err.code, `${file}: ${err.message}; nothing was registered`, { cause: err }) : err;
  }
  let baseMeta = meta.base ? await readArtifact(ctx.root, parseArtifactId(meta.base.id)) : null, base = baseMeta ? await baseArchitecture(ctx, baseMeta) : void 0;
  for (let [i, n] of HEADER_READS2.entries()) {
    let bytes = await readPrefix2(store, key, Math.min(n, meta.artifact.size));
    try {
      return await checkGgufHeaderBytes(bytes, meta.quantization, {
        file: `${meta.artifact.uri} (${file})`,
        requireFileType: meta.kind !== "lora",
        kind: meta.kind ?? "gguf",
        base
      }), info;
    } catch (err) {
      if (!(err instanceof MregError && /read more of the file/.test(err.message)) || i === HEADER_READS2.length - 1 || bytes.length >= meta.artifact.size) throw err;
    }
  }
  return info;
}
async function readPrefix2(store, key, n) {
  if (n <= 0) return Buffer.alloc(0);
  let chunks = [];
  for await (let c of await store.getRange(key, 0, n - 1)) chunks.push(c);
  return Buffer.concat(chunks);
}
async function parentProblem(ctx, meta, file) {
  return !meta.parent_version || (await quantizationsOf(ctx.root, meta.model, meta.parent_version)).length ? null : new MregError(
    "NOT_FOUND",
    `${file}#/parent_version: parent version ${meta.parent_version} of ${meta.model} is not registered`
  );
}
async function uriProblem(ctx, meta, file) {
  let mine = /* @__PURE__ */ new Set([meta.artifact.uri, ...(meta.files ?? []).map((f) => f.uri)]), dir = path.join(ctx.root, MODELS_DIR);
  for (let model of await readdir(dir).catch(() => [])) {
    let names = (await readdir(path.join(dir, model)).catch(() => [])).filter((n) => n.endsWith(".json")), texts = await Promise.all(names.map((n) => readFile(path.join(dir, model, n), "utf8").catch(() => "")));
    for (let [i, text] of texts.entries()) {
      let other = null;
      try {
        other = JSON.parse(text);
      } catch {
        continue;
      }
      let shared = [other?.artifact?.uri, ...(other?.files ?? []).map((f) => f?.uri)].find((u) => u !== void 0 && mine.has(u));
      if (shared)
        return new MregError(
          "EXISTS",
          `${file}#/artifact/uri: ${shared} is already the artifact of ${names[i].slice(0, -5)}; every version has objects of its own`
        );
    }
  }
  return null;
}
async function refuseExisting(ctx, meta, file, id) {
  let existing = await readArtifact(ctx.root, meta);
  if (existing)
    throw new MregError(
      "EXISTS",
      `${id} is already registered (${file}, sha256 ${existing.artifact.sha256}); versions are immutable, publish a new version instead`
    );
}

export {
  baseArchitecture,
  registerArtifact
};
