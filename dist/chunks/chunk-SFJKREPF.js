import {
  describeDifferences,
  metadataDifferences,
  readMetadataCopy
} from "./chunk-OQXABIHW.js";
import {
  assertArtifactPresent,
  openStore
} from "./chunk-CCCON3DT.js";
import {
  notRegistered
} from "./chunk-7N75Y2IP.js";
import {
  readArtifact
} from "./chunk-ZLBD6LEX.js";
import {
  formatArtifactId,
  metadataPath,
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/fetch.ts
import path from "node:path";
function cacheDirOf(ctx, explicit) {
  return path.resolve(explicit ? process.cwd() : ctx.root, explicit ?? ctx.settings.cacheDir ?? ctx.config.cache.dir);
}
function storeOf(ctx) {
  return openStore(ctx.storeUri, { ...ctx.config, baseDir: ctx.root });
}
async function requireArtifact(ctx, id) {
  let ref = parseArtifactId(id), meta = await readArtifact(ctx.root, ref);
  if (!meta) throw await notRegistered(ctx.root, ref);
  return meta;
}
async function fetchById(ctx, o) {
  let meta = await requireArtifact(ctx, o.id), cacheDir = cacheDirOf(ctx, o.cacheDir);
  meta.status === "blocked" && ctx.logger.warn(`${o.id} is blocked (${meta.blocked_reason ?? "no reason recorded"}); fetching it anyway`);
  let base = meta.base ? await download(ctx, await baseOf(ctx, meta), cacheDir, o.onProgress, { checkGguf: !0 }) : void 0;
  return { artifact: await download(ctx, meta, cacheDir, o.onProgress, { checkGguf: !0 }), base, cacheDir };
}
async function baseOf(ctx, meta) {
  let base = await requireArtifact(ctx, meta.base.id);
  if (base.artifact.sha256 !== meta.base.sha256)
    throw new MregError(
      "INTEGRITY",
      `${formatArtifactId(meta)} is pinned to base ${meta.base.id} sha256 ${meta.base.sha256}, but the registered base has sha256 ${base.artifact.sha256}`
    );
  return base;
}
async function download(ctx, meta, cacheDir, onProgress, o = {}) {
  let { downloadArtifact } = await import("./store-7YGFZ6HT.js");
  return { ...await downloadArtifact(meta, {
    cacheDir,
    store: storeOf(ctx),
    storeOptions: { ...ctx.config, baseDir: ctx.root },
    onProgress,
    checkGguf: o.checkGguf ?? !0
  }), sha256: meta.artifact.sha256, size: meta.artifact.size };
}
var BYTE_CLAIMS = /^\/(artifact|files|base)(\/|$)/;
async function checkMetadataCopy(ctx, store, meta) {
  let copy = await readMetadataCopy(store, meta), id = formatArtifactId(meta);
  if (!copy) {
    ctx.logger.warn(
      `${id}: no metadata JSON beside the artifact in the store to check the registered sha256 against ("mreg register --file ${metadataPath(meta)}" writes it)`
    );
    return;
  }
  let diffs = metadataDifferences(meta, copy.value).filter((d) => BYTE_CLAIMS.test(d.pointer));
  if (diffs.length)
    throw new MregError(
      "INTEGRITY",
      `${metadataPath(meta)} disagrees with the metadata JSON written beside the artifact when it was registered, ${copy.uri}: ${describeDifferences(diffs)}; the registry's claims about ${id} were changed after registration, so no pointer was moved (mreg verify-store --deep reports it)`
    );
}
function storeStageHooks(options = {}) {
  return {
    async checkPresent(ctx, meta) {
      let store = storeOf(ctx), artifacts = meta.base ? [await baseOf(ctx, meta), meta] : [meta];
      for (let m of artifacts)
        await assertArtifactPresent(store, m, { ...ctx.config, baseDir: ctx.root }), await checkMetadataCopy(ctx, store, m);
    },
    async download(ctx, meta) {
      let cacheDir = cacheDirOf(ctx, options.cacheDir), progress = ctx.logger.progress?.bind(ctx.logger);
      meta.base && await download(ctx, await baseOf(ctx, meta), cacheDir, progress, { checkGguf: !0 });
      let r = await download(ctx, meta, cacheDir, progress, { checkGguf: !0 });
      return { path: r.path, downloaded: r.downloaded };
    }
  };
}

export {
  cacheDirOf,
  storeOf,
  fetchById,
  download,
  storeStageHooks
};
