import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-CDORPB5K.js";
import {
  str
} from "./chunk-VTGJPWXF.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/demo.ts
import path2 from "node:path";

// src/demo/demo.ts
import { spawn } from "node:child_process";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var MODEL = "tinyllama", QUANT = "f16", BAR_MS = 3e4, quote = (a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`;
async function runDemo(o) {
  let started = performance.now(), dir = path.resolve(o.dir), repo = path.join(dir, "registry-repo"), remote = path.join(dir, "remote.git"), models = path.join(dir, "models"), cache = path.join(dir, "serve-cache"), store = o.store ?? `file://${path.join(dir, "store")}`, corpus = path.join(packageRoot(), "eval", "default-corpus.txt"), steps = [], failures = [], children = /* @__PURE__ */ new Set(), server = null, serverUrl = "", rollbackFollowMs = null, versions = {}, entries = await readdir(dir).catch(() => []);
  if (entries.length && !entries.includes("evidence.json"))
    throw new MregError("USAGE", `--dir ${dir} is not empty and holds no earlier demo (no evidence.json): pick a new or empty folder`);
  await rm(dir, { recursive: !0, force: !0 }), await mkdir(models, { recursive: !0 });
  let current = null, step = (title) => {
    current = { step: steps.length + 1, title, commands: [], observations: [], checks: [] }, steps.push(current), o.log(`
== ${current.step}. ${title}`);
  }, observe = (line) => {
    current.observations.push(line), o.log(line);
  }, check = (what, ok) => (current.checks.push({ what, ok }), o.log(`${ok ? "PASS" : "FAIL"} ${what}`), ok || failures.push(`step ${current.step}: ${what}`), ok), run = (argv, opts = {}) => new Promise((resolve, reject) => {
    if (o.signal.aborted) return reject(o.signal.reason);
    let [cmd, ...args] = argv[0] === "mreg" ? [process.execPath, o.cli, ...argv.slice(1)] : argv, t = performance.now(), child = spawn(cmd, args, { cwd: dir, env: { ...process.env, CI: process.env.CI ?? "true" }, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => stdout += d), child.stderr.on("data", (d) => stderr += d), child.on("error", reject), child.on("close", (code) => {
      children.delete(child);
      let rec = { command: argv.map(quote).join(" "), exit_code: code ?? 1, ms: Math.round(performance.now() - t), stdout, stderr };
      if (current.commands.push(rec), o.log(`$ ${rec.command}   (exit ${rec.exit_code}, ${rec.ms} ms)`), opts.show !== !1) {
        let text = (stdout.trim() || stderr.trim()).split(`
`);
        for (let line of text) o.log(`  ${line}`);
        if (stdout.trim() && stderr.trim() && rec.exit_code !== 0) for (let line of stderr.trim().split(`
`)) o.log(`  ${line}`);
      }
      resolve(rec);
    });
  }), must = async (argv, opts) => {
    let r = await run(argv, opts);
    if (r.exit_code !== 0) throw new Error(`${r.command} failed (exit ${r.exit_code}): ${r.stderr.trim().split(`
`).pop()}`);
    return r;
  }, modelInfo = async () => await (await fetch(`${serverUrl}/model-info`, { signal: AbortSignal.timeout(5e3) })).json(), waitForVersion = async (version, timeoutMs = 9e4) => {
    let t = performance.now();
    for (; performance.now() - t < timeoutMs; ) {
      if (o.signal.aborted) throw o.signal.reason;
      try {
        let info = await modelInfo();
        if (info.version === version && !info.desired || info.version === version && info.desired?.version === version) return performance.now() - t;
      } catch {
      }
      await sleep(25);
    }
    return null;
  }, stopAll = async () => {
    for (let c of children) c.kill("SIGTERM");
    if (server && server.exitCode === null) {
      let exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM"), await Promise.race([exited, sleep(5e3)]), server.exitCode === null && server.kill("SIGKILL");
    }
  };
  try {
    step("Starting state"), await must(["git", "init", "--quiet", "--bare", "--initial-branch=main", remote]), await must(["mreg", "init", repo, "--store", store]), await must(["git", "-C", repo, "remote", "add", "origin", remote]), await must(["git", "-C", repo, "push", "--quiet", "-u", "origin", "main"]);
    let status = await must(["mreg", "--repo", repo, "status"]);
    check("mreg status names the repository, the store and the versions", status.stdout.includes(repo) && status.stdout.includes("llama.cpp")), step("Generate v2.0.0, a better v2.1.0 and a deliberately bad v2.2.0; publish them");
    let specs = [
      { version: "2.0.0", parent: null, extra: ["--smoothing", "1"] },
      { version: "2.1.0", parent: "2.0.0", extra: ["--smoothing", "0.1"] },
      { version: "2.2.0", parent: "2.1.0", extra: ["--smoothing", "0.1", "--degrade"] }
    ];
    for (let s of specs) {
      let file = path.join(models, `${MODEL}-v${s.version}-${QUANT}.gguf`);
      await must(["mreg", "tiny-model", "--out", file, "--corpus", corpus, "--quantization", QUANT, ...s.extra]);
      let pub = await must(["mreg", "--repo", repo, "publish", file, "--model", MODEL, "--version", s.version, "--quantization", QUANT, ...s.parent ? ["--parent-version", s.parent] : [], "--json"], { show: !1 }), meta = JSON.parse(pub.stdout), artifact = meta.metadata?.artifact ?? meta.artifact;
      observe(`published ${MODEL}-v${s.version}-${QUANT}: ${artifact?.uri} sha256 ${artifact?.sha256?.slice(0, 16)}...`), versions[s.version] = artifact?.sha256 ?? "";
    }
    check("three versions published and registered", Object.keys(versions).length === 3), step("Start the reference server following the production pointer in the git remote"), server = spawn(process.execPath, [o.cli, "--repo", repo, "serve", "--env", "production", "--source", `git+file://${remote}#main`, "--poll-interval", "250", "--store", store, "--cache", cache, "--port", "0"], {
      cwd: dir,
      env: { ...process.env, CI: process.env.CI ?? "true" },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let serverLog = [];
    server.stderr.on("data", (d) => serverLog.push(String(d))), serverUrl = await new Promise((resolve, reject) => {
      let buf = "", timer = setTimeout(() => reject(new Error(`mreg serve printed no URL in 60 s: ${serverLog.join("").slice(-500)}`)), 6e4);
      server.stdout.on("data", (d) => {
        buf += d;
        let line = buf.split(`
`)[0];
        buf.includes(`
`) && (clearTimeout(timer), resolve(line.trim()));
      }), server.once("exit", (code) => reject(new Error(`mreg serve exited (${code}) before listening: ${serverLog.join("").slice(-500)}`)));
    }), current.commands.push({ command: `mreg --repo ${repo} serve --env production --source git+file://${remote}#main --poll-interval 250 --store ${store} --cache ${cache} --port 0`, exit_code: 0, ms: 0, stdout: serverUrl, stderr: "" }), observe(`mreg serve listening on ${serverUrl}, following git+file://${remote}#main`);
    let health = await fetch(`${serverUrl}/health`).then(async (r) => ({ status: r.status, body: await r.text() }));
    observe(`GET /health before any deploy: ${health.status} ${health.body.trim()}`), check("/health is 503 while nothing is deployed", health.status === 503), step("Deploy v2.0.0; the model info endpoint reports 2.0.0"), await must(["mreg", "--repo", repo, "deploy", MODEL, "2.0.0", "--env", "production", "--reason", "first release"]);
    let t1 = await waitForVersion("2.0.0"), info1 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info1)}`), check(`/model-info reports 2.0.0${t1 !== null ? ` (${(t1 / 1e3).toFixed(2)} s after the deploy returned)` : ""}`, t1 !== null && info1.sha256 === versions["2.0.0"]), step("Deploy v2.1.0: the gate passes; the endpoint switches to 2.1.0");
    let d2 = await run(["mreg", "--repo", repo, "deploy", MODEL, "2.1.0", "--env", "production", "--reason", "lower perplexity"]);
    check("deploy 2.1.0 passed the gate and committed the pointer", d2.exit_code === 0 && /gate\s+ok/.test(d2.stdout));
    let t2 = await waitForVersion("2.1.0"), info2 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info2)}`), check(`/model-info reports 2.1.0${t2 !== null ? ` (${(t2 / 1e3).toFixed(2)} s after the deploy returned)` : ""}`, t2 !== null && info2.sha256 === versions["2.1.0"]), step("Roll back; the endpoint reports 2.0.0 again"), await must(["mreg", "--repo", repo, "rollback", "--env", "production", "--reason", "demo: production degraded"]);
    let t3 = await waitForVersion("2.0.0");
    rollbackFollowMs = t3;
    let info3 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info3)}`), observe(t3 !== null ? `the server followed the rollback in ${(t3 / 1e3).toFixed(2)} s (the bar is ${BAR_MS / 1e3} s: ${(BAR_MS / t3).toFixed(0)}x under it)` : "the server did not follow the rollback"), check("/model-info reports 2.0.0 within 30 s of the rollback", t3 !== null && t3 < BAR_MS), step("Deploy the bad v2.2.0: the gate aborts it; pointer and endpoint stay on 2.0.0");
    let d4 = await run(["mreg", "--repo", repo, "deploy", MODEL, "2.2.0", "--env", "production", "--reason", "should be refused"]);
    check("deploy 2.2.0 exits 1 with a failed gate", d4.exit_code === 1 && /gate fail/.test(d4.stderr + d4.stdout));
    let prod = JSON.parse((await must(["mreg", "--repo", repo, "status", "--json"], { show: !1 })).stdout).environments.find((e) => e.env === "production")?.pointer?.version;
    observe(`registry production pointer: ${prod}`), await sleep(1e3);
    let info4 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info4)}`), check("the production pointer is still 2.0.0", prod === "2.0.0"), check("/model-info still reports 2.0.0", info4.version === "2.0.0"), step("The deployment history and the git audit log");
    let hist = await must(["mreg", "--repo", repo, "history", "--env", "production"]);
    await must(["mreg", "--repo", repo, "log"]);
    let shape = JSON.parse((await must(["mreg", "--repo", repo, "history", "--env", "production", "--json"], { show: !1 })).stdout).map((e) => `${e.action}:${e.version}${e.rolled_back ? ":rolled_back" : ""}`).join(" ");
    observe(`history: ${shape}`), check("history records deploy 2.0.0, deploy 2.1.0 (rolled back), rollback to 2.0.0, and no 2.2.0", shape === "deploy:2.0.0 deploy:2.1.0:rolled_back rollback:2.0.0" && hist.exit_code === 0);
  } catch (err) {
    current || step("Setup"), check(`no unexpected error (${errorMessage(err)})`, !1);
  } finally {
    await stopAll();
  }
  let totalMs = Math.round(performance.now() - started), versionsOf = await readFile(path.join(packageRoot(), "package.json"), "utf8").then((t) => JSON.parse(t).version), evidence = {
    ok: failures.length === 0,
    when: (/* @__PURE__ */ new Date()).toISOString(),
    mreg: versionsOf,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    store,
    model: MODEL,
    quantization: QUANT,
    artifacts: Object.fromEntries(Object.entries(versions).map(([v, sha]) => [`${MODEL}-v${v}-${QUANT}`, sha])),
    rollback_follow_ms: rollbackFollowMs,
    total_ms: totalMs,
    failures,
    steps
  }, evidenceFile = path.join(dir, "evidence.json"), evidenceMarkdown = path.join(dir, "evidence.md");
  return await writeFile(evidenceFile, JSON.stringify(evidence, null, 2) + `
`), await writeFile(evidenceMarkdown, renderMarkdown(evidence)), await rm(cache, { recursive: !0, force: !0 }), await rm(models, { recursive: !0, force: !0 }), { ok: failures.length === 0, evidenceFile, evidenceMarkdown, rollbackFollowMs, totalMs, failures };
}
function renderMarkdown(e) {
  let lines = [
    `# mreg demo evidence (${e.ok ? "all checks passed" : "FAILED"})`,
    "",
    `- when: ${e.when}`,
    `- mreg ${e.mreg}, node ${e.node}`,
    `- store: ${e.store}`,
    `- rollback followed in: ${e.rollback_follow_ms !== null ? `${(e.rollback_follow_ms / 1e3).toFixed(2)} s (bar: 30 s)` : "n/a"}`,
    `- total: ${(e.total_ms / 1e3).toFixed(1)} s`,
    ""
  ];
  for (let s of e.steps) {
    lines.push(`## ${s.step}. ${s.title}`, "");
    for (let c of s.commands)
      lines.push("```console", `$ ${c.command}`, (c.stdout.trim() || c.stderr.trim()).slice(0, 4e3), `# exit ${c.exit_code}, ${c.ms} ms`, "```", "");
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
  summary: "Run the whole promise end to end on local defaults: publish three generated models, serve, deploy, gate, roll back, and write an evidence record.",
  usage: "[--dir DIR] [--store URI]",
  description: `Uses a local bare git remote, a local folder store (or --store s3://...), generated GGUF models and the reference server.
Exits 0 only if every check passed; stops its server and cleans up on every exit path (Ctrl-C included).`,
  options: {
    dir: { type: "string", description: "working folder: new, empty, or an earlier demo's, which is replaced (default: .demo in the current directory)", placeholder: "DIR" },
    store: { type: "string", description: "artifact store URI (default: a folder inside DIR)", placeholder: "URI" }
  },
  async run(args, io) {
    let dir = path2.resolve(str(args, "dir") ?? path2.join(process.cwd(), ".demo")), r = await runDemo({ dir, store: str(args, "store"), cli: process.argv[1], log: io.log, signal: io.signal }), summary = [
      "",
      r.ok ? "All checks passed." : `FAILED:
${r.failures.map((f) => `  - ${f}`).join(`
`)}`,
      r.rollbackFollowMs !== null ? `Rollback followed by the server in ${(r.rollbackFollowMs / 1e3).toFixed(2)} s (bar: 30 s).` : "",
      `Total ${(r.totalMs / 1e3).toFixed(1)} s.`,
      `Evidence: ${r.evidenceFile} (and ${path2.basename(r.evidenceMarkdown)} beside it)`
    ].filter(Boolean).join(`
`);
    if (io.signal.aborted) throw new MregError("INTERNAL", `demo interrupted; evidence so far: ${r.evidenceFile}`);
    return { text: summary, json: r, exitCode: r.ok ? 0 : 1 };
  }
};
export {
  demoCommand
};
