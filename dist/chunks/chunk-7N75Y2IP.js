import {
  readArtifact,
  readRegistry
} from "./chunk-ZLBD6LEX.js";
import {
  sameArtifact
} from "./chunk-S2HYHD6V.js";
import {
  compareVersions,
  formatArtifactId,
  metadataPath,
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MODELS_DIR
} from "./chunk-GMYYM25C.js";
import {
  parseMetadata
} from "./chunk-NJIZENZ6.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/catalog.ts
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
async function allMetadata(root, model) {
  let out = [], dir = path.join(root, MODELS_DIR), models = model ? [model] : (await readdir(dir, { withFileTypes: !0 }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (let m of models) {
    let names = await readdir(path.join(dir, m)).catch(() => []);
    for (let name of names.filter((n) => n.endsWith(".json")).sort()) {
      let file = `${MODELS_DIR}/${m}/${name}`;
      out.push(parseMetadata(await readFile(path.join(root, file), "utf8"), file));
    }
  }
  return out;
}
async function notRegistered(root, ref) {
  let what = ref.quantization ? `artifact ${formatArtifactId(ref)}` : `${ref.model} ${ref.version}`, where = ref.quantization ? metadataPath(ref) : `registry/models/${ref.model}/`, same = await allMetadata(root, ref.model), registered;
  if (same.length) registered = `registered for ${ref.model}: ${sortArtifacts(same).map(formatArtifactId).join(", ")}`;
  else {
    let models = [...new Set((await allMetadata(root)).map((m) => m.model))];
    registered = models.length ? `no model ${ref.model} is registered; the registered models are ${models.join(", ")}` : "nothing is registered yet";
  }
  return new MregError("NOT_FOUND", `${what} is not registered (no ${where}); ${registered}`);
}
function sortArtifacts(list) {
  return [...list].sort(
    (a, b) => a.model.localeCompare(b.model) || compareVersions(b.version, a.version) || a.quantization.localeCompare(b.quantization)
  );
}
async function listArtifacts(ctx, o = {}) {
  let [metas, { registry }] = await Promise.all([
    allMetadata(ctx.root, o.model),
    readRegistry(ctx.root, { recent: !0 })
  ]);
  return sortArtifacts(metas).map((m) => ({
    id: formatArtifactId(m),
    model: m.model,
    version: m.version,
    quantization: m.quantization,
    kind: m.kind,
    status: m.status,
    size: totalSize(m),
    created_at: m.created_at,
    environments: ctx.config.environments.filter((env) => sameArtifact(registry.environments[env], m)),
    canary_in: canaryEnvironments(ctx, registry, m)
  }));
}
function canaryEnvironments(ctx, registry, ref) {
  return ctx.config.environments.filter((env) => {
    let p = registry.environments[env];
    return !!p?.canary && sameArtifact({ model: p.model, ...p.canary }, ref);
  });
}
function totalSize(m) {
  return m.files?.length ? m.files.reduce((n, f) => n + f.size, 0) : m.artifact.size;
}
async function showArtifact(ctx, id) {
  let ref = parseArtifactId(id), metadata = await readArtifact(ctx.root, ref);
  if (!metadata) throw await notRegistered(ctx.root, ref);
  let [{ registry }, siblings] = await Promise.all([readRegistry(ctx.root), allMetadata(ctx.root, ref.model)]);
  return {
    metadata,
    file: metadataPath(ref),
    environments: ctx.config.environments.filter((env) => sameArtifact(registry.environments[env], ref)),
    canary_in: canaryEnvironments(ctx, registry, ref),
    history: registry.history.filter((e) => sameArtifact(e, ref)),
    children: sortArtifacts(siblings.filter((m) => m.parent_version === ref.version)).map(formatArtifactId)
  };
}

export {
  allMetadata,
  notRegistered,
  listArtifacts,
  showArtifact
};
