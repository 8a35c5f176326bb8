import {
  str
} from "./chunk-EAOWGWAA.js";
import {
  packageRoot
} from "./chunk-ZWFAIWQW.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/demo.ts
import path3 from "node:path";

// src/demo/demo.ts
import { spawn as spawn2 } from "node:child_process";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { setTimeout as sleep2 } from "node:timers/promises";

// src/demo/demo-context.ts
import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var quote = (a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`, DemoContext = class {
  constructor(o) {
    this.o = o;
    this.dir = path.resolve(o.dir), this.repo = path.join(this.dir, "registry-repo"), this.remote = path.join(this.dir, "remote.git"), this.models = path.join(this.dir, "models"), this.cache = path.join(this.dir, "serve-cache"), this.store = o.store ?? `file://${path.join(this.dir, "store")}`, this.corpus = path.join(packageRoot(), "eval", "neutral-text.txt");
  }
  dir;
  repo;
  remote;
  models;
  cache;
  store;
  corpus;
  steps = [];
  failures = [];
  /** sha256 of each published version. */
  versions = {};
  rollbackFollowMs = null;
  /** How long the server took to serve the adapter after its deploy, and the plain base after its rollback. */
  adapterFollowMs = { deploy: null, rollback: null };
  current = null;
  server = null;
  serverUrl = "";
  children = /* @__PURE__ */ new Set();
  childEnv() {
    return { ...process.env, CI: process.env.CI ?? "true" };
  }
  step(title) {
    this.current = { step: this.steps.length + 1, title, commands: [], observations: [], checks: [] }, this.steps.push(this.current), this.o.log(`
== ${this.current.step}. ${title}`);
  }
  observe(line) {
    this.current.observations.push(line), this.o.log(line);
  }
  check(what, ok) {
    return this.current.checks.push({ what, ok }), this.o.log(`${ok ? "PASS" : "FAIL"} ${what}`), ok || this.failures.push(`step ${this.current.step}: ${what}`), ok;
  }
  /** Runs a command to completion and records it; `mreg` means the running CLI. */
  run(argv, opts = {}) {
    let { o } = this;
    return new Promise((resolve, reject) => {
      if (o.signal.aborted) return reject(o.signal.reason);
      let [cmd, ...args] = argv[0] === "mreg" ? [process.execPath, o.cli, ...argv.slice(1)] : argv, t = performance.now(), child = spawn(cmd, args, { cwd: this.dir, env: this.childEnv(), stdio: ["ignore", "pipe", "pipe"] });
      this.children.add(child);
      let stdout = "", stderr = "";
      child.stdout.on("data", (d) => stdout += d), child.stderr.on("data", (d) => stderr += d), child.on("error", reject), child.on("close", (code) => {
        this.children.delete(child);
        let rec = {
          command: argv.map(quote).join(" "),
          exit_code: code ?? 1,
          ms: Math.round(performance.now() - t),
          stdout,
          stderr
        };
        this.current.commands.push(rec), o.log(`$ ${rec.command}   (exit ${rec.exit_code}, ${rec.ms} ms)`), opts.show !== !1 && this.showOutput(rec), resolve(rec);
      });
    });
  }
  showOutput(rec) {
    let { stdout, stderr } = rec, text = (stdout.trim() || stderr.trim()).split(`
`);
    for (let line of text) this.o.log(`  ${line}`);
    if (stdout.trim() && stderr.trim() && rec.exit_code !== 0)
      for (let line of stderr.trim().split(`
`)) this.o.log(`  ${line}`);
  }
  /** Like run, but a non-zero exit ends the demo. */
  async must(argv, opts) {
    let r = await this.run(argv, opts);
    if (r.exit_code !== 0)
      throw new Error(`${r.command} failed (exit ${r.exit_code}): ${r.stderr.trim().split(`
`).pop()}`);
    return r;
  }
  async modelInfo() {
    return await (await fetch(`${this.serverUrl}/model-info`, { signal: AbortSignal.timeout(5e3) })).json();
  }
  /** Polls /model-info until it reports `version`; returns how long that took. */
  async waitForVersion(version, timeoutMs = 9e4) {
    let t = performance.now();
    for (; performance.now() - t < timeoutMs; ) {
      if (this.o.signal.aborted) throw this.o.signal.reason;
      try {
        let info = await this.modelInfo();
        if (info.version === version && !info.desired || info.version === version && info.desired?.version === version)
          return performance.now() - t;
      } catch {
      }
      await sleep(25);
    }
    return null;
  }
  /** Polls /model-info until it serves `artifactId` (an adapter and a plain model alike); returns how long that took. */
  async waitForArtifact(artifactId, timeoutMs = 9e4) {
    let t = performance.now();
    for (; performance.now() - t < timeoutMs; ) {
      if (this.o.signal.aborted) throw this.o.signal.reason;
      try {
        let info = await this.modelInfo();
        if (info.artifact_id === artifactId && info.state === "serving" && !info.desired) return performance.now() - t;
      } catch {
      }
      await sleep(25);
    }
    return null;
  }
  async stopAll() {
    for (let c of this.children) c.kill("SIGTERM");
    let server = this.server;
    if (server && server.exitCode === null) {
      let exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM"), await Promise.race([exited, sleep(5e3)]), server.exitCode === null && server.kill("SIGKILL");
    }
  }
};

// src/demo/demo.ts
var MODEL = "tinyllama", QUANT = "f16", ADAPTER = "tinyllama-lora", ADAPTER_VERSION = "1.0.0", ADAPTER_QUANT = "f32", ADAPTER_ID = `${ADAPTER}-v${ADAPTER_VERSION}-${ADAPTER_QUANT}`, BASE_ID = `${MODEL}-v2.0.0-${QUANT}`, BAR_MS = 3e4, ADAPTER_RANK = 8, STEPS = [
  startingState,
  publishVersions,
  startServer,
  deployFirst,
  deployBetter,
  rollBack,
  deployBad,
  deployAdapter,
  rollBackAdapter,
  showHistory
];
async function runDemo(o) {
  let started = performance.now(), d = new DemoContext(o);
  await prepareDir(d);
  try {
    for (let step of STEPS) await step(d);
  } catch (err) {
    d.current || d.step("Setup"), d.check(`no unexpected error (${errorMessage(err)})`, !1);
  } finally {
    await d.stopAll();
  }
  let totalMs = Math.round(performance.now() - started), { evidenceFile, evidenceMarkdown } = await writeEvidence(d, totalMs);
  return await rm(d.cache, { recursive: !0, force: !0 }), await rm(d.models, { recursive: !0, force: !0 }), {
    ok: d.failures.length === 0,
    evidenceFile,
    evidenceMarkdown,
    rollbackFollowMs: d.rollbackFollowMs,
    adapterFollowMs: d.adapterFollowMs,
    totalMs,
    failures: d.failures
  };
}
async function prepareDir(d) {
  let entries = await readdir(d.dir).catch(() => []);
  if (entries.length && !entries.includes("evidence.json"))
    throw new MregError(
      "USAGE",
      `--dir ${d.dir} is not empty and holds no earlier demo (no evidence.json): pick a new or empty folder`
    );
  await rm(d.dir, { recursive: !0, force: !0 }), await mkdir(d.models, { recursive: !0 });
}
async function startingState(d) {
  let { repo, remote } = d;
  d.step("Starting state"), await d.must(["git", "init", "--quiet", "--bare", "--initial-branch=main", remote]), await d.must(["mreg", "init", repo, "--store", d.store]), await d.must(["git", "-C", repo, "remote", "add", "origin", remote]), await d.must(["git", "-C", repo, "push", "--quiet", "-u", "origin", "main"]);
  let status = await d.must(["mreg", "--repo", repo, "status"]);
  d.check(
    "mreg status names the repository, the store and the versions",
    status.stdout.includes(repo) && status.stdout.includes("llama.cpp")
  );
}
async function publishVersions(d) {
  d.step("Generate v2.0.0, a better v2.1.0 and a deliberately bad v2.2.0; publish them");
  let specs = [
    { version: "2.0.0", parent: null, extra: ["--smoothing", "1"] },
    { version: "2.1.0", parent: "2.0.0", extra: ["--smoothing", "0.1"] },
    { version: "2.2.0", parent: "2.1.0", extra: ["--smoothing", "0.1", "--degrade"] }
  ];
  for (let s of specs) await publishVersion(d, s);
  d.check("three versions published and registered", Object.keys(d.versions).length === 3);
}
async function publishVersion(d, s) {
  let file = path2.join(d.models, `${MODEL}-v${s.version}-${QUANT}.gguf`);
  await d.must(["mreg", "tiny-model", "--out", file, "--corpus", d.corpus, "--quantization", QUANT, ...s.extra]);
  let pub = await d.must(
    [
      "mreg",
      "--repo",
      d.repo,
      "publish",
      file,
      "--model",
      MODEL,
      "--version",
      s.version,
      "--quantization",
      QUANT,
      ...s.parent ? ["--parent-version", s.parent] : [],
      "--json"
    ],
    { show: !1 }
  ), meta = JSON.parse(pub.stdout), artifact = meta.metadata?.artifact ?? meta.artifact;
  d.observe(`published ${MODEL}-v${s.version}-${QUANT}: ${artifact?.uri} sha256 ${artifact?.sha256?.slice(0, 16)}...`), d.versions[s.version] = artifact?.sha256 ?? "";
}
async function startServer(d) {
  let { repo, remote, store, cache } = d;
  d.step("Start the reference server following the production pointer in the git remote"), d.server = spawn2(
    process.execPath,
    [
      d.o.cli,
      "--repo",
      repo,
      "serve",
      "--env",
      "production",
      "--source",
      `git+file://${remote}#main`,
      "--poll-interval",
      "250",
      "--store",
      store,
      "--cache",
      cache,
      "--port",
      "0"
    ],
    {
      cwd: d.dir,
      env: d.childEnv(),
      stdio: ["ignore", "pipe", "pipe"]
    }
  ), d.serverUrl = await listeningUrl(d.server), d.current.commands.push({
    command: `mreg --repo ${repo} serve --env production --source git+file://${remote}#main --poll-interval 250 --store ${store} --cache ${cache} --port 0`,
    exit_code: 0,
    ms: 0,
    stdout: d.serverUrl,
    stderr: ""
  }), d.observe(`mreg serve listening on ${d.serverUrl}, following git+file://${remote}#main`);
  let health = await fetch(`${d.serverUrl}/health`).then(async (r) => ({ status: r.status, body: await r.text() }));
  d.observe(`GET /health before any deploy: ${health.status} ${health.body.trim()}`), d.check("/health is 503 while nothing is deployed", health.status === 503);
}
function listeningUrl(server) {
  let serverLog = [];
  return server.stderr.on("data", (d) => serverLog.push(String(d))), new Promise((resolve, reject) => {
    let buf = "", timer = setTimeout(
      () => reject(new Error(`mreg serve printed no URL in 60 s: ${serverLog.join("").slice(-500)}`)),
      6e4
    );
    server.stdout.on("data", (d) => {
      buf += d;
      let line = buf.split(`
`)[0];
      buf.includes(`
`) && (clearTimeout(timer), resolve(line.trim()));
    }), server.once(
      "exit",
      (code) => reject(new Error(`mreg serve exited (${code}) before listening: ${serverLog.join("").slice(-500)}`))
    );
  });
}
async function deployFirst(d) {
  d.step("Deploy v2.0.0; the model info endpoint reports 2.0.0"), await d.must([
    "mreg",
    "--repo",
    d.repo,
    "deploy",
    MODEL,
    "2.0.0",
    "--env",
    "production",
    "--reason",
    "first release"
  ]);
  let t1 = await d.waitForVersion("2.0.0"), info1 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info1)}`), d.check(
    `/model-info reports 2.0.0${t1 !== null ? ` (${(t1 / 1e3).toFixed(2)} s after the deploy returned)` : ""}`,
    t1 !== null && info1.sha256 === d.versions["2.0.0"]
  );
}
async function deployBetter(d) {
  d.step("Deploy v2.1.0: the gate passes; the endpoint switches to 2.1.0");
  let d2 = await d.run([
    "mreg",
    "--repo",
    d.repo,
    "deploy",
    MODEL,
    "2.1.0",
    "--env",
    "production",
    "--reason",
    "lower perplexity"
  ]);
  d.check("deploy 2.1.0 passed the gate and committed the pointer", d2.exit_code === 0 && /gate\s+ok/.test(d2.stdout));
  let t2 = await d.waitForVersion("2.1.0"), info2 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info2)}`), d.check(
    `/model-info reports 2.1.0${t2 !== null ? ` (${(t2 / 1e3).toFixed(2)} s after the deploy returned)` : ""}`,
    t2 !== null && info2.sha256 === d.versions["2.1.0"]
  );
}
async function rollBack(d) {
  d.step("Roll back; the endpoint reports 2.0.0 again"), await d.must(["mreg", "--repo", d.repo, "rollback", "--env", "production", "--reason", "demo: production degraded"]);
  let t3 = await d.waitForVersion("2.0.0");
  d.rollbackFollowMs = t3;
  let info3 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info3)}`), d.observe(
    t3 !== null ? `the server followed the rollback in ${(t3 / 1e3).toFixed(2)} s (the bar is ${BAR_MS / 1e3} s: ${(BAR_MS / t3).toFixed(0)}x under it)` : "the server did not follow the rollback"
  ), d.check("/model-info reports 2.0.0 within 30 s of the rollback", t3 !== null && t3 < BAR_MS);
}
async function deployBad(d) {
  d.step("Deploy the bad v2.2.0: the gate aborts it; pointer and endpoint stay on 2.0.0");
  let d4 = await d.run([
    "mreg",
    "--repo",
    d.repo,
    "deploy",
    MODEL,
    "2.2.0",
    "--env",
    "production",
    "--reason",
    "should be refused"
  ]);
  d.check("deploy 2.2.0 exits 1 with a failed gate", d4.exit_code === 1 && /gate fail/.test(d4.stderr + d4.stdout));
  let prod = JSON.parse((await d.must(["mreg", "--repo", d.repo, "status", "--json"], { show: !1 })).stdout).environments.find((e) => e.env === "production")?.pointer?.version;
  d.observe(`registry production pointer: ${prod}`), await sleep2(1e3);
  let info4 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info4)}`), d.check("the production pointer is still 2.0.0", prod === "2.0.0"), d.check("/model-info still reports 2.0.0", info4.version === "2.0.0");
}
async function buildAndPublishAdapter(d) {
  let file = path2.join(d.models, `${ADAPTER_ID}.gguf`);
  await d.must([
    "mreg",
    "tiny-model",
    "--lora",
    "--rank",
    String(ADAPTER_RANK),
    "--base-corpus",
    d.corpus,
    "--corpus",
    d.corpus,
    "--smoothing",
    "0.1",
    "--out",
    file
  ]), await d.must(
    [
      "mreg",
      "--repo",
      d.repo,
      "publish",
      file,
      "--model",
      ADAPTER,
      "--version",
      ADAPTER_VERSION,
      "--quantization",
      ADAPTER_QUANT,
      "--kind",
      "lora",
      "--base",
      BASE_ID
    ],
    { show: !1 }
  );
}
async function deployAdapter(d) {
  d.step(
    `Deploy a LoRA adapter for the live base ${BASE_ID}: gated as base + adapter; the server swaps only the adapter`
  ), await buildAndPublishAdapter(d);
  let plain = await d.modelInfo(), deployStarted = (/* @__PURE__ */ new Date()).toISOString(), dep = await d.run([
    "mreg",
    "--repo",
    d.repo,
    "deploy",
    ADAPTER,
    ADAPTER_VERSION,
    "--env",
    "production",
    "--reason",
    "support fine-tune"
  ]);
  d.check(
    `deploy ${ADAPTER_ID} passed the gate (base + adapter against the base alone) and committed the pointer`,
    dep.exit_code === 0 && /gate\s+ok/.test(dep.stdout) && dep.stdout.includes(`against ${BASE_ID} alone`)
  );
  let t = await d.waitForArtifact(ADAPTER_ID), info = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info)}`), d.observe(
    t !== null ? `the server followed the adapter deploy in ${(t / 1e3).toFixed(2)} s` : "the server did not follow the adapter deploy"
  ), d.adapterFollowMs.deploy = t;
  let adapter = info.adapter, base = info.base;
  d.check(
    `/model-info reports adapter ${ADAPTER_ID} on base ${BASE_ID}`,
    t !== null && adapter?.id === ADAPTER_ID && base?.id === BASE_ID && base.sha256 === d.versions["2.0.0"]
  ), d.check(
    `the base was not loaded again (an adapter-only swap): base.loaded_at ${base?.loaded_at} is from before the deploy (the plain base loaded at ${plain.loaded_at})`,
    !!base?.loaded_at && plain.artifact_id === BASE_ID && base.loaded_at <= String(plain.loaded_at) && base.loaded_at < deployStarted
  );
}
async function rollBackAdapter(d) {
  d.step(`Roll back the adapter; the server is back on the plain base ${BASE_ID}`), await d.must(["mreg", "--repo", d.repo, "rollback", "--env", "production", "--reason", "demo: adapter rolled back"]);
  let t = await d.waitForArtifact(BASE_ID), info = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info)}`), d.observe(
    t !== null ? `the server followed the adapter rollback in ${(t / 1e3).toFixed(2)} s` : "the server did not follow the adapter rollback"
  ), d.adapterFollowMs.rollback = t, d.check(
    `/model-info reports ${BASE_ID} with adapter null within 30 s`,
    t !== null && t < BAR_MS && info.adapter === null && info.sha256 === d.versions["2.0.0"]
  );
}
async function showHistory(d) {
  d.step("The deployment history and the git audit log");
  let hist = await d.must(["mreg", "--repo", d.repo, "history", "--env", "production"]);
  await d.must(["mreg", "--repo", d.repo, "log"]);
  let shape = JSON.parse(
    (await d.must(["mreg", "--repo", d.repo, "history", "--env", "production", "--json"], { show: !1 })).stdout
  ).map(
    (e) => `${e.action}:${e.model === MODEL ? "" : `${e.model}@`}${e.version}${e.rolled_back ? ":rolled_back" : ""}`
  ).join(" ");
  d.observe(`history: ${shape}`), d.check(
    `history records deploy 2.0.0, deploy 2.1.0 (rolled back), rollback to 2.0.0, deploy ${ADAPTER} ${ADAPTER_VERSION} (rolled back), rollback to 2.0.0, and no 2.2.0`,
    shape === `deploy:2.0.0 deploy:2.1.0:rolled_back rollback:2.0.0 deploy:${ADAPTER}@${ADAPTER_VERSION}:rolled_back rollback:2.0.0` && hist.exit_code === 0
  );
}
async function writeEvidence(d, totalMs) {
  let versionsOf = await readFile(path2.join(packageRoot(), "package.json"), "utf8").then(
    (t) => JSON.parse(t).version
  ), evidence = {
    ok: d.failures.length === 0,
    when: (/* @__PURE__ */ new Date()).toISOString(),
    mreg: versionsOf,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    store: d.store,
    model: MODEL,
    quantization: QUANT,
    artifacts: Object.fromEntries(Object.entries(d.versions).map(([v, sha]) => [`${MODEL}-v${v}-${QUANT}`, sha])),
    rollback_follow_ms: d.rollbackFollowMs,
    adapter_follow_ms: d.adapterFollowMs,
    total_ms: totalMs,
    failures: d.failures,
    steps: d.steps
  }, evidenceFile = path2.join(d.dir, "evidence.json"), evidenceMarkdown = path2.join(d.dir, "evidence.md");
  return await writeFile(evidenceFile, JSON.stringify(evidence, null, 2) + `
`), await writeFile(evidenceMarkdown, renderMarkdown(evidence)), { evidenceFile, evidenceMarkdown };
}
function renderMarkdown(e) {
  let lines = [
    `# mreg demo evidence (${e.ok ? "all checks passed" : "FAILED"})`,
    "",
    `- when: ${e.when}`,
    `- mreg ${e.mreg}, node ${e.node}`,
    `- store: ${e.store}`,
    `- rollback followed in: ${e.rollback_follow_ms !== null ? `${(e.rollback_follow_ms / 1e3).toFixed(2)} s (bar: 30 s)` : "n/a"}`,
    `- adapter deploy / rollback followed in: ${[e.adapter_follow_ms.deploy, e.adapter_follow_ms.rollback].map((ms) => ms !== null ? `${(ms / 1e3).toFixed(2)} s` : "n/a").join(" / ")}`,
    `- total: ${(e.total_ms / 1e3).toFixed(1)} s`,
    ""
  ];
  for (let s of e.steps) {
    lines.push(`## ${s.step}. ${s.title}`, "");
    for (let c of s.commands)
      lines.push(
        "```console",
        `$ ${c.command}`,
        (c.stdout.trim() || c.stderr.trim()).slice(0, 4e3),
        `# exit ${c.exit_code}, ${c.ms} ms`,
        "```",
        ""
      );
    for (let o of s.observations) lines.push(`- ${o}`);
    for (let c of s.checks) lines.push(`- ${c.ok ? "PASS" : "FAIL"}: ${c.what}`);
    lines.push("");
  }
  return lines.join(`
`);
}

// src/cli/commands/demo.ts
var demoCommand = {
  name: "demo",
  summary: "Run the whole promise end to end on local defaults: publish three generated models and a LoRA adapter, serve, deploy, gate, roll back, and write an evidence record.",
  usage: "[--dir DIR] [--store URI]",
  description: `Uses a local bare git remote, a local folder store (or --store s3://...), generated GGUF models and the reference server.
Exits 0 only if every check passed; stops its server and cleans up on every exit path (Ctrl-C included).`,
  options: {
    dir: {
      type: "string",
      description: "working folder: new, empty, or an earlier demo's, which is replaced (default: .demo in the current directory)",
      placeholder: "DIR"
    },
    store: { type: "string", description: "artifact store URI (default: a folder inside DIR)", placeholder: "URI" }
  },
  async run(args, io) {
    let dir = path3.resolve(str(args, "dir") ?? path3.join(process.cwd(), ".demo")), log = io.json ? io.log : (line) => io.stdout(`${line}
`), r = await runDemo({ dir, store: str(args, "store"), cli: process.argv[1], log, signal: io.signal }), summary = [
      "",
      r.ok ? "All checks passed." : `FAILED:
${r.failures.map((f) => `  - ${f}`).join(`
`)}`,
      r.rollbackFollowMs !== null ? `Rollback followed by the server in ${(r.rollbackFollowMs / 1e3).toFixed(2)} s (bar: 30 s).` : "",
      r.adapterFollowMs.deploy !== null && r.adapterFollowMs.rollback !== null ? `Adapter deploy and rollback followed in ${(r.adapterFollowMs.deploy / 1e3).toFixed(2)} s and ${(r.adapterFollowMs.rollback / 1e3).toFixed(2)} s.` : "",
      `Total ${(r.totalMs / 1e3).toFixed(1)} s.`,
      `Evidence: ${r.evidenceFile} (and ${path3.basename(r.evidenceMarkdown)} beside it)`
    ].filter(Boolean).join(`
`);
    if (io.signal.aborted) throw new MregError("INTERNAL", `demo interrupted; evidence so far: ${r.evidenceFile}`);
    return { text: summary, json: r, exitCode: r.ok ? 0 : 1 };
  }
};
export {
  demoCommand
};
