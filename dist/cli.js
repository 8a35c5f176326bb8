#!/usr/bin/env node
import {
  closest,
  hintFor
} from "./chunks/chunk-YVVRQOHB.js";
import {
  helpText,
  parseCommand,
  reportOf
} from "./chunks/chunk-EAOWGWAA.js";
import {
  package_default
} from "./chunks/chunk-NLDSUV7B.js";
import "./chunks/chunk-S2HYHD6V.js";
import "./chunks/chunk-XTZAVCCL.js";
import "./chunks/chunk-6XFSSTIM.js";
import {
  MregError,
  errorMessage,
  formatProblem
} from "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/cli/main.ts
import module from "node:module";

// src/cli/snake.ts
function snakeKeys(value) {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value != "object") return value;
  let out = {};
  for (let [k, v] of Object.entries(value))
    out[/^[a-z][a-zA-Z0-9]*$/.test(k) ? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : k] = snakeKeys(v);
  return out;
}

// src/cli/commands/index.ts
var commands = [
  { name: "init", load: async () => (await import("./chunks/registry-P5PALK4M.js")).initCommand },
  { name: "register", load: async () => (await import("./chunks/registry-P5PALK4M.js")).registerCommand },
  { name: "publish", load: async () => (await import("./chunks/store-A35OPZN6.js")).publishCommand },
  { name: "fetch", load: async () => (await import("./chunks/store-A35OPZN6.js")).fetchCommand },
  { name: "verify-store", load: async () => (await import("./chunks/store-A35OPZN6.js")).verifyStoreCommand },
  { name: "validate", load: async () => (await import("./chunks/registry-P5PALK4M.js")).validateCommand },
  { name: "deploy", load: async () => (await import("./chunks/pointer-LQZ2W3YW.js")).deployCommand },
  { name: "gate", load: async () => (await import("./chunks/eval-DDZXZ3IT.js")).gateCommand },
  { name: "rollback", load: async () => (await import("./chunks/pointer-LQZ2W3YW.js")).rollbackCommand },
  { name: "promote", load: async () => (await import("./chunks/pointer-LQZ2W3YW.js")).promoteCommand },
  { name: "canary", load: async () => (await import("./chunks/canary-CWOQLTT7.js")).canaryCommand },
  { name: "list", load: async () => (await import("./chunks/catalog-FKDPI2NN.js")).listCommand },
  { name: "show", load: async () => (await import("./chunks/catalog-FKDPI2NN.js")).showCommand },
  { name: "compare", load: async () => (await import("./chunks/compare-ZWTBYLNJ.js")).compareCommand },
  { name: "history", load: async () => (await import("./chunks/info-UFMDUBM2.js")).historyCommand },
  { name: "log", load: async () => (await import("./chunks/info-UFMDUBM2.js")).logCommand },
  { name: "block", load: async () => (await import("./chunks/registry-P5PALK4M.js")).blockCommand },
  { name: "status", load: async () => (await import("./chunks/info-UFMDUBM2.js")).statusCommand },
  { name: "serve", load: async () => (await import("./chunks/serve-QJFOULQU.js")).serveCommand },
  { name: "agent", load: async () => (await import("./chunks/serve-QJFOULQU.js")).agentCommand },
  { name: "k8s", load: async () => (await import("./chunks/k8s-KUNI4HWZ.js")).k8sCommand },
  { name: "tiny-model", load: async () => (await import("./chunks/eval-DDZXZ3IT.js")).tinyModelCommand },
  { name: "demo", load: async () => (await import("./chunks/demo-7SKKZ4OD.js")).demoCommand }
];

// src/cli/run.ts
async function topHelp() {
  let all = await Promise.all(commands.map((c) => c.load())), w = Math.max(...all.map((c) => c.name.length));
  return [
    `mreg ${package_default.version}: GitOps model versioning and rollback for self-hosted LLMs`,
    "",
    "Usage: mreg [--repo DIR] COMMAND [options]   (mreg COMMAND --help for details)",
    "",
    "Commands:",
    ...all.map((c) => `  ${c.name.padEnd(w)}  ${c.summary.split(". ")[0].replace(/\.$/, "")}`),
    "",
    "Global options: --repo DIR (default: current directory), --json, --help, --version"
  ].join(`
`);
}
function splitGlobal(argv) {
  let rest = [], repo;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === "--repo") {
      if (i + 1 >= argv.length) throw new MregError("USAGE", "mreg: --repo needs a directory");
      repo = argv[++i];
    } else a.startsWith("--repo=") ? repo = a.slice(7) : rest.push(a);
  }
  return { repo, rest };
}
async function runCli(argv, s) {
  let wantsJson = argv.includes("--json");
  try {
    let { repo, rest } = splitGlobal(argv), [name, ...cmdArgs] = rest;
    if (!name || name === "--help" || name === "-h" || name === "help")
      return s.stdout(await topHelp() + `
`), name ? 0 : 2;
    if (name === "--version" || name === "-V")
      return s.stdout(`${package_default.version}
`), 0;
    let cmd = await loadCommand(name), parsed = parseCommand(cmd, cmdArgs);
    if (parsed.values.help)
      return s.stdout(helpText(cmd) + `
`), 0;
    let io = {
      log: (m) => s.stderr(m + `
`),
      stdout: (t) => s.stdout(t),
      json: parsed.values.json === !0,
      repo: repo ?? s.env.MREG_REPO ?? s.cwd,
      env: s.env,
      signal: s.signal
    }, result = await cmd.run(parsed, io);
    return s.stdout(
      io.json ? JSON.stringify(result.document ? result.json : snakeKeys(result.json), null, 2) + `
` : withNewline(result.text)
    ), result.exitCode ?? 0;
  } catch (err) {
    return reportError(err, wantsJson, s);
  }
}
async function loadCommand(name) {
  let entry = commands.find((c) => c.name === name);
  if (entry) return entry.load();
  let guess = closest(
    name,
    commands.map((c) => c.name)
  );
  throw new MregError(
    "USAGE",
    `mreg: unknown command ${JSON.stringify(name)}${guess ? `; did you mean "${guess}"?` : ""} (see mreg --help)`
  );
}
var withNewline = (t) => t + (t.endsWith(`
`) ? "" : `
`);
function reportError(err, wantsJson, s) {
  let e = err instanceof MregError ? err : new MregError("INTERNAL", errorMessage(err), { cause: err }), report = reportOf(err), hint = hintFor(e);
  if (wantsJson) {
    let error = { code: e.code, message: e.message, problems: e.problems, ...hint ? { hint } : {} };
    s.stdout(JSON.stringify(snakeKeys({ ...report?.json, error }), null, 2) + `
`);
  } else report && s.stdout(withNewline(report.text));
  let extra = e.problems.length > 1 ? `
` + e.problems.map((p) => `  ${formatProblem(p)}`).join(`
`) : "", named = /^(mreg(?: [a-z][a-z0-9-]*)?): /.exec(e.message), prefix = named ? `${named[1]}: error: ` : "mreg: error: ", message = named ? e.message.slice(named[0].length) : e.message;
  return s.stderr(`${prefix}${message}${extra}${hint ? `
hint: ${hint}` : ""}
`), e.code === "INTERNAL" && s.env.MREG_DEBUG && err instanceof Error && s.stderr(`${err.stack}
`), e.exitCode;
}

// src/cli/main.ts
module.enableCompileCache?.();
var controller = new AbortController(), stopping = !1;
for (let sig of ["SIGINT", "SIGTERM"])
  process.on(sig, () => {
    stopping && process.exit(130), stopping = !0, controller.abort(new Error(`received ${sig}`));
  });
var code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal
});
process.exitCode = code;
process.env.MREG_NO_EXIT || setImmediate(() => process.exit(code));
