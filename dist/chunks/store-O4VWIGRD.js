import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  fetchById,
  storeOf
} from "./chunk-3UQO3K74.js";
import {
  artifactFiles,
  createProgress,
  locateObject,
  openStore
} from "./chunk-NEX3MQQP.js";
import {
  registerArtifact
} from "./chunk-3M3NBPG5.js";
import {
  commitLine,
  contextOptions,
  pushOptions,
  storeOption
} from "./chunk-7EE4LZUQ.js";
import {
  bool,
  num,
  reqStr,
  str
} from "./chunk-VTGJPWXF.js";
import "./chunk-QJ4X7CBB.js";
import {
  readGgufHeader
} from "./chunk-TYZGMV7R.js";
import {
  normalizeQuantization
} from "./chunk-DEDCY25I.js";
import {
  openContext
} from "./chunk-OAESQA3D.js";
import "./chunk-WHKQJB7S.js";
import "./chunk-VON5DLUV.js";
import "./chunk-Y52MQDP2.js";
import {
  readArtifact
} from "./chunk-ASPIYCKD.js";
import {
  checkRef,
  checkVersion,
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  storeFileKey,
  storeMetadataKey,
  storePrefix
} from "./chunk-TNIQPWLS.js";
import {
  MODELS_DIR,
  parseMetadata
} from "./chunk-6I3EGILK.js";
import {
  formatJson
} from "./chunk-XVE2BRLB.js";
import {
  MregError,
  usage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/store.ts
import path3 from "node:path";

// src/ops/publish.ts
import { stat } from "node:fs/promises";
import path from "node:path";
async function publishArtifact(ctx, o) {
  let ref = checkRef({ model: o.model, version: o.version, quantization: o.quantization }), id = formatArtifactId(ref), kind = o.kind ?? "gguf";
  if (!["gguf", "lora", "full"].includes(kind)) throw new MregError("USAGE", `--kind expects gguf, lora or full, got ${JSON.stringify(kind)}`);
  if (o.files.length === 0) throw new MregError("USAGE", "publish needs at least one FILE");
  if (kind !== "full" && o.files.length > 1) throw new MregError("USAGE", `a ${kind} artifact is one file; got ${o.files.length} (use --kind full for several files)`);
  if (kind === "lora" && !o.base) throw new MregError("USAGE", "a LoRA adapter needs --base ID (the artifact it applies to, pinned by sha256)");
  if (kind !== "lora" && o.base) throw new MregError("USAGE", `--base only applies to --kind lora (got --kind ${kind})`);
  let parentVersion = o.parentVersion ? checkVersion(o.parentVersion) : null, existing = await readArtifact(ctx.root, ref);
  if (existing) throw new MregError("EXISTS", `${id} is already registered (${metadataPath(ref)}, ${existing.artifact.uri}); versions are immutable, publish a new version instead`);
  let base;
  if (o.base) {
    let baseRef = parseArtifactId(o.base), baseMeta = await readArtifact(ctx.root, baseRef);
    if (!baseMeta) throw new MregError("NOT_FOUND", `base artifact ${o.base} is not registered (no ${metadataPath(baseRef)}); publish it first`);
    if (baseMeta.kind === "lora") throw new MregError("USAGE", `base artifact ${o.base} is itself a LoRA adapter; a base must be a gguf or full model`);
    base = { id: formatArtifactId(baseRef), sha256: baseMeta.artifact.sha256 };
  }
  let planned = await planFiles(o.files, ref, kind);
  for (let p of planned)
    p.local.endsWith(".gguf") && await checkGgufHeader(p.local, ref.quantization, kind === "gguf" || kind === "full" && p === planned[0]);
  let store = openStore(ctx.storeUri, { ...ctx.config, baseDir: ctx.root }), metaKey = storeMetadataKey(ref);
  for (let key of [...planned.map((p) => p.key), metaKey])
    if (await store.head(key))
      throw new MregError(
        "EXISTS",
        `refusing to overwrite ${store.uriFor(key)}: the object already exists, but ${id} is not registered; if an earlier publish uploaded it and failed to register, register that metadata (${store.uriFor(metaKey)}) with "mreg register --file", otherwise publish a new version`
      );
  let uploaded = [];
  for (let p of planned) {
    let put = await store.putFile(p.key, p.local, { onProgress: (done, total) => o.onProgress?.(path.basename(p.local), done, total || p.size) });
    if (put.size !== p.size) throw new MregError("STORE", `${p.local} changed while it was uploaded (${p.size} bytes before, ${put.size} sent)`);
    uploaded.push({ uri: put.uri, sha256: put.sha256, size: put.size }), ctx.logger.info(`uploaded ${p.local} -> ${put.uri} (sha256 ${put.sha256})`);
  }
  let metadata = {
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
  }, metaPut = await uploadMetadata(store, metaKey, metadata), out = await registerArtifact(ctx, metadata);
  return { id, metadata, metadataUri: metaPut, path: out.result.path, commit: out.commit, pushed: out.pushed, pushNote: out.pushNote, attempts: out.attempts };
}
async function uploadMetadata(store, key, metadata) {
  return (await store.putBytes(key, formatJson(metadata))).uri;
}
async function planFiles(files, ref, kind) {
  let out = [], seen = /* @__PURE__ */ new Set();
  for (let f of files) {
    let local = path.resolve(f), s = await stat(local).catch(() => null);
    if (!s || !s.isFile()) throw new MregError("NOT_FOUND", `${f}: no such file`);
    let name = path.basename(local), key;
    if (kind === "full") {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new MregError("USAGE", `file name ${JSON.stringify(name)} cannot be a store key (expected [A-Za-z0-9][A-Za-z0-9._-]*)`);
      if (key = `${storePrefix(ref)}${name}`, key === storeMetadataKey(ref)) throw new MregError("USAGE", `file name ${name} would collide with the metadata JSON`);
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
async function checkGgufHeader(file, quantization, requireFileType) {
  let h = await readGgufHeader(file);
  if (!h.architecture) throw new MregError("GGUF", `${file}: general.architecture is missing from the GGUF header`);
  if (h.fileType === void 0) {
    if (requireFileType) throw new MregError("GGUF", `${file}: general.file_type is missing from the GGUF header, so --quantization ${quantization} cannot be checked`);
    return;
  }
  let want = normalizeQuantization(quantization);
  if (h.quantization === void 0)
    throw new MregError("GGUF", `${file}: general.file_type ${h.fileType} is not a known quantization; --quantization ${quantization} cannot be checked`);
  if (h.quantization !== want)
    throw new MregError("GGUF", `${file}: --quantization ${quantization} does not match the GGUF header (general.file_type ${h.fileType} = ${h.quantization})`);
}

// src/ops/verify-store.ts
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path2 from "node:path";
async function verifyStore(ctx, o = {}) {
  let configured = storeOf(ctx), metas = await allMetadata(ctx.root), problems = [], files = 0;
  for (let meta of metas) {
    let id = formatArtifactId(meta);
    for (let f of artifactFiles(meta)) {
      files++, o.onFile?.(id, f.uri);
      try {
        let { store, key } = locateObject(f.uri, configured, { ...ctx.config, baseDir: ctx.root }), info = await store.head(key);
        if (!info) {
          problems.push({ id, uri: f.uri, problem: "missing", detail: `${f.uri} does not exist` });
          continue;
        }
        if (info.size !== f.size) {
          problems.push({ id, uri: f.uri, problem: "size", detail: `${f.uri} is ${info.size} bytes, the registry records ${f.size}` });
          continue;
        }
        if (o.deep) {
          let hash = createHash("sha256");
          if (f.size > 0) for await (let chunk of await store.getRange(key, 0, f.size - 1)) hash.update(chunk);
          let got = hash.digest("hex");
          got !== f.sha256 && problems.push({ id, uri: f.uri, problem: "sha256", detail: `${f.uri} has sha256 ${got}, the registry records ${f.sha256}` });
        }
      } catch (err) {
        problems.push({ id, uri: f.uri, problem: "error", detail: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return { ok: problems.length === 0, deep: !!o.deep, artifacts: metas.length, files, problems };
}
async function allMetadata(root) {
  let out = [], dir = path2.join(root, MODELS_DIR);
  for (let model of (await readdir(dir, { withFileTypes: !0 }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name).sort())
    for (let name of (await readdir(path2.join(dir, model))).filter((n) => n.endsWith(".json")).sort()) {
      let file = `${MODELS_DIR}/${model}/${name}`;
      out.push(parseMetadata(await readFile(path2.join(root, file), "utf8"), file));
    }
  return out;
}

// src/cli/commands/store.ts
function progressFor(io, verb) {
  let current = null;
  return { update: (name, done, total) => {
    current?.name !== name && (current?.bar.done(), current = { name, bar: createProgress(`${verb} ${name}`, process.stderr, io.env) }), current.bar.update(done, total);
  }, done: () => current?.bar.done() };
}
var publishCommand = {
  name: "publish",
  summary: "Upload an artifact once to the store (sha256 computed on the way, never overwriting) and register its metadata.",
  usage: "FILE... --model M --version V --quantization Q [--kind gguf|lora|full] [--base ID] [...]",
  description: `GGUF files are checked first: general.architecture must be present and general.file_type must agree with --quantization.
A LoRA adapter (--kind lora) names its base artifact with --base ID; the metadata pins the base sha256.`,
  positionals: { min: 1, max: 1e3, names: ["FILE"] },
  options: {
    model: { type: "string", description: "model name, e.g. llama3-instruct", placeholder: "M" },
    version: { type: "string", description: "semver, e.g. 2.1.0", placeholder: "V" },
    quantization: { type: "string", description: "e.g. q4km, q8_0, f16 (llama.cpp spellings like Q4_K_M are accepted)", placeholder: "Q" },
    kind: { type: "string", description: "gguf (default), lora or full (several files)", placeholder: "KIND" },
    base: { type: "string", description: "LoRA only: the base artifact id", placeholder: "ID" },
    "base-model": { type: "string", description: "what it was derived from (default: the model name)", placeholder: "B" },
    "parent-version": { type: "string", description: "the version it derives from", placeholder: "P" },
    "benchmark-score": { type: "string", description: "a summary score", placeholder: "S" },
    description: { type: "string", description: "free text recorded in the metadata", placeholder: "TEXT" },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), kind = str(args, "kind") ?? "gguf";
    if (!["gguf", "lora", "full"].includes(kind)) throw usage(`mreg publish: --kind expects gguf, lora or full, got ${JSON.stringify(kind)}`);
    let quantization = reqStr(args, "quantization", "publish"), progress = progressFor(io, "upload");
    try {
      let r = await publishArtifact(ctx, {
        files: args.positionals.map((f) => path3.resolve(f)),
        model: reqStr(args, "model", "publish"),
        version: reqStr(args, "version", "publish"),
        // Our token is lowercase without the k-quant underscores (Q4_K_M -> q4km).
        quantization: normalizeQuantization(quantization),
        kind,
        base: str(args, "base"),
        baseModel: str(args, "base-model"),
        parentVersion: str(args, "parent-version") ?? null,
        benchmarkScore: num(args, "benchmark-score", "publish") ?? null,
        description: str(args, "description"),
        onProgress: progress.update
      }), m = r.metadata;
      return {
        json: { id: r.id, metadata: m, metadata_uri: r.metadataUri, path: r.path, commit: r.commit, pushed: r.pushed },
        text: `Published ${r.id}
  ${m.artifact.uri}
  sha256 ${m.artifact.sha256}, ${m.artifact.size} bytes${m.files ? ` (${m.files.length} files)` : ""}${m.base ? `
  base ${m.base.id} (sha256 ${m.base.sha256})` : ""}
Registered ${r.path}
${commitLine({ ...r, result: null })}`
      };
    } finally {
      progress.done();
    }
  }
}, fetchCommand = {
  name: "fetch",
  summary: "Download an artifact into the cache: parallel ranged GETs to a staging file, sha256 verified, atomic rename. A LoRA brings its base.",
  usage: "ID [--cache DIR]",
  positionals: { min: 1, max: 1, names: ["ID"] },
  options: {
    cache: { type: "string", description: "cache folder (default: registry/config.json cache.dir)", placeholder: "DIR" },
    ...storeOption
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), progress = progressFor(io, "fetch");
    try {
      let r = await fetchById(ctx, { id: args.positionals[0], cacheDir: str(args, "cache"), onProgress: progress.update }), line = (a) => `${a.id}: ${a.downloaded ? "downloaded and verified" : "already cached, verified"}
  ${a.paths.join(`
  `)}`;
      return { json: r, text: [r.base ? line(r.base) : null, line(r.artifact)].filter(Boolean).join(`
`) };
    } finally {
      progress.done();
    }
  }
}, verifyStoreCommand = {
  name: "verify-store",
  summary: "Check that every registered artifact is in the store with its recorded size (--deep: and sha256).",
  usage: "[--deep]",
  options: {
    deep: { type: "boolean", description: "also read every object and compare its sha256 (reads everything once)" },
    ...storeOption
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), deep = bool(args, "deep"), r = await verifyStore(ctx, { deep }), text = r.ok ? `OK: ${r.artifacts} artifacts, ${r.files} files present${deep ? " with matching sha256" : " with matching sizes"}` : `${r.problems.length} problem${r.problems.length === 1 ? "" : "s"} in ${r.artifacts} artifacts:
${r.problems.map((p) => `  ${p.id}: ${p.problem}: ${p.detail}`).join(`
`)}`;
    return { json: r, text, exitCode: r.ok ? 0 : 1 };
  }
};
export {
  fetchCommand,
  publishCommand,
  verifyStoreCommand
};
