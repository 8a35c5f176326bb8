import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  assertArtifactPresent,
  checkGgufHeaderBytes,
  locateObject,
  openStore
} from "./chunk-3AUXDHT3.js";
import {
  commitChange
} from "./chunk-C5D57EJV.js";
import {
  basePinProblem
} from "./chunk-QWVWUD3I.js";
import {
  quantizationsOf,
  readArtifact
} from "./chunk-MTRDMWH7.js";
import {
  checkRef,
  formatArtifactId,
  metadataPath,
  parseArtifactId
} from "./chunk-KCLQK2KD.js";
import {
  MODELS_DIR,
  checkDocument
} from "./chunk-WWEGL7SL.js";
import {
  formatJson
} from "./chunk-2MGFNKLJ.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/register.ts
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
async function registerArtifact(ctx, meta) {
  checkRef(meta);
  let file = metadataPath(meta);
  checkDocument("metadata", meta, file);
  let id = formatArtifactId(meta);
  await refuseExisting(ctx, meta, file, id);
  let early = await parentProblem(ctx, meta, file) ?? await uriProblem(ctx, meta, file);
  if (early) throw early;
  return await checkStoredBytes(ctx, meta, file), commitChange(ctx, async () => {
    await refuseExisting(ctx, meta, file, id);
    let parent = await parentProblem(ctx, meta, file);
    if (parent) throw parent;
    if (meta.base) {
      let pin = basePinProblem(meta, await readArtifact(ctx.root, parseArtifactId(meta.base.id)));
      if (pin) throw new MregError(pin.pointer === "/base/id" ? "NOT_FOUND" : "INTEGRITY", `${file}#${pin.pointer}: ${pin.message}`);
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
      result: { id, path: file, metadata: meta }
    };
  });
}
var HEADER_READS = [1024 * 1024, 32 * 1024 * 1024];
async function checkStoredBytes(ctx, meta, file) {
  let configured = openStore(ctx.storeUri, { ...ctx.config, baseDir: ctx.root }), { store, key } = locateObject(meta.artifact.uri, configured, { ...ctx.config, baseDir: ctx.root });
  try {
    await assertArtifactPresent(store, meta, { ...ctx.config, baseDir: ctx.root });
  } catch (err) {
    throw err instanceof MregError ? new MregError(err.code, `${file}: ${err.message}; nothing was registered`, { cause: err }) : err;
  }
  for (let [i, n] of HEADER_READS.entries()) {
    let bytes = await readPrefix(store, key, Math.min(n, meta.artifact.size));
    try {
      checkGgufHeaderBytes(bytes, meta.quantization, { file: `${meta.artifact.uri} (${file})`, requireFileType: meta.kind !== "lora" });
      return;
    } catch (err) {
      if (!(err instanceof MregError && /read more of the file/.test(err.message)) || i === HEADER_READS.length - 1 || bytes.length >= meta.artifact.size) throw err;
    }
  }
}
async function readPrefix(store, key, n) {
  if (n <= 0) return Buffer.alloc(0);
  let chunks = [];
  for await (let c of await store.getRange(key, 0, n - 1)) chunks.push(c);
  return Buffer.concat(chunks);
}
async function parentProblem(ctx, meta, file) {
  return !meta.parent_version || (await quantizationsOf(ctx.root, meta.model, meta.parent_version)).length ? null : new MregError("NOT_FOUND", `${file}#/parent_version: parent version ${meta.parent_version} of ${meta.model} is not registered`);
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
  registerArtifact
};
