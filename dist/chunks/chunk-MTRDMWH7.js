import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  formatArtifactId,
  metadataPath
} from "./chunk-KCLQK2KD.js";
import {
  MODELS_DIR,
  REGISTRY_FILE,
  parseDocument,
  parseMetadata
} from "./chunk-WWEGL7SL.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/state/read.ts
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
var memo = /* @__PURE__ */ new Map();
async function readRegistry(root) {
  let file = path.join(root, REGISTRY_FILE), text, key;
  try {
    let st = await stat(file);
    key = `${st.ino}:${st.size}:${st.mtimeMs}`;
    let hit = memo.get(file);
    if (hit && hit.key === key) return hit.state;
    text = await readFile(file, "utf8");
  } catch {
    throw new MregError("NOT_FOUND", `${REGISTRY_FILE} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  let state = { registry: parseDocument("registry", text, REGISTRY_FILE, { hint: "validate the repository to see them all" }), text };
  return memo.set(file, { key, state }), state;
}
async function readArtifact(root, ref) {
  let file = metadataPath(ref), text;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch {
    return;
  }
  return parseMetadata(text, file);
}
async function quantizationsOf(root, model, version) {
  let dir = path.join(root, MODELS_DIR, model), names = await readdir(dir).catch(() => []), prefix = `${model}-v${version}-`;
  return names.filter((n) => n.startsWith(prefix) && n.endsWith(".json")).map((n) => n.slice(prefix.length, -5));
}
var ArtifactCache = class {
  constructor(root) {
    this.root = root;
  }
  map = /* @__PURE__ */ new Map();
  async load(refs) {
    await Promise.all(
      refs.map(async (r) => {
        let id = formatArtifactId(r);
        this.map.has(id) || this.map.set(id, await readArtifact(this.root, r));
      })
    );
  }
  has(ref) {
    return this.map.has(formatArtifactId(ref));
  }
  get = (ref) => this.map.get(formatArtifactId(ref));
}, NeedArtifact = class {
  constructor(ref) {
    this.ref = ref;
  }
};
async function withArtifacts(root, fn) {
  let cache = new ArtifactCache(root);
  for (; ; )
    try {
      return fn((ref) => {
        if (!cache.has(ref)) throw new NeedArtifact(ref);
        return cache.get(ref);
      });
    } catch (err) {
      if (!(err instanceof NeedArtifact)) throw err;
      await cache.load([err.ref]);
    }
}

export {
  readRegistry,
  readArtifact,
  quantizationsOf,
  ArtifactCache,
  withArtifacts
};
