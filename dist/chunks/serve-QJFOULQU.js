import {
  int,
  reqStr,
  str
} from "./chunk-EAOWGWAA.js";
import {
  ADAPTER_APIS,
  splitCommand,
  startAgent,
  startServe
} from "./chunk-Z73WB7AR.js";
import "./chunk-MSUMXUZ5.js";
import "./chunk-XIRHHIFP.js";
import "./chunk-ZHWFVG5Q.js";
import "./chunk-CCCON3DT.js";
import "./chunk-QCKMG6X6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-OUA4VDMS.js";
import {
  settingsFromEnv
} from "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import {
  REGISTRY_FILE,
  loadConfig,
  resolveStoreUri
} from "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import {
  usage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/serve.ts
import path from "node:path";
var followOptions = {
  env: { type: "string", description: "the environment to follow (e.g. production)", placeholder: "ENV" },
  "scrub-minutes": {
    type: "string",
    description: "re-hash the active and recently used cached artifacts every N minutes; a changed file is fetched again and reloaded (default: off)",
    placeholder: "N"
  },
  source: {
    type: "string",
    description: "where the pointer is read: a path (registry.json, or a mounted ConfigMap folder), file:PATH, git+URL#BRANCH, an http(s) URL, or k8s:[NAMESPACE/]CONFIGMAP (API watch) (default: the repository's registry/registry.json)",
    placeholder: "SOURCE"
  },
  store: {
    type: "string",
    description: "artifact store URI: its endpoint/credentials and metadata JSON (default: $MREG_STORE or the repository config)",
    placeholder: "URI"
  },
  cache: {
    type: "string",
    description: `cache folder: artifacts, staging and the "active" link (default: $MREG_CACHE or the config's cache.dir)`,
    placeholder: "DIR"
  },
  keep: {
    type: "string",
    description: "verified artifacts to keep cached for instant rollback (default: config cache.keep, 3)",
    placeholder: "N"
  },
  port: {
    type: "string",
    description: "port for the HTTP API (default 8080; 0 picks a free one)",
    placeholder: "PORT"
  },
  host: { type: "string", description: "address to listen on (default 127.0.0.1)", placeholder: "HOST" },
  "rollout-spread": {
    type: "string",
    description: "seconds over which a fleet's downloads of a new version spread (default: config rollout.spread_s, 0); a cached version (a rollback) switches at once",
    placeholder: "S"
  },
  instance: {
    type: "string",
    description: "this server's name: its canary role and its download spread (default: $POD_NAME or the host name)",
    placeholder: "NAME"
  },
  "poll-interval": {
    type: "string",
    description: "ms between polls of a git or http source (default 5000, at a random phase per server; floors: remote http 1000, remote git 5000, GitHub 15000); file and k8s sources are watched (this is then their safety-net re-read; k8s: at least 60000)",
    placeholder: "MS"
  }
};
async function optionalConfig(io) {
  try {
    let root = path.resolve(io.repo);
    return { config: await loadConfig(root), root };
  } catch {
    return { config: null, root: path.resolve(io.repo) };
  }
}
async function followSetup(args, io, cmd) {
  let env = reqStr(args, "env", cmd), { config, root } = await optionalConfig(io), storeSpec = str(args, "store") || io.env.MREG_STORE || (config ? resolveStoreUri(root, config.store) : void 0), cacheDir = str(args, "cache") || io.env.MREG_CACHE || (config ? path.resolve(root, config.cache.dir) : ".mreg-cache");
  return {
    env,
    source: str(args, "source") ?? path.join(root, REGISTRY_FILE),
    cacheDir,
    keep: int(args, "keep", cmd, 1) ?? config?.cache.keep ?? 3,
    store: storeSpec,
    storeConfig: config ? { s3: config.s3, download: config.download } : void 0,
    pollMs: int(args, "poll-interval", cmd, 10),
    port: int(args, "port", cmd, 0) ?? 8080,
    host: str(args, "host") ?? "127.0.0.1",
    scrubMs: scrubMs(args, cmd),
    spreadS: spreadS(args, cmd) ?? config?.rollout?.spread_s ?? 0,
    instance: str(args, "instance") || io.env.POD_NAME || void 0,
    logger: { info: (m) => logLine(io, m), warn: (m) => logLine(io, `warning: ${m}`) }
  };
}
function logLine(io, message, now = /* @__PURE__ */ new Date()) {
  io.log(`${now.toISOString()} ${message}`);
}
function scrubMs(args, cmd) {
  let raw = str(args, "scrub-minutes");
  if (raw === void 0) return;
  let minutes = Number(raw);
  if (!(minutes > 0))
    throw usage(`mreg ${cmd}: --scrub-minutes expects a positive number of minutes, got ${JSON.stringify(raw)}`);
  return minutes * 6e4;
}
function spreadS(args, cmd) {
  let raw = str(args, "rollout-spread");
  if (raw === void 0) return;
  let s = Number(raw);
  if (!(s >= 0 && s <= 86400))
    throw usage(`mreg ${cmd}: --rollout-spread expects seconds in [0, 86400], got ${JSON.stringify(raw)}`);
  return s;
}
function announce(io, url) {
  io.stdout(`${url}
`);
}
async function runUntilAborted(io, running, what) {
  announce(io, running.url), logLine(io, `${what} listening on ${running.url} (GET /model-info, /health, /metrics); stop with Ctrl-C`), io.signal.aborted || await new Promise((resolve) => io.signal.addEventListener("abort", resolve, { once: !0 })), logLine(io, `stopping ${what}...`);
  let last = running.follower.info();
  return await running.stop(), {
    text: `stopped (was serving ${last.artifact_id ?? "nothing"})`,
    json: { stopped: !0, url: running.url, last }
  };
}
var serveCommand = {
  name: "serve",
  summary: "Reference inference server: follow an environment's pointer, load its model with llama.cpp, switch versions without a restart. OpenAI-compatible /v1 routes plus /model-info and /health.",
  usage: "--env ENV [--source SOURCE] [--store URI] [--cache DIR] [--port P] [--host H] [--poll-interval MS]",
  description: `Prints the listening URL as the first line of stdout, then runs until SIGINT/SIGTERM.
A switch fetches and verifies the new artifact, swaps <cache>/active, loads it next to the old model, sends new requests to it and unloads the old one when its requests finish. A switch that fails keeps the old version serving; /health answers 503 with the reason and the switch is retried with backoff.
Environment: MREG_LLAMA_GPU (auto|false|cuda|vulkan|metal), MREG_LLAMA_THREADS, MREG_HTTP_TOKEN / MREG_GIT_TOKEN / GITHUB_TOKEN (http and git+https sources; GITHUB_TOKEN is only sent to GitHub hosts), k8s: sources: MREG_K8S_API / MREG_K8S_TOKEN when set, else inside a cluster the pod service account, else the kubeconfig (KUBECONFIG or ~/.kube/config, auth plugins included); MREG_K8S_NAMESPACE. GET /metrics answers Prometheus metrics (model info, switches, switch duration, follow lag, bytes fetched, health).`,
  options: {
    ...followOptions,
    threads: { type: "string", description: "CPU threads per evaluation (default: half the cores)", placeholder: "N" },
    "context-size": {
      type: "string",
      description: "context tokens per request slot (default 2048, capped by the model)",
      placeholder: "N"
    },
    parallel: { type: "string", description: "requests evaluated at once (default 2)", placeholder: "N" }
  },
  async run(args, io) {
    let o = await followSetup(args, io, "serve"), running = await startServe({
      ...o,
      gpu: settingsFromEnv(io.env).gpu,
      // The environment's MREG_LLAMA_THREADS wins over --threads, as it does for the gate.
      threads: settingsFromEnv(io.env).threads ?? int(args, "threads", "serve", 1),
      contextSize: int(args, "context-size", "serve", 16),
      parallel: int(args, "parallel", "serve", 1)
    });
    return runUntilAborted(io, running, "mreg serve");
  }
}, agentCommand = {
  name: "agent",
  summary: "Loader sidecar for servers mreg does not run (llama-server, vLLM): follow the pointer, fetch, verify, swap <cache>/active, call a reload hook and confirm on the server.",
  usage: "--env ENV [--source SOURCE] [--reload-command CMD | --reload-url URL] [--server-url URL] [--adapter-api llama-server|vllm] [--cache DIR] [--port P]",
  description: "The reload command is split into arguments and run without a shell; it gets MREG_MODEL_PATH, MREG_ACTIVE_PATH, MREG_VERSION, MREG_ARTIFACT_ID and MREG_SHA256 in its environment. The reload URL is POSTed {model_path, active_path, model, version, quantization, artifact_id, sha256}. Confirmation polls the server: llama.cpp /props model_path, else /v1/models ids. The agent serves /model-info and /health itself. --adapter-api switches LoRA adapters on the base the server runs through its own API: llama-server (POST /lora-adapters scales; start it with --lora for each adapter file) or vllm (POST /v1/load_lora_adapter, /v1/unload_lora_adapter).",
  options: {
    ...followOptions,
    "reload-command": { type: "string", description: "command to run after the swap (no shell)", placeholder: "CMD" },
    "reload-url": { type: "string", description: "URL to POST after the swap", placeholder: "URL" },
    "server-url": {
      type: "string",
      description: "the inference server, polled until it reports the new model",
      placeholder: "URL"
    },
    "confirm-timeout": {
      type: "string",
      description: "ms to wait for the server to confirm (default 120000)",
      placeholder: "MS"
    },
    "adapter-api": {
      type: "string",
      description: "apply LoRA adapters through the server's API: llama-server or vllm",
      placeholder: "API"
    }
  },
  async run(args, io) {
    let o = await followSetup(args, io, "agent"), cmdLine = str(args, "reload-command"), reloadCommand = cmdLine ? splitCommand(cmdLine) : void 0;
    if (cmdLine && !reloadCommand?.length) throw usage("mreg agent: --reload-command is empty");
    let reloadUrl = str(args, "reload-url");
    if (reloadUrl && !/^https?:\/\//.test(reloadUrl))
      throw usage(`mreg agent: --reload-url expects an http(s) URL, got ${JSON.stringify(reloadUrl)}`);
    let serverUrl = str(args, "server-url"), adapterApi = str(args, "adapter-api");
    if (adapterApi !== void 0 && !ADAPTER_APIS.includes(adapterApi))
      throw usage(`mreg agent: --adapter-api expects ${ADAPTER_APIS.join(" or ")}, got ${JSON.stringify(adapterApi)}`);
    if (adapterApi && !serverUrl) throw usage(`mreg agent: --adapter-api ${adapterApi} needs --server-url`);
    !reloadCommand && !reloadUrl && !serverUrl && logLine(
      io,
      "warning: no --reload-command, --reload-url or --server-url: the agent only keeps <cache>/active current"
    );
    let running = await startAgent({
      ...o,
      port: int(args, "port", "agent", 0) ?? 8081,
      reloadCommand,
      reloadUrl,
      serverUrl,
      adapterApi,
      confirmTimeoutMs: int(args, "confirm-timeout", "agent", 1)
    });
    return runUntilAborted(io, running, "mreg agent");
  }
};
export {
  agentCommand,
  logLine,
  serveCommand
};
