import {
  storeOf
} from "./chunk-SFJKREPF.js";
import {
  baseArchitecture,
  registerArtifact
} from "./chunk-IYJDDIKT.js";
import {
  checkGgufFile,
  hasGgufMagic,
  readMagic
} from "./chunk-ZHWFVG5Q.js";
import {
  requireConfiguredStore
} from "./chunk-NZM3GUM3.js";
import {
  metadataDifferences,
  readMetadataCopy
} from "./chunk-OQXABIHW.js";
import {
  artifactFiles,
  locateObject,
  openStore
} from "./chunk-CCCON3DT.js";
import {
  syncWithRemote
} from "./chunk-YXUU4W6Y.js";
import {
  allMetadata
} from "./chunk-7N75Y2IP.js";
import {
  quantizationsOf,
  readArtifact
} from "./chunk-ZLBD6LEX.js";
import {
  checkRef,
  checkVersion,
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  storeFileKey,
  storeMetadataKey,
  storePrefix
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/publish.ts
import { stat } from "node:fs/promises";
import path from "node:path";
async function publishArtifact(ctx, o) {
  requireConfiguredStore(ctx);
  let { ref, kind, parentVersion } = checkPublishOptions(o), id = formatArtifactId(ref);
  await syncWithRemote(ctx), await refuseUnregistrable(ctx, ref, parentVersion);
  let { base, baseArch } = await resolveBase(ctx, o.base), planned = await planFiles(o.files, ref, kind);
  for (let p of planned) await checkPlannedFile(p.local, ref.quantization, kind, p === planned[0], baseArch);
  let store = openStore(ctx.storeUri, { ...ctx.config, baseDir: ctx.root }), metaKey = storeMetadataKey(ref);
  await refuseExistingObjects(store, [...planned.map((p) => p.key), metaKey], id);
  let { uploaded, mainEtag } = await uploadFiles(ctx, store, planned, o.onProgress), metadata = {
    model: ref.model,
    version: ref.version,
    base_model: o.baseModel ?? ref.model,
    quantization: ref.quantization,
    benchmark_score: o.benchmarkScore ?? null,
    created_at: o.createdAt ?? ctx.now(),
    parent_version: parentVersion,
    kind,
    status: "active",
    artifact: uploaded[0],
    ...uploaded.length > 1 ? { files: uploaded } : {},
    ...base ? { base } : {},
    ...o.description ? { description: o.description } : {}
  }, out = await registerArtifact(ctx, metadata, { etag: mainEtag });
  return {
    id,
    metadata,
    metadataUri: out.result.metadataUri ?? store.uriFor(metaKey),
    path: out.result.path,
    commit: out.commit,
    pushed: out.pushed,
    pushNote: out.pushNote,
    attempts: out.attempts
  };
}
async function refuseUnregistrable(ctx, ref, parentVersion) {
  let existing = await readArtifact(ctx.root, ref);
  if (existing)
    throw new MregError(
      "EXISTS",
      `${formatArtifactId(ref)} is already registered (${metadataPath(ref)}, ${existing.artifact.uri}); versions are immutable, publish a new version instead`
    );
  if (parentVersion && !(await quantizationsOf(ctx.root, ref.model, parentVersion)).length)
    throw new MregError(
      "NOT_FOUND",
      `parent version ${parentVersion} of ${ref.model} is not registered; publish it first (nothing was uploaded)`
    );
}
async function resolveBase(ctx, baseId) {
  if (!baseId) return { base: void 0, baseArch: void 0 };
  let baseRef = parseArtifactId(baseId), baseMeta = await readArtifact(ctx.root, baseRef);
  if (!baseMeta)
    throw new MregError(
      "NOT_FOUND",
      `base artifact ${baseId} is not registered (no ${metadataPath(baseRef)}); publish it first`
    );
  if (baseMeta.kind === "lora")
    throw new MregError(
      "USAGE",
      `base artifact ${baseId} is itself a LoRA adapter; a base must be a gguf or full model`
    );
  return {
    base: { id: formatArtifactId(baseRef), sha256: baseMeta.artifact.sha256 },
    baseArch: await baseArchitecture(ctx, baseMeta)
  };
}
async function refuseExistingObjects(store, keys, id) {
  for (let key of keys)
    if (await store.head(key))
      throw new MregError(
        "EXISTS",
        `refusing to overwrite ${store.uriFor(key)}: the object already exists, but ${id} is not registered; if an earlier publish uploaded it and failed to register, register the object with "mreg register --uri ${store.uriFor(key)}" (and its --sha256, --size), otherwise publish a new version`
      );
}
function checkPublishOptions(o) {
  let ref = checkRef({ model: o.model, version: o.version, quantization: o.quantization }), kind = o.kind ?? "gguf";
  if (!["gguf", "lora", "full"].includes(kind))
    throw new MregError("USAGE", `an artifact's kind is gguf, lora or full, not ${JSON.stringify(kind)}`);
  if (o.files.length === 0) throw new MregError("USAGE", "publish needs at least one FILE");
  if (kind !== "full" && o.files.length > 1)
    throw new MregError(
      "USAGE",
      `a ${kind} artifact is one file; got ${o.files.length} (several files make a full fine-tune, kind full)`
    );
  if (kind === "lora" && !o.base)
    throw new MregError(
      "USAGE",
      "a LoRA adapter needs its base: the id of the artifact it applies to (pinned by sha256)"
    );
  if (kind !== "lora" && o.base)
    throw new MregError("USAGE", `only a LoRA adapter has a base artifact (this one is kind ${kind})`);
  return { ref, kind, parentVersion: o.parentVersion ? checkVersion(o.parentVersion) : null };
}
async function uploadFiles(ctx, store, planned, onProgress) {
  let uploaded = [], mainEtag;
  for (let p of planned) {
    let put = await store.putFile(p.key, p.local, {
      onProgress: (done, total) => onProgress?.(path.basename(p.local), done, total || p.size)
    });
    if (put.size !== p.size)
      throw new MregError(
        "STORE",
        `${p.local} changed while it was uploaded (${p.size} bytes before, ${put.size} sent)`
      );
    uploaded.push({ uri: put.uri, sha256: put.sha256, size: put.size }), p === planned[0] && (mainEtag = put.etag), ctx.logger.info(`uploaded ${p.local} -> ${put.uri} (sha256 ${put.sha256})`);
  }
  return { uploaded, mainEtag };
}
async function planFiles(files, ref, kind) {
  let out = [], seen = /* @__PURE__ */ new Set();
  for (let f of files) {
    let local = path.resolve(f), s = await stat(local).catch(() => null);
    if (!s || !s.isFile()) throw new MregError("NOT_FOUND", `${f}: no such file`);
    let name = path.basename(local), key;
    if (kind === "full") {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new MregError(
          "USAGE",
          `file name ${JSON.stringify(name)} cannot be a store key (expected [A-Za-z0-9][A-Za-z0-9._-]*)`
        );
      if (key = `${storePrefix(ref)}${name}`, key === storeMetadataKey(ref))
        throw new MregError("USAGE", `file name ${name} would collide with the metadata JSON`);
    } else {
      let ext = /\.([a-z0-9]{1,16})$/i.exec(name)?.[1]?.toLowerCase() ?? "bin";
      if (ext === "json") throw new MregError("USAGE", `${f}: a .json artifact would collide with the metadata JSON`);
      key = storeFileKey(ref, ext);
    }
    if (seen.has(key)) throw new MregError("USAGE", `two files map to the same store key ${key}`);
    seen.add(key), out.push({ local, key, size: s.size });
  }
  return out;
}
async function checkPlannedFile(file, quantization, kind, main, base) {
  if (kind === "gguf" || kind === "lora" || main)
    return checkGgufFile(file, quantization, { requireFileType: kind !== "lora", kind, base });
  if (file.toLowerCase().endsWith(".gguf") || hasGgufMagic(await readMagic(file)))
    return checkGgufHeader(file, quantization, !1);
}
async function checkGgufHeader(file, quantization, requireFileType) {
  await checkGgufFile(file, quantization, { requireFileType });
}

// src/ops/verify-store.ts
import { createHash } from "node:crypto";
async function verifyStore(ctx, o = {}) {
  let configured = storeOf(ctx), metas = await allMetadata(ctx.root), problems = [], files = 0;
  for (let meta of metas) {
    let id = formatArtifactId(meta);
    for (let f of artifactFiles(meta)) {
      files++, o.onFile?.(id, f.uri);
      try {
        let { store, key } = locateObject(f.uri, configured, { ...ctx.config, baseDir: ctx.root, confine: !0 }), info = await store.head(key);
        if (!info) {
          problems.push({ id, uri: f.uri, problem: "missing", detail: `${f.uri} does not exist` });
          continue;
        }
        if (info.size !== f.size) {
          problems.push({
            id,
            uri: f.uri,
            problem: "size",
            detail: `${f.uri} is ${info.size} bytes, the registry records ${f.size}`
          });
          continue;
        }
        if (o.deep) {
          let hash = createHash("sha256");
          if (f.size > 0)
            for await (let chunk of await store.getRange(key, 0, f.size - 1)) hash.update(chunk);
          let got = hash.digest("hex");
          got !== f.sha256 && problems.push({
            id,
            uri: f.uri,
            problem: "sha256",
            detail: `${f.uri} has sha256 ${got}, the registry records ${f.sha256}`
          });
        }
      } catch (err) {
        problems.push({ id, uri: f.uri, problem: "error", detail: err instanceof Error ? err.message : String(err) });
      }
    }
    o.deep && problems.push(...await metadataCopyProblems(configured, meta, id));
  }
  return { ok: problems.length === 0, deep: !!o.deep, artifacts: metas.length, files, problems };
}
async function metadataCopyProblems(store, meta, id) {
  let registered = metadataPath(meta), uri = store.uriFor(storeMetadataKey(meta));
  try {
    let copy = await readMetadataCopy(store, meta);
    return copy ? metadataDifferences(meta, copy.value).map((d) => ({
      id,
      uri,
      problem: "metadata",
      detail: `${uri}#${d.pointer}: expected ${show(d.expected)} (as ${registered}), found ${show(d.found)}`,
      field: d.pointer,
      expected: d.expected,
      found: d.found
    })) : [
      {
        id,
        uri,
        problem: "metadata",
        detail: `${uri} does not exist (the metadata JSON beside the artifact); "mreg register --file ${registered}" writes it`
      }
    ];
  } catch (err) {
    return [{ id, uri, problem: "error", detail: err instanceof Error ? err.message : String(err) }];
  }
}
var show = (v) => v === void 0 ? "(absent)" : JSON.stringify(v);

export {
  publishArtifact,
  verifyStore
};
