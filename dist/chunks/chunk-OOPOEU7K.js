import {
  bool,
  str
} from "./chunk-EAOWGWAA.js";
import {
  settingsFromEnv
} from "./chunk-QBDP4CLO.js";
import {
  createFileProgress
} from "./chunk-SBIHGHJX.js";

// src/cli/table.ts
function table(headers, rows) {
  let cells = rows.map((r) => r.map((c) => c == null ? "-" : String(c))), widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length))), line = (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join(`
`);
}

// src/cli/commands/shared.ts
var pushOptions = {
  "no-push": { type: "boolean", description: "commit locally only (default: push when the repository has a remote)" },
  actor: {
    type: "string",
    description: "who acts (default: $GITHUB_ACTOR, $GIT_AUTHOR_NAME, git's user.name, or the OS user)",
    placeholder: "NAME"
  }
}, storeOption = {
  store: {
    type: "string",
    description: "artifact store URI (default: registry/config.json store)",
    placeholder: "URI"
  }
};
function contextOptions(args, io) {
  return {
    repo: io.repo,
    push: bool(args, "no-push") ? !1 : void 0,
    actor: str(args, "actor"),
    store: str(args, "store"),
    settings: settingsFromEnv(io.env),
    logger: {
      info: (m) => io.log(m),
      warn: (m) => io.log(`warning: ${m}`),
      progress: createFileProgress("download", process.stderr, io.env).update
    }
  };
}
function commitLine(out) {
  return `commit ${out.commit.slice(0, 12)} ${out.pushed ? "pushed" : `not pushed (${out.pushNote})`}${out.attempts > 1 ? ` after ${out.attempts} attempts` : ""}`;
}
function stagesTable(stages) {
  return table(
    ["stage", "status", "ms", "detail"],
    stages.map((s) => [s.name, s.status, s.ms, s.detail.split(`
`)[0]])
  );
}

export {
  table,
  pushOptions,
  storeOption,
  contextOptions,
  commitLine,
  stagesTable
};
