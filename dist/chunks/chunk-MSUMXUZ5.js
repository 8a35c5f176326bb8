import {
  canaryAsPointer
} from "./chunk-OUA4VDMS.js";
import {
  movedStable
} from "./chunk-S2HYHD6V.js";
import {
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  checkDocument,
  parseMetadata
} from "./chunk-NJIZENZ6.js";
import {
  parseJsonText
} from "./chunk-VFSO6U6C.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/serve/sources/kubernetes-source.ts
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// src/serve/pointer-source.ts
import { createHash } from "node:crypto";
var POINTER_FILE = "pointer.json";
function contentRevision(text) {
  return `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function parsePointerText(text, file, env, fallbackRevision) {
  let raw = parseJsonText(text, file, 67108864);
  if (raw && typeof raw == "object" && raw.kind === "mreg-pointer")
    return parsePointerDocument(raw, file, env, fallbackRevision ?? contentRevision(text));
  let registry = checkDocument("registry", raw, file);
  if (!(env in registry.environments))
    throw new MregError(
      "NOT_FOUND",
      `${file} has no environment ${JSON.stringify(env)} (it has: ${Object.keys(registry.environments).join(", ") || "none"})`
    );
  let pointer = registry.environments[env] ?? null;
  return {
    env,
    pointer,
    revision: fallbackRevision ?? contentRevision(text),
    historyId: newestHistoryId(registry.history),
    committedAt: committedAtOf(registry.history, env, pointer),
    previous: previousKnownGood(registry.history, env, pointer),
    ...pointer?.canary ? { canary: { pointer: canaryAsPointer(pointer, pointer.canary), percent: pointer.canary.percent } } : {}
  };
}
function committedAtOf(history, env, pointer) {
  if (!pointer) return;
  let newest;
  for (let e of history) e.env === env && e.id >= pointer.history_id && (!newest || e.id > newest.id) && (newest = e);
  return newest?.deployed_at;
}
function newestHistoryId(history) {
  let id = 0;
  for (let e of history) e.id > id && (id = e.id);
  return id;
}
function previousKnownGood(history, env, current) {
  let cur = current ? formatArtifactId(current) : "", best = null;
  for (let e of history)
    e.env !== env || e.rolled_back || !movedStable(e) || formatArtifactId(e) === cur || (!best || e.id > best.id) && (best = e);
  return best ? { model: best.model, version: best.version, quantization: best.quantization, history_id: best.id } : null;
}
function parsePointerDocument(raw, file, env, fallbackRevision) {
  if (raw.schema_version !== 1)
    throw new MregError("SCHEMA", `${file}#/schema_version: expected 1, got ${JSON.stringify(raw.schema_version)}`);
  if (raw.environment !== env)
    throw new MregError(
      "NOT_FOUND",
      `${file} is the pointer of environment ${JSON.stringify(raw.environment)}, not ${JSON.stringify(env)}`
    );
  let p = raw.pointer;
  if (p !== null && (typeof p != "object" || typeof p.model != "string" || typeof p.version != "string" || typeof p.quantization != "string"))
    throw new MregError("SCHEMA", `${file}#/pointer: expected {model, version, quantization, history_id} or null`);
  let metadata = raw.artifact ? parseMetadata(JSON.stringify(raw.artifact), `${file}#/artifact`) : void 0, baseMetadata = raw.base_artifact ? parseMetadata(JSON.stringify(raw.base_artifact), `${file}#/base_artifact`) : void 0;
  if (p && metadata && formatArtifactId(metadata) !== formatArtifactId(p))
    throw new MregError(
      "SCHEMA",
      `${file}: pointer says ${formatArtifactId(p)} but the artifact metadata is ${formatArtifactId(metadata)}`
    );
  let revision = typeof raw.revision == "string" && raw.revision ? raw.revision : fallbackRevision;
  if (raw.history_id !== void 0 && !(Number.isInteger(raw.history_id) && raw.history_id >= 0))
    throw new MregError(
      "SCHEMA",
      `${file}#/history_id: expected a non-negative integer, got ${JSON.stringify(raw.history_id)}`
    );
  let prev = raw.previous ?? null;
  if (prev !== null && (typeof prev != "object" || typeof prev.model != "string" || typeof prev.version != "string" || typeof prev.quantization != "string"))
    throw new MregError("SCHEMA", `${file}#/previous: expected {model, version, quantization, history_id} or null`);
  let previousMetadata = raw.previous_artifact ? parseMetadata(JSON.stringify(raw.previous_artifact), `${file}#/previous_artifact`) : void 0, canary = p?.canary ? parseDocumentCanary(raw, file, p) : void 0;
  return {
    env,
    pointer: p,
    revision,
    metadata,
    baseMetadata,
    historyId: raw.history_id,
    committedAt: typeof raw.committed_at == "string" ? raw.committed_at : void 0,
    previous: prev,
    previousMetadata,
    ...canary ? { canary } : {}
  };
}
function parseDocumentCanary(raw, file, p) {
  let c = p.canary;
  if (typeof c != "object" || typeof c.version != "string" || typeof c.quantization != "string" || !Number.isInteger(c.history_id) || !(Number.isInteger(c.percent) && c.percent >= 1 && c.percent <= 99))
    throw new MregError(
      "SCHEMA",
      `${file}#/pointer/canary: expected {version, quantization, history_id, percent (1-99), started_at}`
    );
  let pointer = canaryAsPointer(p, c), metadata = raw.canary_artifact ? parseMetadata(JSON.stringify(raw.canary_artifact), `${file}#/canary_artifact`) : void 0;
  if (metadata && formatArtifactId(metadata) !== formatArtifactId(pointer))
    throw new MregError(
      "SCHEMA",
      `${file}: the canary is ${formatArtifactId(pointer)} but the canary artifact metadata is ${formatArtifactId(metadata)}`
    );
  let baseMetadata = raw.canary_base_artifact ? parseMetadata(JSON.stringify(raw.canary_base_artifact), `${file}#/canary_base_artifact`) : void 0;
  return { pointer, percent: c.percent, metadata, baseMetadata };
}
function renderPointerDocument(o) {
  return {
    schema_version: 1,
    kind: "mreg-pointer",
    environment: o.env,
    revision: o.revision,
    pointer: o.pointer,
    artifact: o.artifact,
    ...o.base ? { base_artifact: o.base } : {},
    ...o.historyId !== void 0 ? { history_id: o.historyId } : {},
    ...o.committedAt ? { committed_at: o.committedAt } : {},
    ...o.previous !== void 0 ? { previous: o.previous } : {},
    ...o.previousArtifact ? { previous_artifact: o.previousArtifact } : {},
    ...o.canaryArtifact ? { canary_artifact: o.canaryArtifact } : {},
    ...o.canaryBase ? { canary_base_artifact: o.canaryBase } : {}
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
}, POLL_FLOOR_MS = {
  /** Any http(s) server: one conditional GET (304, no body when unchanged) per poll. */
  http: 1e3,
  /** Any git remote: one `git ls-remote` (a ref advertisement) per poll. */
  git: 5e3,
  /** GitHub (github.com, api.github.com, raw.githubusercontent.com): 5,000 requests an hour per token. */
  github: 15e3
}, GITHUB = /(^|\.)github\.com$|^raw\.githubusercontent\.com$/;
function pollFloorMs(kind, url) {
  let host = "";
  try {
    host = new URL(url.replace(/^[^@/]+@([^:]+):/, "ssh://$1/")).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return 0;
  }
  return !host || host === "localhost" || /^127\./.test(host) || host === "::1" ? 0 : GITHUB.test(host) ? POLL_FLOOR_MS.github : POLL_FLOOR_MS[kind];
}
function checkPollInterval(kind, url, pollMs) {
  let floor = pollFloorMs(kind, url);
  if (pollMs < floor)
    throw new MregError(
      "USAGE",
      `poll interval ${pollMs} ms for ${url} is below the ${floor} ms floor for ${floor === POLL_FLOOR_MS.github ? "GitHub" : `a remote ${kind} source`}: a fleet multiplies every poll (for more than a few dozen servers, follow a ConfigMap with k8s:NAMESPACE/NAME)`
    );
}
var PollSchedule = class {
  constructor(pollMs, random = Math.random, now = Date.now) {
    this.pollMs = pollMs;
    this.random = random;
    this.now = now;
  }
  lastStart = null;
  phased = !1;
  /** Call as a poll starts. */
  started() {
    this.lastStart = this.now();
  }
  /** Milliseconds to wait, from now, before the next poll. */
  nextDelay(failures, retryAfterMs = 0) {
    let interval = this.pollMs * Math.min(16, 2 ** Math.max(0, failures)), wait;
    return this.phased ? wait = Math.max(0, (this.lastStart ?? this.now()) + interval - this.now()) : (this.phased = !0, wait = Math.floor(this.random() * interval)), Math.max(retryAfterMs, Math.round(wait));
  }
};

// src/serve/sources/kubernetes-source.ts
var SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount", client = null;
function kubernetesClient() {
  return client ??= import("@kubernetes/client-node"), client;
}
function kubeConfigSource(env, what) {
  if (env.MREG_K8S_API) {
    try {
      new URL(env.MREG_K8S_API);
    } catch {
      throw new MregError(
        "USAGE",
        `MREG_K8S_API: expected an http(s) URL of the Kubernetes API, got ${JSON.stringify(env.MREG_K8S_API)}`
      );
    }
    return { kind: "url", server: env.MREG_K8S_API.replace(/\/+$/, ""), token: env.MREG_K8S_TOKEN || void 0 };
  }
  if (env.KUBERNETES_SERVICE_HOST) return { kind: "cluster" };
  let file = (env.KUBECONFIG ? env.KUBECONFIG.split(path.delimiter).filter(Boolean) : [path.join(env.HOME ?? os.homedir(), ".kube", "config")]).find((f) => existsSync(f));
  if (!file)
    throw new MregError(
      "USAGE",
      `${what} outside a cluster needs a kubeconfig (KUBECONFIG or ~/.kube/config) or MREG_K8S_API (e.g. http://127.0.0.1:8001 from "kubectl proxy")`
    );
  return { kind: "file", file };
}
async function loadKubeConfig(src) {
  let k = await kubernetesClient(), kc = new k.KubeConfig();
  try {
    src.kind === "url" ? kc.loadFromOptions({
      // The client refuses plain http unless TLS checks are "skipped"; there is no TLS to check there.
      clusters: [{ name: "mreg", server: src.server, skipTLSVerify: src.server.startsWith("http:") }],
      users: [{ name: "mreg", ...src.token ? { token: src.token } : {} }],
      contexts: [{ name: "mreg", cluster: "mreg", user: "mreg" }],
      currentContext: "mreg"
    }) : src.kind === "cluster" ? kc.loadFromCluster() : kc.loadFromFile(src.file);
  } catch (err) {
    throw new MregError(
      "SERVE",
      `cannot load the Kubernetes configuration (${src.kind === "file" ? src.file : src.kind}): ${errorMessage(err)}`
    );
  }
  if (!kc.getCurrentCluster())
    throw new MregError(
      "SERVE",
      `the Kubernetes configuration${src.kind === "file" ? ` ${src.file}` : ""} has no current cluster`
    );
  return kc;
}
function defaultNamespace(env, kc) {
  if (env.MREG_K8S_NAMESPACE) return env.MREG_K8S_NAMESPACE;
  try {
    return readFileSync(`${SA_DIR}/namespace`, "utf8").trim();
  } catch {
    return kc?.getContextObject(kc.getCurrentContext())?.namespace ?? "default";
  }
}
function statusOf(err) {
  let e = err;
  return typeof e?.code == "number" ? e.code : typeof e?.statusCode == "number" ? e.statusCode : void 0;
}
var K8S_MIN_RELIST_MS = 6e4, KubernetesSource = class {
  constructor(o) {
    this.o = o;
    this.env = o.environment ?? process.env;
    let m = /^k8s:(?:([a-z0-9][-a-z0-9]*)\/)?([a-z0-9][-a-z0-9.]*)$/.exec(o.spec);
    if (!m)
      throw new MregError(
        "USAGE",
        `invalid kubernetes source ${JSON.stringify(o.spec)}: expected k8s:NAME or k8s:NAMESPACE/NAME`
      );
    this.name = m[2], this.namespace = m[1] ?? null, this.config = kubeConfigSource(this.env, "a k8s: source"), this.description = `k8s:${this.namespace ? `${this.namespace}/` : ""}${this.name}`;
  }
  description;
  namespace;
  name;
  config;
  env;
  ns = "default";
  kc = null;
  api = null;
  closed = !1;
  resourceVersion = null;
  lastText = null;
  errors = new ErrorOnce();
  abort = null;
  timer = null;
  reconnect = null;
  /** Requests made, by kind, for the fleet benchmark and the logs. */
  requests = { list: 0, watch: 0 };
  emit(data, onUpdate, onError) {
    try {
      let text = data[POINTER_FILE];
      if (text === void 0)
        throw new MregError(
          "NOT_FOUND",
          `${this.description} has no ${POINTER_FILE} key (write it with "mreg k8s apply")`
        );
      if (text === this.lastText) return;
      let u = parsePointerText(text, `${this.description}:${POINTER_FILE}`, this.o.env);
      this.lastText = text, this.errors.ok(), onUpdate(u);
    } catch (err) {
      this.errors.report(err, onError);
    }
  }
  async list(onUpdate, onError) {
    try {
      this.requests.list++;
      let r = await this.api.listNamespacedConfigMap({
        namespace: this.ns,
        fieldSelector: `metadata.name=${this.name}`
      });
      this.resourceVersion = r.metadata?.resourceVersion ?? null;
      let cm = r.items[0];
      if (!cm)
        throw new MregError(
          "NOT_FOUND",
          `${this.description} does not exist (yet); waiting for "mreg k8s apply" to write it`
        );
      this.emit(cm.data ?? {}, onUpdate, onError);
    } catch (err) {
      this.errors.report(
        err instanceof MregError ? err : new MregError("SERVE", `${this.description}: list failed: ${describe(err)}`),
        onError
      );
    }
  }
  async watch(onUpdate, onError) {
    if (this.closed) return;
    let k = await kubernetesClient();
    if (await new Promise((resolve) => {
      this.requests.watch++, new k.Watch(this.kc).watch(
        `/api/v1/namespaces/${encodeURIComponent(this.ns)}/configmaps`,
        {
          fieldSelector: `metadata.name=${this.name}`,
          allowWatchBookmarks: !0,
          ...this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}
        },
        (type, obj) => {
          if (type === "ERROR") {
            obj.code === 410 ? this.resourceVersion = null : this.errors.report(
              new MregError(
                "SERVE",
                `${this.description}: watch error ${obj.code ?? ""} ${obj.message ?? ""}`.trim()
              ),
              onError
            ), this.abort?.abort();
            return;
          }
          obj.metadata?.resourceVersion && (this.resourceVersion = obj.metadata.resourceVersion), type === "ADDED" || type === "MODIFIED" ? this.emit(obj.data ?? {}, onUpdate, onError) : type === "DELETED" && this.errors.report(
            new MregError("NOT_FOUND", `${this.description} was deleted; keeping the last pointer`),
            onError
          );
        },
        (err) => {
          err && !this.closed && !isAbort(err) && (statusOf(err) === 410 && (this.resourceVersion = null), this.errors.report(new MregError("SERVE", `${this.description}: watch ended: ${describe(err)}`), onError)), resolve();
        }
      ).then(
        (c) => {
          this.abort = c, this.closed && c.abort();
        },
        (err) => {
          this.closed || this.errors.report(
            new MregError("SERVE", `${this.description}: watch failed: ${describe(err)}`),
            onError
          ), resolve();
        }
      );
    }), this.abort = null, this.closed) return;
    let base = this.o.rewatchMs ?? 500;
    this.reconnect = setTimeout(
      () => void (async () => {
        this.resourceVersion || await this.list(onUpdate, onError), await this.watch(onUpdate, onError);
      })(),
      base + Math.random() * base
    );
  }
  async start(onUpdate, onError) {
    let k = await kubernetesClient();
    this.kc = await loadKubeConfig(this.config), this.ns = this.namespace ?? defaultNamespace(this.env, this.kc), this.api = this.kc.makeApiClient(k.CoreV1Api), await this.list(onUpdate, onError), this.watch(onUpdate, onError);
    let relist = Math.max(K8S_MIN_RELIST_MS, this.o.pollMs ?? 3e5);
    this.timer = setInterval(() => void this.list(onUpdate, onError), relist * (0.9 + Math.random() * 0.2)), this.timer.unref();
  }
  async close() {
    this.closed = !0, this.timer && clearInterval(this.timer), this.reconnect && clearTimeout(this.reconnect), this.abort?.abort();
  }
};
function isAbort(err) {
  return err?.name === "AbortError" || err?.type === "aborted";
}
function describe(err) {
  let e = err, msg = errorMessage(err);
  if (typeof e?.body == "string")
    try {
      let s = JSON.parse(e.body);
      s.message && (msg = `HTTP ${e.code ?? ""} ${s.message}`.trim());
    } catch {
    }
  return msg.split(`
`)[0].slice(0, 300);
}

export {
  POINTER_FILE,
  contentRevision,
  parsePointerText,
  committedAtOf,
  newestHistoryId,
  previousKnownGood,
  renderPointerDocument,
  ErrorOnce,
  pollFloorMs,
  checkPollInterval,
  PollSchedule,
  kubernetesClient,
  kubeConfigSource,
  loadKubeConfig,
  defaultNamespace,
  statusOf,
  K8S_MIN_RELIST_MS,
  KubernetesSource,
  describe
};
