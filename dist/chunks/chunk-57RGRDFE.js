import {
  finishLastChange
} from "./chunk-OKBEP5SG.js";
import {
  loadConfig,
  resolveStoreUri
} from "./chunk-GMYYM25C.js";
import {
  openRepo
} from "./chunk-GUPMF7TG.js";

// src/state/context.ts
import path from "node:path";
var silentLogger = { info: () => {
}, warn: () => {
} };
async function defaultActor(explicit, fromSettings) {
  if (explicit) return explicit;
  if (fromSettings) return fromSettings;
  let { userInfo } = await import("node:os");
  try {
    return userInfo().username || "unknown";
  } catch {
    return "unknown";
  }
}
async function openContext(opts) {
  let repo = await openRepo(path.resolve(opts.repo));
  await finishLastChange({ repo, logger: opts.logger ?? silentLogger });
  let config = await loadConfig(repo.root), settings = opts.settings ?? {};
  return {
    repo,
    root: repo.root,
    config,
    actor: await defaultActor(opts.actor, settings.actor ?? repo.userName),
    push: opts.push,
    remote: opts.remote ?? "origin",
    storeUri: resolveStoreUri(repo.root, opts.store ?? settings.store ?? config.store),
    settings,
    logger: opts.logger ?? silentLogger,
    now: () => (opts.now ? opts.now() : /* @__PURE__ */ new Date()).toISOString()
  };
}

export {
  silentLogger,
  defaultActor,
  openContext
};
