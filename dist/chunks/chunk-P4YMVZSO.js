import {
  readRegistry,
  withHistory
} from "./chunk-ZLBD6LEX.js";
import {
  package_default
} from "./chunk-NLDSUV7B.js";
import {
  envHistory
} from "./chunk-OKGDWLLR.js";
import {
  entryOf,
  requireEnv
} from "./chunk-S2HYHD6V.js";
import {
  CONFIG_FILE,
  REGISTRY_FILE
} from "./chunk-GMYYM25C.js";
import {
  auditLog,
  commitsNotOn,
  hasRemote,
  headSha,
  resolveRef,
  trackingRef
} from "./chunk-GUPMF7TG.js";

// src/ops/info.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
var MREG_VERSION = package_default.version;
async function history(ctx, o) {
  return withHistory(ctx.root, await readRegistry(ctx.root, { recent: !0 }), ({ registry }) => (o.env && requireEnv(registry, o.env), envHistory(registry, o.env, o.limit)));
}
async function audit(ctx, limit) {
  return auditLog(ctx.repo, limit);
}
async function llamaCppVersion() {
  try {
    let require2 = createRequire(import.meta.url), dir = path.dirname(require2.resolve("node-llama-cpp"));
    for (; !await readFile(path.join(dir, "package.json"), "utf8").then(
      (t) => JSON.parse(t).name === "node-llama-cpp",
      () => !1
    ); ) {
      let up = path.dirname(dir);
      if (up === dir) return { package: null, llamaCpp: null };
      dir = up;
    }
    let pkgPath = path.join(dir, "package.json"), version = JSON.parse(await readFile(pkgPath, "utf8")).version, release = await readFile(path.join(path.dirname(pkgPath), "llama", "llama.cpp.info.json"), "utf8").then((t) => JSON.parse(t).tag ?? null).catch(() => null);
    return { package: version, llamaCpp: release };
  } catch {
    return { package: null, llamaCpp: null };
  }
}
async function unpushedCommits(ctx) {
  let branch = ctx.repo.branch;
  if (!branch || !hasRemote(ctx.repo, ctx.remote)) return null;
  let ref = trackingRef(ctx.remote, branch), base = await resolveRef(ctx.repo, ref);
  if (!base) return null;
  let { commits, total } = await commitsNotOn(ctx.repo, base);
  return { remote: ctx.remote, ref: `${ctx.remote}/${branch}`, total, commits };
}
async function serverStatus(url, timeoutMs = 5e3) {
  let base = url.replace(/\/+$/, ""), none = { environment: null, instance: null, version: null, role: null, canary_percent: null, state: null };
  try {
    let res = await fetch(`${base}/model-info`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { url, ...none, error: `GET ${base}/model-info answered ${res.status}` };
    let i = await res.json(), s = (k) => typeof i[k] == "string" ? i[k] : null, percent = typeof i.canary_percent == "number" ? i.canary_percent : null;
    return {
      url,
      environment: s("environment"),
      instance: s("instance"),
      version: s("version"),
      role: s("role"),
      canary_percent: percent,
      state: s("state"),
      error: null
    };
  } catch (err) {
    return { url, ...none, error: `GET ${base}/model-info: ${err instanceof Error ? err.message : String(err)}` };
  }
}
async function status(ctx, o = {}) {
  let [{ registry }, gitVersion, branch, head, llama, unpushed] = await Promise.all([
    readRegistry(ctx.root, { recent: !0 }),
    ctx.repo.git.raw(["--version"]).then((s) => s.trim().replace(/^git version /, "")),
    ctx.repo.branch,
    headSha(ctx.repo),
    llamaCppVersion(),
    unpushedCommits(ctx)
  ]), servers = o.servers?.length ? await Promise.all(o.servers.map((u) => serverStatus(u))) : void 0;
  return {
    mreg: MREG_VERSION,
    node: process.version,
    git: gitVersion,
    nodeLlamaCpp: llama.package,
    llamaCpp: llama.llamaCpp,
    repository: ctx.root,
    branch,
    head,
    registryFile: path.join(ctx.root, REGISTRY_FILE),
    configFile: path.join(ctx.root, CONFIG_FILE),
    store: ctx.storeUri,
    cacheDir: path.resolve(ctx.root, ctx.config.cache.dir),
    environments: ctx.config.environments.map((env) => {
      let pointer = registry.environments[env] ?? null, entry = entryOf(registry, pointer);
      return { env, pointer, deployedAt: entry?.deployed_at ?? null };
    }),
    unpushed,
    ...servers ? { servers } : {}
  };
}

export {
  MREG_VERSION,
  history,
  audit,
  llamaCppVersion,
  unpushedCommits,
  serverStatus,
  status
};
