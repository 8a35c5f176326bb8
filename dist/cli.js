#!/usr/bin/env node
import {
  helpText,
  parseCommand
} from "./chunks/chunk-CG5BKNIT.js";
import {
  package_default
} from "./chunks/chunk-M7D42G3J.js";
import {
  MregError,
  errorMessage,
  formatProblem
} from "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";

// src/cli/main.ts
import module from "node:module";

// src/cli/commands/index.ts
var commands = [
  { name: "init", load: async () => (await import("./chunks/registry-KIET7O4I.js")).initCommand },
  { name: "register", load: async () => (await import("./chunks/registry-KIET7O4I.js")).registerCommand },
  { name: "publish", load: async () => (await import("./chunks/store-2LXMMMZT.js")).publishCommand },
  { name: "fetch", load: async () => (await import("./chunks/store-2LXMMMZT.js")).fetchCommand },
  { name: "verify-store", load: async () => (await import("./chunks/store-2LXMMMZT.js")).verifyStoreCommand },
  { name: "validate", load: async () => (await import("./chunks/registry-KIET7O4I.js")).validateCommand },
  { name: "deploy", load: async () => (await import("./chunks/pointer-KT3NDETU.js")).deployCommand },
  { name: "gate", load: async () => (await import("./chunks/eval-ATMMEQ2Z.js")).gateCommand },
  { name: "rollback", load: async () => (await import("./chunks/pointer-KT3NDETU.js")).rollbackCommand },
  { name: "promote", load: async () => (await import("./chunks/pointer-KT3NDETU.js")).promoteCommand },
  { name: "history", load: async () => (await import("./chunks/info-YYX3UWL4.js")).historyCommand },
  { name: "log", load: async () => (await import("./chunks/info-YYX3UWL4.js")).logCommand },
  { name: "block", load: async () => (await import("./chunks/registry-KIET7O4I.js")).blockCommand },
  { name: "status", load: async () => (await import("./chunks/info-YYX3UWL4.js")).statusCommand },
  { name: "serve", load: async () => (await import("./chunks/serve-QC7CHFVX.js")).serveCommand },
  { name: "agent", load: async () => (await import("./chunks/serve-QC7CHFVX.js")).agentCommand },
  { name: "k8s", load: async () => (await import("./chunks/k8s-SKT7BKH5.js")).k8sCommand },
  { name: "tiny-model", load: async () => (await import("./chunks/eval-ATMMEQ2Z.js")).tinyModelCommand },
  { name: "demo", load: async () => (await import("./chunks/demo-WUPPJDRG.js")).demoCommand }
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
`), name || rest.length === 0 ? 0 : 2;
    if (name === "--version" || name === "-V")
      return s.stdout(`${package_default.version}
`), 0;
    let entry = commands.find((c) => c.name === name);
    if (!entry) throw new MregError("USAGE", `mreg: unknown command ${JSON.stringify(name)} (see mreg --help)`);
    let cmd = await entry.load(), parsed = parseCommand(cmd, cmdArgs);
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
    return s.stdout(io.json ? JSON.stringify(result.json, null, 2) + `
` : result.text + (result.text.endsWith(`
`) ? "" : `
`)), result.exitCode ?? 0;
  } catch (err) {
    let e = err instanceof MregError ? err : new MregError("INTERNAL", errorMessage(err), { cause: err });
    wantsJson && s.stdout(JSON.stringify({ error: { code: e.code, message: e.message, problems: e.problems } }, null, 2) + `
`);
    let extra = e.problems.length > 1 ? `
` + e.problems.map((p) => `  ${formatProblem(p)}`).join(`
`) : "";
    return s.stderr(`mreg: error: ${e.message}${extra}
`), e.code === "INTERNAL" && s.env.MREG_DEBUG && err instanceof Error && s.stderr(`${err.stack}
`), e.exitCode;
  }
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
