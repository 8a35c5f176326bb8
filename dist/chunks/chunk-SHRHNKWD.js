import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  artifactFiles,
  downloadArtifact,
  fsyncDir,
  openStore,
  scrubCachedFile
} from "./chunk-3AUXDHT3.js";
import {
  getSharedLlama,
  importNodeLlamaCpp,
  loadLlamaModel
} from "./chunk-LAGGCNNQ.js";
import {
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  storeMetadataKey
} from "./chunk-KCLQK2KD.js";
import {
  checkDocument,
  parseMetadata
} from "./chunk-WWEGL7SL.js";
import {
  parseJsonText
} from "./chunk-2MGFNKLJ.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/serve/agent.ts
import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";
import path from "node:path";
function splitCommand(line) {
  let out = [], cur = "", has = !1, quote = null;
  for (let i = 0; i < line.length; i++) {
    let ch = line[i];
    quote ? ch === quote ? quote = null : ch === "\\" && quote === '"' && i + 1 < line.length ? cur += line[++i] : cur += ch : ch === '"' || ch === "'" ? (quote = ch, has = !0) : ch === "\\" && i + 1 < line.length ? (cur += line[++i], has = !0) : /\s/.test(ch) ? ((has || cur) && out.push(cur), cur = "", has = !1) : cur += ch;
  }
  if (quote) throw new MregError("USAGE", `unterminated ${quote} in command ${JSON.stringify(line)}`);
  return (has || cur) && out.push(cur), out;
}
var AgentRuntime = class {
  constructor(o) {
    this.o = o;
  }
  env(a) {
    return {
      MREG_MODEL_PATH: a.path,
      MREG_ACTIVE_PATH: this.o.activeLink,
      MREG_MODEL: a.meta.model,
      MREG_VERSION: a.meta.version,
      MREG_QUANTIZATION: a.meta.quantization,
      MREG_ARTIFACT_ID: a.id,
      MREG_SHA256: a.meta.artifact.sha256,
      ...a.base ? { MREG_BASE_MODEL_PATH: a.base.path } : {}
    };
  }
  async activate(a) {
    if (this.o.serverUrl && await this.confirmed(a, !1).catch(() => !1)) {
      this.o.log?.(`${this.o.serverUrl} already serves ${a.id}; no reload needed`);
      return;
    }
    if (this.o.reloadCommand?.length) {
      let [cmd, ...args] = this.o.reloadCommand;
      await new Promise((resolve, reject) => {
        execFile(cmd, args, { env: { ...process.env, ...this.env(a) }, timeout: 12e4 }, (err, _stdout, stderr) => {
          err ? reject(
            new MregError(
              "SERVE",
              `reload command ${JSON.stringify(this.o.reloadCommand.join(" "))} failed: ${(stderr || errorMessage(err)).trim().split(`
`).pop()}`
            )
          ) : resolve();
        });
      });
    }
    if (this.o.reloadUrl) {
      let body = {
        model_path: a.path,
        active_path: this.o.activeLink,
        model: a.meta.model,
        version: a.meta.version,
        quantization: a.meta.quantization,
        artifact_id: a.id,
        sha256: a.meta.artifact.sha256
      }, res = await fetch(this.o.reloadUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(12e4)
      }).catch((err) => {
        throw new MregError("SERVE", `reload URL ${this.o.reloadUrl}: ${errorMessage(err)}`);
      });
      if (!res.ok) throw new MregError("SERVE", `reload URL ${this.o.reloadUrl} answered HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
    }
    if (!this.o.serverUrl) return;
    let deadline = Date.now() + (this.o.confirmTimeoutMs ?? 12e4), last = "";
    for (; Date.now() < deadline; ) {
      try {
        if (await this.confirmed(a, !0)) return;
        last = "the server still reports another model";
      } catch (err) {
        last = errorMessage(err);
      }
      await new Promise((r) => setTimeout(r, this.o.pollMs ?? 500));
    }
    throw new MregError("SERVE", `${this.o.serverUrl} did not confirm ${a.id} within ${this.o.confirmTimeoutMs ?? 12e4} ms (${last})`);
  }
  /** llama.cpp `/props` → model_path; otherwise `/v1/models` → data[].id (vLLM, llama.cpp). */
  async confirmed(a, reloaded) {
    let base = this.o.serverUrl.replace(/\/+$/, ""), props = await fetch(`${base}/props`, { signal: AbortSignal.timeout(5e3) });
    if (props.ok) {
      let j2 = await props.json().catch(() => ({}));
      if (typeof j2.model_path == "string") return this.matches(a, j2.model_path, reloaded);
    }
    let models = await fetch(`${base}/v1/models`, { signal: AbortSignal.timeout(5e3) });
    if (!models.ok) throw new MregError("SERVE", `${base}/v1/models answered HTTP ${models.status}`);
    let j = await models.json();
    for (let m of j.data ?? []) if (typeof m.id == "string" && await this.matches(a, m.id, reloaded)) return !0;
    return !1;
  }
  async matches(a, reported, reloaded) {
    let base = path.basename(reported);
    if (reported === a.path || reported === a.id || base === path.basename(a.path) || base.replace(/\.gguf$/i, "") === a.id) return !0;
    if (path.resolve(reported) === path.resolve(this.o.activeLink) || path.basename(reported) === "active")
      return reloaded && this.o.log?.(`${this.o.serverUrl} reports the active link, not a file: confirmation only shows that it answers`), reloaded;
    let real = await realpath(reported).catch(() => null);
    return real !== null && real === await realpath(a.path).catch(() => a.path);
  }
  async close() {
  }
};

// src/serve/index.ts
import path6 from "node:path";

// src/serve/cache.ts
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readlink, rename, rm, symlink, writeFile } from "node:fs/promises";
import path2 from "node:path";
var ServeCache = class {
  constructor(o) {
    this.o = o;
  }
  get activeLink() {
    return path2.join(this.o.dir, "active");
  }
  /** Downloads to staging, verifies sha256 and size, renames into artifacts/ (or finds it there). */
  async fetch(meta, base) {
    let id = formatArtifactId(meta), baseArtifact = base ? await this.fetch(base) : void 0, r = await downloadArtifact(meta, {
      cacheDir: this.o.dir,
      store: this.o.store,
      storeOptions: { ...this.o.storeOptions, download: this.o.download ?? this.o.storeOptions?.download }
    });
    return { id, meta, path: r.path, paths: r.paths, base: baseArtifact, downloaded: r.downloaded };
  }
  /**
   * Re-hashes every cached file of `a` (and of its base) against the registry's sha256, whatever
   * the stamps say. Wrong files are deleted (the next fetch downloads them again); returns them.
   */
  async scrub(a) {
    let discarded = [], files = artifactFiles(a.meta);
    for (let [i, p] of a.paths.entries()) {
      let f = files[i];
      f && await scrubCachedFile(p, f.sha256) === "discarded" && discarded.push(p);
    }
    return a.base && discarded.push(...await this.scrub(a.base)), discarded;
  }
  /** Where `active` points now (absolute), or null. */
  async activeTarget() {
    let t = await readlink(this.activeLink).catch(() => null);
    return t === null ? null : path2.resolve(this.o.dir, t);
  }
  /**
   * Points `<dir>/active` at `target` atomically: a new symlink under a temporary name, then
   * rename(2) over the old one. A reader (llama-server started with `-m <cache>/active`, a human)
   * sees the old target or the new one, never a missing link. Relative, so the cache folder can
   * be mounted elsewhere (a sidecar and its server see the same volume at different paths).
   */
  async pointActive(target) {
    if (target === null) {
      await rm(this.activeLink, { force: !0 });
      return;
    }
    await mkdir(this.o.dir, { recursive: !0 });
    let tmp = path2.join(this.o.dir, `.active.${process.pid}.${randomBytes(4).toString("hex")}`);
    await symlink(path2.relative(this.o.dir, target), tmp);
    try {
      await rename(tmp, this.activeLink);
    } catch (err) {
      throw await rm(tmp, { force: !0 }), err;
    }
    await fsyncDir(this.o.dir);
  }
  get recentFile() {
    return path2.join(this.o.dir, "serve-recent.json");
  }
  /**
   * Records `a` as the most recently activated and deletes the cached files of artifacts beyond
   * the newest `keep` (only our local copies: the store is never touched). Files still used by a
   * kept artifact (a LoRA base shared by several adapters) stay.
   */
  async remember(a) {
    let recent = await readFile(this.recentFile, "utf8").then(
      (t) => JSON.parse(t),
      () => []
    ), next = [{ id: a.id, paths: [...a.paths, ...a.base ? a.base.paths : []] }, ...recent.filter((e) => e.id !== a.id)], keep = Math.max(1, this.o.keep), kept = next.slice(0, keep), dropped = next.slice(keep), keptPaths = new Set(kept.flatMap((e) => e.paths)), removed = [];
    for (let e of dropped)
      for (let p of e.paths)
        keptPaths.has(p) || path2.relative(path2.join(this.o.dir, "artifacts"), p).startsWith("..") || (await rm(p, { force: !0 }), await rm(`${p}.sha256`, { force: !0 }), removed.push(p));
    let tmp = `${this.recentFile}.${process.pid}.tmp`;
    return await writeFile(tmp, JSON.stringify(kept, null, 2) + `
`), await rename(tmp, this.recentFile), removed;
  }
};

// src/serve/engine.ts
import os from "node:os";
var LoadedModel = class {
  constructor(artifact, model, context, loadedAt) {
    this.artifact = artifact;
    this.model = model;
    this.context = context;
    this.loadedAt = loadedAt;
    for (let i = 0; i < context.totalSequences; i++) this.free.push(context.getSequence());
  }
  free = [];
  waiters = [];
  inflight = 0;
  drained = null;
  enter() {
    this.inflight++;
  }
  leave() {
    this.inflight--, this.inflight === 0 && this.drained?.();
  }
  /** One sequence per request; requests beyond the pool wait their turn (FIFO). */
  async acquire() {
    let s = this.free.pop();
    return s || new Promise((resolve) => this.waiters.push(resolve));
  }
  async release(s) {
    await s.clearHistory().catch(() => {
    });
    let w = this.waiters.shift();
    w ? w(s) : this.free.push(s);
  }
  /** Resolves once no request uses this model any more (new ones go to its successor). */
  async drain() {
    this.inflight !== 0 && await new Promise((resolve) => this.drained = resolve);
  }
  async dispose() {
    await this.context.dispose().catch(() => {
    }), await this.model.dispose().catch(() => {
    });
  }
}, LlamaEngine = class {
  constructor(o = {}) {
    this.o = o;
  }
  current = null;
  llama = null;
  retiring = /* @__PURE__ */ new Set();
  /** Set by close(): a load that finishes afterwards is disposed instead of becoming current. */
  closed = !1;
  threads() {
    return this.o.threads && this.o.threads > 0 ? this.o.threads : Math.max(1, Math.floor(os.availableParallelism() / 2));
  }
  async activate(a) {
    this.llama ??= await getSharedLlama(this.o.gpu);
    let modelPath = a.base ? a.base.path : a.path, model = await loadLlamaModel(modelPath, this.llama), context;
    try {
      let contextSize = Math.min(this.o.contextSize ?? 2048, model.trainContextSize || 2048);
      context = await model.createContext({
        contextSize,
        sequences: Math.max(1, this.o.parallel ?? 2),
        threads: this.threads(),
        ...a.base ? { lora: { adapters: [{ filePath: a.path }] } } : {}
      });
    } catch (err) {
      throw await model.dispose().catch(() => {
      }), new MregError("GGUF", `${a.id}: llama.cpp could not create a context: ${errorMessage(err)}`, { cause: err });
    }
    let next = new LoadedModel(a, model, context, (/* @__PURE__ */ new Date()).toISOString());
    try {
      await smokeEvaluate(next);
    } catch (err) {
      throw await next.dispose(), new MregError("GGUF", `${a.id}: loaded, but evaluating one token failed: ${errorMessage(err)}`, { cause: err });
    }
    if (this.closed)
      throw await next.dispose(), new MregError("SERVE", `${a.id}: the server is shutting down; the model was unloaded`);
    let old = this.current;
    this.current = next, old && this.retire(old);
  }
  retire(old) {
    let p = old.drain().then(() => old.dispose());
    this.retiring.add(p), p.finally(() => this.retiring.delete(p));
  }
  /** Runs `fn` on the current model with a sequence of its own; null when nothing is loaded. */
  async withModel(fn) {
    let m = this.current;
    if (!m) return null;
    m.enter();
    try {
      let seq = await m.acquire();
      try {
        return await fn(m, seq);
      } finally {
        await m.release(seq);
      }
    } finally {
      m.leave();
    }
  }
  loaded() {
    return this.current;
  }
  async close() {
    this.closed = !0;
    let c = this.current;
    this.current = null, c && this.retire(c), await Promise.allSettled([...this.retiring]);
  }
};
async function smokeEvaluate(m) {
  m.enter();
  let seq = await m.acquire();
  try {
    let tokens = m.model.tokenize("Hello");
    m.model.tokens.bos !== null && m.model.tokens.shouldPrependBosToken && tokens.unshift(m.model.tokens.bos);
    let it = seq.evaluate(tokens, { temperature: 0 });
    await it.next(), await it.return(void 0);
  } finally {
    await m.release(seq), m.leave();
  }
}
function finish(stopReason) {
  return stopReason === "maxTokens" ? "length" : "stop";
}
async function complete(m, seq, prompt, o) {
  let { LlamaCompletion } = await importNodeLlamaCpp(), c = new LlamaCompletion({ contextSequence: seq });
  try {
    let r = await c.generateCompletionWithMeta(prompt, {
      maxTokens: o.maxTokens,
      temperature: o.temperature,
      topP: o.topP,
      seed: o.seed,
      signal: o.signal,
      stopOnAbortSignal: !0,
      customStopTriggers: o.stop?.length ? o.stop : void 0,
      onTextChunk: o.onTextChunk
    });
    return {
      text: r.response,
      finishReason: finish(r.metadata.stopReason),
      promptTokens: m.model.tokenize(prompt).length,
      completionTokens: m.model.tokenize(r.response).length
    };
  } finally {
    c.dispose({ disposeSequence: !1 });
  }
}
async function chat(m, seq, messages, o) {
  let { LlamaChatSession } = await importNodeLlamaCpp(), last = messages[messages.length - 1];
  if (!last || last.role !== "user") throw new MregError("USAGE", "messages must end with a user message");
  let system = messages.filter((x) => x.role === "system" || x.role === "developer").map((x) => x.content).join(`
`), session = new LlamaChatSession({ contextSequence: seq, systemPrompt: system || "You are a helpful assistant.", autoDisposeSequence: !1 });
  try {
    let history = [{ type: "system", text: system || "You are a helpful assistant." }];
    for (let x of messages.slice(0, -1))
      x.role === "user" ? history.push({ type: "user", text: x.content }) : x.role === "assistant" && history.push({ type: "model", response: [x.content] });
    session.setChatHistory(history);
    let r = await session.promptWithMeta(last.content, {
      maxTokens: o.maxTokens,
      temperature: o.temperature,
      topP: o.topP,
      seed: o.seed,
      signal: o.signal,
      stopOnAbortSignal: !0,
      customStopTriggers: o.stop?.length ? o.stop : void 0,
      onTextChunk: o.onTextChunk
    }), promptTokens = messages.reduce((n, x) => n + m.model.tokenize(x.content).length, 0);
    return { text: r.responseText, finishReason: finish(r.stopReason), promptTokens, completionTokens: m.model.tokenize(r.responseText).length };
  } finally {
    session.dispose({ disposeSequence: !1 });
  }
}

// src/serve/follower.ts
var Follower = class {
  constructor(o) {
    this.o = o;
    this.log = o.logger ?? { info: () => {
    }, warn: () => {
    } };
  }
  desired = null;
  current = null;
  phase = "starting";
  failure = null;
  sourceError = null;
  running = null;
  retryTimer = null;
  stopped = !1;
  switches = 0;
  log;
  /** Activated artifacts still worth scrubbing (the current one and recent rollback targets). */
  recent = /* @__PURE__ */ new Map();
  scrubTimer = null;
  scrubbing = null;
  async start() {
    this.o.scrubMs && this.o.scrubMs > 0 && (this.scrubTimer = setInterval(() => void this.scrub().catch((err) => this.log.warn(`scrub failed: ${errorMessage(err)}`)), this.o.scrubMs), this.scrubTimer.unref()), await this.o.source.start(
      (u) => this.onUpdate(u),
      (err) => {
        this.sourceError = errorMessage(err), this.log.warn(`pointer source ${this.o.source.description}: ${this.sourceError}`);
      }
    );
  }
  onUpdate(u) {
    this.sourceError = null;
    let prev = this.desired;
    this.desired = u;
    let id = u.pointer ? formatArtifactId(u.pointer) : "nothing";
    (!prev || idOf(prev.pointer) !== idOf(u.pointer)) && (this.log.info(`${this.o.env} -> ${id} (registry revision ${u.revision})`), this.failure && this.failure.artifact !== id && (this.failure = null), this.retryTimer && clearTimeout(this.retryTimer), this.retryTimer = null), this.kick();
  }
  kick() {
    this.stopped || this.running || (this.running = this.reconcile().finally(() => {
      this.running = null;
    }));
  }
  async reconcile() {
    for (; !this.stopped; ) {
      let want = this.desired;
      if (!want) return;
      if (!want.pointer) {
        this.phase = this.current ? "serving" : "idle";
        return;
      }
      if (this.current && !this.current.tainted && idOf(this.current.pointer) === idOf(want.pointer)) {
        this.current.revision = want.revision, this.current.pointer = want.pointer, this.phase = "serving", this.failure = null;
        return;
      }
      let id = formatArtifactId(want.pointer);
      if (this.failure?.artifact === id && this.failure.retryAt && Date.parse(this.failure.retryAt) > Date.now()) return;
      try {
        await this.switchTo(want), this.failure = null;
      } catch (err) {
        if (this.stopped) return;
        let attempts = this.failure?.artifact === id ? this.failure.attempts + 1 : 1, r = this.o.retryMs ?? { initial: 1e3, max: 6e4 }, delay = Math.min(r.max, r.initial * 2 ** (attempts - 1));
        if (this.failure = {
          artifact: id,
          code: err instanceof MregError ? err.code : "INTERNAL",
          message: errorMessage(err),
          at: (/* @__PURE__ */ new Date()).toISOString(),
          attempts,
          retryAt: new Date(Date.now() + delay).toISOString()
        }, this.phase = "failed", this.log.warn(
          `switch to ${id} failed (attempt ${attempts}, retrying in ${delay} ms); ${this.current ? `still serving ${this.current.artifact.id}` : "nothing loaded"}: ${this.failure.message}`
        ), this.desired && idOf(this.desired.pointer) !== id) continue;
        this.retryTimer && clearTimeout(this.retryTimer), this.retryTimer = setTimeout(() => {
          this.retryTimer = null, this.failure && (this.failure.retryAt = null), this.kick();
        }, delay), this.retryTimer.unref();
        return;
      }
    }
  }
  async switchTo(want) {
    let pointer = want.pointer;
    this.phase = "fetching";
    let meta = await this.resolveMetadata(pointer, want);
    meta.status === "blocked" && this.log.warn(`${formatArtifactId(meta)} is blocked (${meta.blocked_reason ?? "no reason"}), but ${this.o.env} points at it; loading it`);
    let base = meta.base ? await this.resolveBase(meta, want) : void 0, artifact = await this.o.cache.fetch(meta, base);
    this.log.info(`${artifact.id}: ${artifact.downloaded ? "downloaded and verified" : "verified copy in the cache"} (${artifact.path})`);
    let previous = await this.o.cache.activeTarget();
    await this.o.cache.pointActive(artifact.path), this.phase = "loading";
    try {
      await this.o.runtime.activate(artifact);
    } catch (err) {
      throw await this.o.cache.pointActive(previous).catch(() => {
      }), err;
    }
    this.current = { pointer, revision: want.revision, artifact, loadedAt: (/* @__PURE__ */ new Date()).toISOString() }, this.failure = null, this.recent.delete(artifact.id), this.recent.set(artifact.id, artifact);
    for (let id of [...this.recent.keys()].slice(0, Math.max(0, this.recent.size - Math.max(1, this.o.cache.o.keep)))) this.recent.delete(id);
    this.phase = "serving", this.switches++, this.log.info(`serving ${artifact.id} (${this.o.env}, registry revision ${want.revision})`);
    try {
      let removed = await this.o.cache.remember(artifact);
      for (let p of removed) this.log.info(`pruned ${p} from the cache (keeping the last ${this.o.cache.o.keep})`);
    } catch (err) {
      this.log.warn(`cache bookkeeping failed (serving is unaffected): ${errorMessage(err)}`);
    }
  }
  /** The update's own metadata (a ConfigMap), then the source's registry/models/, then the store. */
  async resolveMetadata(ref, want) {
    let id = formatArtifactId(ref);
    if (want.metadata && formatArtifactId(want.metadata) === id) return want.metadata;
    let fromSource = await this.o.source.readMetadata?.(ref, want.revision);
    if (fromSource) return fromSource;
    if (this.o.store) {
      let key = storeMetadataKey(ref), bytes = await this.o.store.getBytes(key).catch(() => null);
      if (bytes) return parseMetadata(bytes.toString("utf8"), this.o.store.uriFor(key));
    }
    throw new MregError(
      "NOT_FOUND",
      `no metadata for ${id}: the source ${this.o.source.description} has no registry/models/ entry for it${this.o.store ? ` and the store has no ${this.o.store.uriFor(storeMetadataKey(ref))}` : " (pass --store URI to read the metadata JSON beside the artifact)"}`
    );
  }
  async resolveBase(meta, want) {
    let pin = meta.base, baseRef = parseArtifactId(pin.id), base = want.baseMetadata && formatArtifactId(want.baseMetadata) === pin.id ? want.baseMetadata : await this.resolveMetadata(baseRef, { ...want, metadata: void 0 });
    if (base.artifact.sha256 !== pin.sha256)
      throw new MregError(
        "INTEGRITY",
        `${formatArtifactId(meta)} is pinned to base ${pin.id} sha256 ${pin.sha256}, but that base has sha256 ${base.artifact.sha256}`
      );
    return base;
  }
  /**
   * Re-hashes the cached files of the active artifact and of the recently activated ones (the
   * periodic scrub; callable directly). A changed file is discarded; when it is the active one, the
   * follower switches to the same artifact again (fresh download, reload). Skipped while a switch
   * runs (that switch verifies what it uses). Returns the discarded paths.
   */
  async scrub() {
    return this.running || this.stopped ? [] : (this.scrubbing ??= (async () => {
      let bad = [];
      for (let a of [...this.recent.values()]) {
        let discarded = await this.o.cache.scrub(a);
        if (!discarded.length) continue;
        bad.push(...discarded), this.recent.delete(a.id);
        let active = this.current?.artifact.id === a.id;
        this.log.warn(
          `scrub: ${discarded.join(", ")} no longer hash${discarded.length > 1 ? "" : "es"} to the sha256 the registry records for ${a.id}; discarded${active ? "; downloading it again and reloading" : ""}`
        ), active && this.current && (this.current.tainted = !0, this.kick());
      }
      return bad;
    })().finally(() => this.scrubbing = null), this.scrubbing);
  }
  /** For /model-info. */
  info() {
    let c = this.current, d = this.desired?.pointer ?? null, switching = !!d && (!c || idOf(c.pointer) !== idOf(d));
    return {
      environment: this.o.env,
      model: c?.pointer.model ?? null,
      version: c?.pointer.version ?? null,
      quantization: c?.pointer.quantization ?? null,
      artifact_id: c?.artifact.id ?? null,
      sha256: c?.artifact.meta.artifact.sha256 ?? null,
      path: c?.artifact.path ?? null,
      loaded_at: c?.loadedAt ?? null,
      history_id: c?.pointer.history_id ?? null,
      revision: c?.revision ?? null,
      source: this.o.source.description,
      state: this.phase,
      desired: switching || this.failure ? {
        model: d?.model ?? null,
        version: d?.version ?? null,
        quantization: d?.quantization ?? null,
        history_id: d?.history_id ?? null,
        revision: this.desired?.revision ?? null
      } : null,
      error: this.failure ? {
        code: this.failure.code,
        message: this.failure.message,
        artifact: this.failure.artifact,
        attempts: this.failure.attempts,
        at: this.failure.at,
        retry_at: this.failure.retryAt
      } : null,
      source_error: this.sourceError,
      switches: this.switches
    };
  }
  /** For /health: ok only while the desired version is the one being served. */
  health() {
    let c = this.current, d = this.desired, loaded = !!c;
    return this.failure ? {
      ok: !1,
      status: "failed",
      loaded,
      reason: `switch to ${this.failure.artifact} failed (${this.failure.code}, attempt ${this.failure.attempts}): ${this.failure.message}; ${c ? `still serving ${c.artifact.id}` : "nothing loaded"}`
    } : d ? d.pointer ? !c || idOf(c.pointer) !== idOf(d.pointer) ? {
      ok: !1,
      status: c ? "switching" : "loading",
      loaded,
      reason: `${this.phase === "fetching" ? "fetching" : "loading"} ${formatArtifactId(d.pointer)}${c ? `; serving ${c.artifact.id} meanwhile` : ""}`
    } : {
      ok: !0,
      status: "ok",
      loaded,
      reason: this.sourceError ? `serving the last pointer read; the source currently fails: ${this.sourceError}` : null
    } : {
      ok: !1,
      status: "no-pointer",
      loaded,
      reason: `environment ${this.o.env} has no active version${c ? `; still serving ${c.artifact.id}` : ""}`
    } : {
      ok: !1,
      status: "starting",
      loaded,
      reason: this.sourceError ? `cannot read the pointer: ${this.sourceError}` : "waiting for the first pointer reading"
    };
  }
  currentArtifact() {
    return this.current?.artifact ?? null;
  }
  async stop() {
    this.stopped = !0, this.retryTimer && clearTimeout(this.retryTimer), this.scrubTimer && clearInterval(this.scrubTimer), await this.scrubbing?.catch(() => {
    }), await this.o.source.close(), this.running && await Promise.race([this.running, new Promise((r) => setTimeout(r, 2e3).unref())]);
  }
};
function idOf(p) {
  return p ? `${p.model}-v${p.version}-${p.quantization}` : "";
}

// src/serve/http.ts
import { createServer } from "node:http";
var MAX_BODY = 4 * 1024 * 1024;
function send(res, status, body, headers = {}) {
  let text = JSON.stringify(body, null, 2) + `
`;
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers
  }), res.end(text);
}
function apiError(res, status, message, type) {
  send(res, status, { error: { message, type, code: status } });
}
async function readJson(req) {
  let chunks = [], n = 0;
  for await (let c of req) {
    if (n += c.length, n > MAX_BODY) throw new MregError("USAGE", `request body over ${MAX_BODY} bytes`);
    chunks.push(c);
  }
  let text = Buffer.concat(chunks).toString("utf8"), v;
  try {
    v = JSON.parse(text || "{}");
  } catch {
    throw new MregError("USAGE", "request body is not valid JSON");
  }
  if (!v || typeof v != "object" || Array.isArray(v)) throw new MregError("USAGE", "request body must be a JSON object");
  return v;
}
function numberField(body, name, dflt, min, max) {
  let v = body[name];
  if (v == null) return dflt;
  if (typeof v != "number" || !Number.isFinite(v) || v < min || v > max)
    throw new MregError("USAGE", `${name} must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`);
  return v;
}
function generateOptions(body, signal) {
  let stop = body.stop === void 0 || body.stop === null ? [] : Array.isArray(body.stop) ? body.stop : [body.stop];
  if (!stop.every((s) => typeof s == "string")) throw new MregError("USAGE", "stop must be a string or an array of strings");
  return {
    maxTokens: numberField(body, "max_tokens", 16, 1, 32768),
    temperature: numberField(body, "temperature", 0, 0, 2),
    topP: body.top_p === void 0 ? void 0 : numberField(body, "top_p", 1, 0, 1),
    seed: body.seed === void 0 ? void 0 : numberField(body, "seed", 0, 0, 2 ** 31),
    stop,
    signal
  };
}
function createServeServer(o) {
  let { follower, engine } = o, infer = async (req, res, kind) => {
    let body = await readJson(req), abort = new AbortController();
    res.on("close", () => {
      res.writableFinished || abort.abort();
    });
    let opts = generateOptions(body, abort.signal), messages = [], prompt = "";
    if (kind === "chat") {
      if (!Array.isArray(body.messages) || body.messages.length === 0) throw new MregError("USAGE", "messages must be a non-empty array");
      messages = body.messages.map((m, i) => {
        let x = m, content = typeof x.content == "string" ? x.content : Array.isArray(x.content) ? x.content.map((p) => typeof p?.text == "string" ? p.text : "").join("") : null;
        if (typeof x.role != "string" || content === null) throw new MregError("USAGE", `messages[${i}] needs a role and string content`);
        return { role: x.role, content };
      });
    } else {
      let p = Array.isArray(body.prompt) ? body.prompt : [body.prompt ?? ""];
      if (p.length !== 1 || typeof p[0] != "string") throw new MregError("USAGE", "prompt must be a string (or an array of one string)");
      prompt = p[0];
    }
    let stream = body.stream === !0, created = Math.floor(Date.now() / 1e3), id = `${kind === "chat" ? "chatcmpl" : "cmpl"}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`, started = !1, modelId = "", chunk = (text, finishReason) => kind === "chat" ? {
      id,
      object: "chat.completion.chunk",
      created,
      model: modelId,
      choices: [{ index: 0, delta: text ? { content: text } : {}, finish_reason: finishReason }]
    } : { id, object: "text_completion", created, model: modelId, choices: [{ index: 0, text, finish_reason: finishReason }] }, r = await engine.withModel(async (m, seq) => (modelId = m.artifact.id, stream && (res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", "x-mreg-artifact": modelId }), started = !0, kind === "chat" && res.write(`data: ${JSON.stringify({ ...chunk("", null), choices: [{ index: 0, delta: { role: "assistant" }, finish_reason: null }] })}

`), opts.onTextChunk = (t) => res.write(`data: ${JSON.stringify(chunk(t, null))}

`)), kind === "chat" ? chat(m, seq, messages, opts) : complete(m, seq, prompt, opts)));
    if (r === null) return apiError(res, 503, "no model is loaded yet (see /health)", "unavailable");
    let usage = { prompt_tokens: r.promptTokens, completion_tokens: r.completionTokens, total_tokens: r.promptTokens + r.completionTokens };
    if (stream && started) {
      res.write(`data: ${JSON.stringify({ ...chunk("", r.finishReason), usage })}

`), res.end(`data: [DONE]

`);
      return;
    }
    let choice = kind === "chat" ? { index: 0, message: { role: "assistant", content: r.text }, finish_reason: r.finishReason } : { index: 0, text: r.text, logprobs: null, finish_reason: r.finishReason };
    send(
      res,
      200,
      { id, object: kind === "chat" ? "chat.completion" : "text_completion", created, model: modelId, choices: [choice], usage },
      { "x-mreg-artifact": modelId }
    );
  }, handle = async (req, res) => {
    let url = new URL(req.url ?? "/", "http://localhost"), route = `${req.method} ${url.pathname.replace(/\/+$/, "") || "/"}`;
    switch (route) {
      case "GET /model-info":
        return send(res, 200, follower.info());
      case "GET /health": {
        let h = follower.health(), ok = url.searchParams.get("serving") === "1" ? h.loaded : h.ok, info = follower.info();
        return send(res, ok ? 200 : 503, {
          status: h.status,
          reason: h.reason,
          version: info.version,
          desired_version: info.desired?.version ?? info.version
        });
      }
      case "GET /v1/models": {
        if (!engine) break;
        let m = engine.loaded(), data = m ? [
          {
            id: m.artifact.id,
            object: "model",
            created: Math.floor(Date.parse(m.loadedAt) / 1e3),
            owned_by: "mreg",
            root: m.artifact.meta.model,
            version: m.artifact.meta.version,
            quantization: m.artifact.meta.quantization
          }
        ] : [];
        return send(res, 200, { object: "list", data });
      }
      case "POST /v1/completions":
        if (!engine) break;
        return infer(req, res, "completion");
      case "POST /v1/chat/completions":
        if (!engine) break;
        return infer(req, res, "chat");
      case "GET /":
        return send(res, 200, {
          name: "mreg",
          endpoints: ["/model-info", "/health", ...engine ? ["/v1/models", "/v1/completions", "/v1/chat/completions"] : []]
        });
    }
    apiError(res, 404, `no route ${route}`, "not_found");
  };
  return createServer((req, res) => {
    handle(req, res).catch((err) => {
      let usageError = err instanceof MregError && err.code === "USAGE";
      if (usageError || o.log?.(`${req.method} ${req.url}: ${errorMessage(err)}`), res.headersSent) {
        res.end();
        return;
      }
      apiError(res, usageError ? 400 : 500, errorMessage(err), usageError ? "invalid_request_error" : "server_error");
    });
  });
}
async function listen(server, port, host) {
  await new Promise((resolve, reject) => {
    server.once("error", (err) => reject(new MregError("SERVE", `cannot listen on ${host}:${port}: ${err.code ?? err.message}`))), server.listen(port, host, () => resolve());
  });
  let a = server.address();
  return `http://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}`;
}
async function closeServer(server, graceMs = 5e3) {
  let closed = new Promise((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let t = setTimeout(() => server.closeAllConnections(), graceMs);
  t.unref(), await closed, clearTimeout(t);
}

// src/serve/sources/index.ts
import path5 from "node:path";
import { fileURLToPath } from "node:url";

// src/serve/sources/file.ts
import { watch } from "node:fs";
import { readFile as readFile2, stat } from "node:fs/promises";
import path3 from "node:path";

// src/serve/pointer.ts
import { createHash } from "node:crypto";
var POINTER_FILE = "pointer.json";
function contentRevision(text) {
  return `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function parsePointerText(text, file, env, fallbackRevision) {
  let raw = parseJsonText(text, file, 67108864);
  if (raw && typeof raw == "object" && raw.kind === "mreg-pointer") return parsePointerDocument(raw, file, env, fallbackRevision ?? contentRevision(text));
  let registry = checkDocument("registry", raw, file);
  if (!(env in registry.environments))
    throw new MregError("NOT_FOUND", `${file} has no environment ${JSON.stringify(env)} (it has: ${Object.keys(registry.environments).join(", ") || "none"})`);
  return { env, pointer: registry.environments[env] ?? null, revision: fallbackRevision ?? contentRevision(text) };
}
function parsePointerDocument(raw, file, env, fallbackRevision) {
  if (raw.schema_version !== 1) throw new MregError("SCHEMA", `${file}#/schema_version: expected 1, got ${JSON.stringify(raw.schema_version)}`);
  if (raw.environment !== env)
    throw new MregError("NOT_FOUND", `${file} is the pointer of environment ${JSON.stringify(raw.environment)}, not ${JSON.stringify(env)}`);
  let p = raw.pointer;
  if (p !== null && (typeof p != "object" || typeof p.model != "string" || typeof p.version != "string" || typeof p.quantization != "string"))
    throw new MregError("SCHEMA", `${file}#/pointer: expected {model, version, quantization, history_id} or null`);
  let metadata = raw.artifact ? parseMetadata(JSON.stringify(raw.artifact), `${file}#/artifact`) : void 0, baseMetadata = raw.base_artifact ? parseMetadata(JSON.stringify(raw.base_artifact), `${file}#/base_artifact`) : void 0;
  if (p && metadata && formatArtifactId(metadata) !== formatArtifactId(p))
    throw new MregError("SCHEMA", `${file}: pointer says ${formatArtifactId(p)} but the artifact metadata is ${formatArtifactId(metadata)}`);
  let revision = typeof raw.revision == "string" && raw.revision ? raw.revision : fallbackRevision;
  return { env, pointer: p, revision, metadata, baseMetadata };
}
function renderPointerDocument(o) {
  return {
    schema_version: 1,
    kind: "mreg-pointer",
    environment: o.env,
    revision: o.revision,
    pointer: o.pointer,
    artifact: o.artifact,
    ...o.base ? { base_artifact: o.base } : {}
  };
}
var ErrorOnce = class {
  last = null;
  ok() {
    this.last = null;
  }
  report(err, onError) {
    let msg = errorMessage(err);
    msg !== this.last && (this.last = msg, onError(err instanceof Error ? err : new Error(msg)));
  }
};

// src/serve/sources/file.ts
var FileSource = class {
  constructor(o) {
    this.o = o;
    let abs = path3.resolve(o.path);
    this.description = `file:${abs}`, this.explicitFile = abs.endsWith(".json") ? abs : null, this.dir = this.explicitFile ? path3.dirname(abs) : abs;
  }
  description;
  dir;
  explicitFile;
  watcher = null;
  timer = null;
  debounce = null;
  lastText = null;
  errors = new ErrorOnce();
  reading = null;
  again = !1;
  closed = !1;
  /** registry.json beside a `models/` folder (a checkout's registry/) or a pointer document. */
  async file() {
    if (this.explicitFile) return this.explicitFile;
    for (let name of [POINTER_FILE, "registry.json", path3.join("registry", "registry.json")]) {
      let p = path3.join(this.dir, name);
      if (await stat(p).then(
        (s) => s.isFile(),
        () => !1
      ))
        return p;
    }
    throw new MregError("NOT_FOUND", `${this.dir} holds no ${POINTER_FILE} or registry.json`);
  }
  async start(onUpdate, onError) {
    let read = async () => {
      let file = "";
      try {
        file = await this.file();
        let text = await readFile2(file, "utf8");
        if (text === this.lastText) return;
        let update;
        try {
          update = parsePointerText(text, file, this.o.env);
        } catch (err) {
          if (await new Promise((r) => setTimeout(r, 50)), await readFile2(file, "utf8") !== text) return void this.kick();
          throw err;
        }
        this.lastText = text, this.errors.ok(), onUpdate(update);
      } catch (err) {
        this.errors.report(err, onError);
      }
    }, run2 = () => {
      if (!this.closed) {
        if (this.reading) {
          this.again = !0;
          return;
        }
        this.reading = read().finally(() => {
          this.reading = null, this.again && !this.closed && (this.again = !1, run2());
        });
      }
    };
    this.kick = () => {
      this.closed || (this.debounce && clearTimeout(this.debounce), this.debounce = setTimeout(run2, 10));
    };
    try {
      this.watcher = watch(this.dir, { persistent: !1 }, () => this.kick()), this.watcher.on("error", () => {
      });
    } catch (err) {
      onError(new MregError("SERVE", `cannot watch ${this.dir} (${errorMessage(err)}); falling back to polling every ${this.o.pollMs ?? 2e3} ms`));
    }
    this.timer = setInterval(run2, this.o.pollMs ?? 2e3), this.timer.unref(), run2(), await this.reading;
  }
  kick = () => {
  };
  async readMetadata(ref) {
    let file = await this.file().catch(() => null), registryDir = file ? path3.dirname(file) : this.dir, rel = metadataPath(ref).replace(/^registry\//, "");
    for (let p of [path3.join(registryDir, rel), path3.join(registryDir, "registry", rel)]) {
      let text = await readFile2(p, "utf8").catch(() => null);
      if (text !== null) return parseMetadata(text, p);
    }
  }
  async close() {
    this.closed = !0, this.watcher?.close(), this.timer && clearInterval(this.timer), this.debounce && clearTimeout(this.debounce), await this.reading;
  }
};

// src/serve/sources/git.ts
import { execFile as execFile2 } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir2, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";
function parseGitSpec(spec) {
  let m = /^git\+(.+?)(?:#([^#]+))?$/.exec(spec);
  if (!m)
    throw new MregError("USAGE", `invalid git source ${JSON.stringify(spec)}: expected git+URL#BRANCH, e.g. git+https://github.com/org/registry.git#main`);
  return { url: m[1], branch: m[2] ?? "main" };
}
function gitAuthEnv(url, env) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return {};
  }
  if (u.protocol !== "https:") return {};
  let token = env.MREG_GIT_TOKEN || (u.hostname === "github.com" ? env.GITHUB_TOKEN : void 0);
  if (!token) return {};
  let basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: `http.${u.origin}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
}
function run(args, cwd, extraEnv = {}, timeoutMs = 6e4) {
  return new Promise((resolve, reject) => {
    execFile2(
      "git",
      args,
      { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...extraEnv } },
      (err, stdout, stderr) => {
        err ? reject(new MregError("GIT", `git ${args[0]} failed: ${(stderr || errorMessage(err)).trim().split(`
`).pop()}`)) : resolve(stdout);
      }
    );
  });
}
var GitSource = class {
  constructor(o) {
    this.o = o;
    this.description = `git+${o.url}#${o.branch}`;
    let key = createHash2("sha256").update(`${o.url}#${o.branch}`).digest("hex").slice(0, 16);
    this.bare = path4.join(o.cacheDir, "git", key);
  }
  description;
  bare;
  timer = null;
  lastHead = null;
  errors = new ErrorOnce();
  polling = null;
  closed = !1;
  async ensureBare() {
    await stat2(path4.join(this.bare, "HEAD")).then(
      () => !0,
      () => !1
    ) || (await mkdir2(this.bare, { recursive: !0 }), await run(["init", "--quiet", "--bare"], this.bare));
  }
  async poll(onUpdate, onError) {
    try {
      let ref = `refs/heads/${this.o.branch}`, auth = gitAuthEnv(this.o.url, process.env), head = (await run(["ls-remote", "--", this.o.url, ref], this.bare, auth)).split(`
`).map((l) => l.split("	")).find((p) => p[1] === ref)?.[0];
      if (!head) throw new MregError("NOT_FOUND", `${this.description}: the remote has no branch ${this.o.branch}`);
      if (head === this.lastHead) return;
      await run(["fetch", "--quiet", "--depth=1", "--no-tags", "--", this.o.url, `+${ref}:refs/mreg/head`], this.bare, auth);
      let fetched = (await run(["rev-parse", "refs/mreg/head"], this.bare)).trim(), file = this.o.file ?? "registry/registry.json", text = await run(["show", `${fetched}:${file}`], this.bare), update = parsePointerText(text, `${this.description}:${file}`, this.o.env, fetched);
      this.lastHead = fetched, this.errors.ok(), onUpdate(update);
    } catch (err) {
      this.errors.report(err, onError);
    }
  }
  async start(onUpdate, onError) {
    await this.ensureBare();
    let tick = async () => {
      this.closed || (this.polling = this.poll(onUpdate, onError), await this.polling, this.polling = null, this.closed || (this.timer = setTimeout(() => void tick(), this.o.pollMs)));
    };
    await tick();
  }
  async readMetadata(ref, revision) {
    let file = metadataPath(ref), rev = /^[0-9a-f]{40,64}$/.test(revision) ? revision : "refs/mreg/head", text = await run(["show", `${rev}:${file}`], this.bare).catch(() => null);
    return text === null ? void 0 : parseMetadata(text, `${this.description}:${file}`);
  }
  async close() {
    this.closed = !0, this.timer && clearTimeout(this.timer), await this.polling;
  }
};

// src/serve/sources/http.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]), MAX_REDIRECTS = 5, GITHUB_HOSTS = /* @__PURE__ */ new Set(["api.github.com", "raw.githubusercontent.com", "github.com"]);
function authHeaders(url, env) {
  let h = {};
  return env.MREG_HTTP_TOKEN ? h.authorization = `Bearer ${env.MREG_HTTP_TOKEN}` : env.GITHUB_TOKEN && GITHUB_HOSTS.has(url.hostname) && (h.authorization = `Bearer ${env.GITHUB_TOKEN}`), url.hostname === "api.github.com" && (h.accept = "application/vnd.github.raw+json"), h;
}
var HttpSource = class {
  constructor(o) {
    this.o = o;
    try {
      this.url = new URL(o.url);
    } catch {
      throw new MregError("USAGE", `invalid source URL ${JSON.stringify(o.url)}`);
    }
    this.description = o.url, this.env = o.environment ?? process.env;
  }
  description;
  etag = null;
  lastText = null;
  errors = new ErrorOnce();
  timer = null;
  polling = null;
  closed = !1;
  url;
  env;
  /**
   * One GET, following redirects by hand: only to the same origin (scheme, host and port). A
   * redirect to another origin is refused, so whoever can answer a 3xx at the configured URL
   * cannot hand us a registry (and with it the artifacts to serve) from a server of their choosing.
   */
  async get(url, etag) {
    let signal = AbortSignal.timeout(this.o.timeoutMs ?? 3e4), at = url;
    for (let hop = 0; ; hop++) {
      let headers = { ...authHeaders(at, this.env), "user-agent": "mreg" };
      etag && (headers["if-none-match"] = etag);
      let res = await fetch(at, { headers, signal, redirect: "manual" });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => {
        });
        let location = res.headers.get("location");
        if (!location) throw new MregError("SERVE", `${at.href}: HTTP ${res.status} redirect without a Location header`);
        let next;
        try {
          next = new URL(location, at);
        } catch {
          throw new MregError("SERVE", `${at.href}: HTTP ${res.status} redirect to an invalid URL ${JSON.stringify(location)}`);
        }
        if (next.origin !== url.origin)
          throw new MregError(
            "SERVE",
            `${at.href}: HTTP ${res.status} redirects to ${next.href}, another origin than the source ${url.origin}; refusing to follow it (point the source at the final URL if that server is trusted)`
          );
        if (hop >= MAX_REDIRECTS) throw new MregError("SERVE", `${url.href}: more than ${MAX_REDIRECTS} redirects`);
        at = next;
        continue;
      }
      let text = res.status === 304 ? "" : await res.text();
      return { status: res.status, text, etag: res.headers.get("etag") };
    }
  }
  async poll(onUpdate, onError) {
    try {
      let r = await this.get(this.url, this.etag);
      if (r.status === 304) return;
      if (r.status !== 200) throw new MregError("SERVE", `${this.description}: HTTP ${r.status}${r.text ? `: ${r.text.slice(0, 200)}` : ""}`);
      if (this.etag = r.etag, r.text === this.lastText) return;
      let update = parsePointerText(
        r.text,
        this.description,
        this.o.env,
        r.etag ? `etag:${r.etag.replace(/^W\//, "").replace(/"/g, "")}` : contentRevision(r.text)
      );
      this.lastText = r.text, this.errors.ok(), onUpdate(update);
    } catch (err) {
      this.errors.report(err, onError);
    }
  }
  async start(onUpdate, onError) {
    let tick = async () => {
      this.closed || (this.polling = this.poll(onUpdate, onError), await this.polling, this.polling = null, this.closed || (this.timer = setTimeout(() => void tick(), this.o.pollMs)));
    };
    await tick();
  }
  /** `.../registry/registry.json?ref=main` -> `.../registry/models/<m>/<id>.json?ref=main`. */
  async readMetadata(ref) {
    if (!this.url.pathname.endsWith("registry/registry.json")) return;
    let u = new URL(this.url.href);
    u.pathname = u.pathname.slice(0, -22) + metadataPath(ref);
    let r = await this.get(u, null);
    if (r.status !== 404) {
      if (r.status !== 200) throw new MregError("SERVE", `${u.href}: HTTP ${r.status}`);
      return parseMetadata(r.text, u.href);
    }
  }
  async close() {
    this.closed = !0, this.timer && clearTimeout(this.timer), await this.polling;
  }
};

// src/serve/sources/kubernetes.ts
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";
function apiConfig(env) {
  if (env.MREG_K8S_API) return { base: new URL(env.MREG_K8S_API), token: env.MREG_K8S_TOKEN ?? null, ca: void 0 };
  let host = env.KUBERNETES_SERVICE_HOST;
  if (!host) throw new MregError("USAGE", 'k8s: source outside a cluster: set MREG_K8S_API (e.g. http://127.0.0.1:8001 from "kubectl proxy")');
  let read = (f) => {
    try {
      return readFileSync(`${SA_DIR}/${f}`);
    } catch (err) {
      throw new MregError("SERVE", `k8s: source: cannot read the service account's ${f} (${errorMessage(err)}); is automountServiceAccountToken off?`);
    }
  };
  return {
    base: new URL(`https://${host.includes(":") ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? "443"}`),
    token: read("token").toString().trim(),
    ca: read("ca.crt")
  };
}
var KubernetesSource = class {
  constructor(o) {
    this.o = o;
    let env = o.environment ?? process.env, m = /^k8s:(?:([a-z0-9][-a-z0-9]*)\/)?([a-z0-9][-a-z0-9.]*)$/.exec(o.spec);
    if (!m) throw new MregError("USAGE", `invalid kubernetes source ${JSON.stringify(o.spec)}: expected k8s:NAME or k8s:NAMESPACE/NAME`);
    this.name = m[2], this.api = apiConfig(env), this.namespace = m[1] ?? env.MREG_K8S_NAMESPACE ?? (() => {
      try {
        return readFileSync(`${SA_DIR}/namespace`, "utf8").trim();
      } catch {
        return "default";
      }
    })(), this.description = `k8s:${this.namespace}/${this.name}`;
  }
  description;
  namespace;
  name;
  api;
  closed = !1;
  resourceVersion = null;
  lastText = null;
  errors = new ErrorOnce();
  watchRes = null;
  timer = null;
  reconnect = null;
  request(path7, stream) {
    let url = new URL(path7, this.api.base), req = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
      method: "GET",
      headers: { accept: "application/json", ...this.api.token ? { authorization: `Bearer ${this.api.token}` } : {} },
      ...this.api.ca ? { ca: this.api.ca } : {},
      timeout: stream ? 0 : 3e4
    });
    return new Promise((resolve, reject) => {
      req.once("response", resolve), req.once("error", reject), req.once("timeout", () => req.destroy(new Error("timed out"))), req.end();
    });
  }
  async getObject() {
    let res = await this.request(`/api/v1/namespaces/${this.namespace}/configmaps/${this.name}`, !1), body = "";
    for await (let c of res) body += c;
    if (res.statusCode !== 200) throw new MregError("SERVE", `${this.description}: GET answered HTTP ${res.statusCode}: ${body.slice(0, 200)}`);
    let o = JSON.parse(body);
    return { resourceVersion: o.metadata.resourceVersion, data: o.data ?? {} };
  }
  emit(data, onUpdate, onError) {
    try {
      let text = data[POINTER_FILE];
      if (text === void 0) throw new MregError("NOT_FOUND", `${this.description} has no ${POINTER_FILE} key (render it with "mreg k8s configmap")`);
      if (text === this.lastText) return;
      let u = parsePointerText(text, `${this.description}:${POINTER_FILE}`, this.o.env);
      this.lastText = text, this.errors.ok(), onUpdate(u);
    } catch (err) {
      this.errors.report(err, onError);
    }
  }
  async list(onUpdate, onError) {
    try {
      let o = await this.getObject();
      this.resourceVersion = o.resourceVersion, this.emit(o.data, onUpdate, onError);
    } catch (err) {
      this.errors.report(err, onError);
    }
  }
  async watch(onUpdate, onError) {
    if (this.closed) return;
    let q = new URLSearchParams({ watch: "1", fieldSelector: `metadata.name=${this.name}`, allowWatchBookmarks: "true" });
    this.resourceVersion && q.set("resourceVersion", this.resourceVersion);
    try {
      let res = await this.request(`/api/v1/namespaces/${this.namespace}/configmaps?${q}`, !0);
      if (res.statusCode !== 200)
        throw res.resume(), new MregError("SERVE", `${this.description}: watch answered HTTP ${res.statusCode}`);
      this.watchRes = res;
      let buf = "";
      for await (let chunk of res) {
        buf += chunk;
        let nl;
        for (; (nl = buf.indexOf(`
`)) >= 0; ) {
          let line = buf.slice(0, nl).trim();
          if (buf = buf.slice(nl + 1), !line) continue;
          let ev = JSON.parse(line);
          if (ev.type === "ERROR")
            throw ev.object.code === 410 && (this.resourceVersion = null), new MregError("SERVE", `${this.description}: watch error ${ev.object.code ?? ""}`);
          ev.object.metadata?.resourceVersion && (this.resourceVersion = ev.object.metadata.resourceVersion), ev.type === "ADDED" || ev.type === "MODIFIED" ? this.emit(ev.object.data ?? {}, onUpdate, onError) : ev.type === "DELETED" && this.errors.report(new MregError("NOT_FOUND", `${this.description} was deleted; keeping the last pointer`), onError);
        }
      }
    } catch (err) {
      this.closed || this.errors.report(err, onError);
    } finally {
      this.watchRes = null;
    }
    this.closed || (this.reconnect = setTimeout(() => {
      (async () => (this.resourceVersion || await this.list(onUpdate, onError), await this.watch(onUpdate, onError)))();
    }, 500));
  }
  async start(onUpdate, onError) {
    await this.list(onUpdate, onError), this.watch(onUpdate, onError), this.timer = setInterval(() => void this.list(onUpdate, onError), this.o.pollMs ?? 3e4), this.timer.unref();
  }
  async close() {
    this.closed = !0, this.timer && clearInterval(this.timer), this.reconnect && clearTimeout(this.reconnect), this.watchRes?.destroy();
  }
};

// src/serve/sources/index.ts
function openSource(spec, o) {
  if (!spec) throw new MregError("USAGE", "--source is required (a path, file:PATH, git+URL#BRANCH or an https:// URL)");
  if (spec.startsWith("git+")) {
    let { url, branch } = parseGitSpec(spec);
    return new GitSource({ url, branch, env: o.env, cacheDir: o.cacheDir, pollMs: o.pollMs ?? 5e3 });
  }
  if (spec.startsWith("k8s:")) return new KubernetesSource({ spec, env: o.env, pollMs: o.pollMs, environment: o.environment });
  if (/^https?:\/\//.test(spec)) return new HttpSource({ url: spec, env: o.env, pollMs: o.pollMs ?? 5e3, environment: o.environment });
  let p = spec;
  if (spec.startsWith("file://")) p = fileURLToPath(spec);
  else if (spec.startsWith("file:")) p = spec.slice(5);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec))
    throw new MregError("USAGE", `unsupported source ${JSON.stringify(spec)}: expected a path, file:PATH, git+URL#BRANCH or http(s)://`);
  return new FileSource({ path: path5.resolve(o.cwd ?? process.cwd(), p), env: o.env, pollMs: o.pollMs ?? 2e3 });
}

// src/serve/index.ts
async function start(o, runtime, engine) {
  let cacheDir = path6.resolve(o.cwd ?? process.cwd(), o.cacheDir), store = typeof o.store == "string" ? openStore(o.store, { ...o.storeConfig, baseDir: o.cwd }) : o.store, source = typeof o.source == "string" ? openSource(o.source, { env: o.env, cacheDir, pollMs: o.pollMs, cwd: o.cwd }) : o.source, cache = new ServeCache({
    dir: cacheDir,
    keep: o.keep ?? 3,
    store,
    storeOptions: { ...o.storeConfig, baseDir: o.cwd },
    download: o.storeConfig?.download
  }), follower = new Follower({ env: o.env, source, cache, runtime, store, logger: o.logger, retryMs: o.retryMs, scrubMs: o.scrubMs }), server = createServeServer({ follower, engine, log: (m) => o.logger?.warn(m) }), url = await listen(server, o.port ?? 8080, o.host ?? "127.0.0.1");
  try {
    await follower.start();
  } catch (err) {
    throw await closeServer(server, 0), err;
  }
  let stopping = null;
  return {
    url,
    follower,
    engine,
    stop: () => stopping ??= (async () => {
      await follower.stop().catch((err) => o.logger?.warn(`stopping the follower: ${errorMessage(err)}`)), await closeServer(server), await runtime.close();
    })()
  };
}
async function startServe(o) {
  let engine = new LlamaEngine({ gpu: o.gpu, threads: o.threads, contextSize: o.contextSize, parallel: o.parallel });
  return start(o, engine, engine);
}
async function startAgent(o) {
  let cacheDir = path6.resolve(o.cwd ?? process.cwd(), o.cacheDir), runtime = new AgentRuntime({ ...o, activeLink: path6.join(cacheDir, "active"), log: (m) => o.logger?.info(m) });
  return start(o, runtime, void 0);
}

export {
  POINTER_FILE,
  renderPointerDocument,
  splitCommand,
  startServe,
  startAgent
};
