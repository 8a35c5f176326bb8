import {
  usage
} from "./chunk-J65ZUYIW.js";

// src/cli/command.ts
import { parseArgs } from "node:util";
var reports = /* @__PURE__ */ new WeakMap();
function withReport(err, report) {
  return err && typeof err == "object" && reports.set(err, report), err;
}
function reportOf(err) {
  return err && typeof err == "object" ? reports.get(err) : void 0;
}
var GLOBAL_OPTIONS = {
  repo: { type: "string", description: "the GitOps repository (default: the current directory)", placeholder: "DIR" },
  json: { type: "boolean", description: "print the result as JSON" },
  help: { type: "boolean", short: "h", description: "show this help" }
};
function parseCommand(cmd, argv) {
  let options = {};
  for (let [name, spec] of Object.entries({ ...GLOBAL_OPTIONS, ...cmd.options }))
    options[name] = {
      type: spec.type,
      ...spec.short ? { short: spec.short } : {},
      ...spec.multiple ? { multiple: !0 } : {}
    };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: !0, strict: !0 });
  } catch (err) {
    let msg = err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, "") : String(err);
    throw usage(`mreg ${cmd.name}: ${msg}`);
  }
  let pos = cmd.positionals ?? { min: 0, max: 0, names: [] };
  if (!parsed.values.help) {
    if (parsed.positionals.length < pos.min)
      throw usage(
        `mreg ${cmd.name}: missing ${pos.names.slice(parsed.positionals.length, pos.min).join(" ")} (usage: mreg ${cmd.name} ${cmd.usage})`
      );
    if (parsed.positionals.length > pos.max)
      throw usage(
        `mreg ${cmd.name}: unexpected argument ${JSON.stringify(parsed.positionals[pos.max])} (usage: mreg ${cmd.name} ${cmd.usage})`
      );
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
function helpText(cmd) {
  let lines = [`mreg ${cmd.name} ${cmd.usage}`.trimEnd(), "", cmd.summary];
  cmd.description && lines.push("", cmd.description);
  let all = { ...cmd.options, ...GLOBAL_OPTIONS };
  lines.push("", "Options:");
  let rows = Object.entries(all).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.type === "string" ? ` ${spec.placeholder ?? name.toUpperCase()}` : ""}`, spec.description]), w = Math.max(...rows.map((r) => r[0].length));
  for (let [f, d] of rows) lines.push(`  ${f.padEnd(w)}  ${d}`);
  return lines.push("", "Exit codes: 0 success, 1 refused or failed, 2 usage error."), lines.join(`
`);
}
function str(args, name) {
  let v = args.values[name];
  return typeof v == "string" ? v : void 0;
}
function reqStr(args, name, cmd) {
  let v = str(args, name);
  if (v === void 0 || v === "") throw usage(`mreg ${cmd}: --${name} is required`);
  return v;
}
function bool(args, name) {
  return args.values[name] === !0;
}
function int(args, name, cmd, min = 0) {
  let v = str(args, name);
  if (v !== void 0) {
    if (!/^\d+$/.test(v) || Number(v) < min)
      throw usage(`mreg ${cmd}: --${name} expects a whole number >= ${min}, got ${JSON.stringify(v)}`);
    return Number(v);
  }
}
function num(args, name, cmd) {
  let v = str(args, name);
  if (v === void 0) return;
  let n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n))
    throw usage(`mreg ${cmd}: --${name} expects a number, got ${JSON.stringify(v)}`);
  return n;
}

export {
  withReport,
  reportOf,
  parseCommand,
  helpText,
  str,
  reqStr,
  bool,
  int,
  num
};
