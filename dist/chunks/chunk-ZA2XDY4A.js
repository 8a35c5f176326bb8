import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  openRepo
} from "./chunk-VON5DLUV.js";
import {
  loadConfig,
  resolveStoreUri
} from "./chunk-6I3EGILK.js";

// src/state/context.ts
import { userInfo } from "node:os";
import path from "node:path";
var silentLogger = { info: () => {
}, warn: () => {
} };
function defaultActor(explicit) {
  if (explicit) return explicit;
  if (process.env.GITHUB_ACTOR) return process.env.GITHUB_ACTOR;
  if (process.env.GIT_AUTHOR_NAME) return process.env.GIT_AUTHOR_NAME;
  try {
    return userInfo().username || "unknown";
  } catch {
    return "unknown";
  }
}
async function openContext(opts) {
  let repo = await openRepo(path.resolve(opts.repo)), config = await loadConfig(repo.root);
  return {
    repo,
    root: repo.root,
    config,
    actor: defaultActor(opts.actor),
    push: opts.push,
    remote: opts.remote ?? "origin",
    storeUri: resolveStoreUri(repo.root, opts.store ?? process.env.MREG_STORE ?? config.store),
    logger: opts.logger ?? silentLogger,
    now: () => (opts.now ? opts.now() : /* @__PURE__ */ new Date()).toISOString()
  };
}

export {
  silentLogger,
  defaultActor,
  openContext
};
