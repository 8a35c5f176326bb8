import {
  pointerJson,
  pointerText
} from "./chunk-FTOWRAI5.js";
import {
  commitLine,
  contextOptions,
  pushOptions
} from "./chunk-OOPOEU7K.js";
import {
  closest
} from "./chunk-YVVRQOHB.js";
import {
  reqStr,
  str
} from "./chunk-EAOWGWAA.js";
import "./chunk-IV45DCAH.js";
import "./chunk-PPZBBYQD.js";
import "./chunk-YLWCWBCQ.js";
import "./chunk-GSBNDWUF.js";
import "./chunk-NZM3GUM3.js";
import "./chunk-AZWLCOPS.js";
import "./chunk-YXUU4W6Y.js";
import "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-OUA4VDMS.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import {
  openContext
} from "./chunk-57RGRDFE.js";
import "./chunk-OKBEP5SG.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/canary.ts
var reasonOption = {
  reason: { type: "string", description: "why; recorded in the history and the commit", placeholder: "TEXT" }
}, analysisOptions = {
  prometheus: {
    type: "string",
    description: "Prometheus's URL, which scrapes the servers' /metrics (default: $MREG_PROMETHEUS_URL)",
    placeholder: "URL"
  },
  "dry-run": { type: "boolean", description: "print the decision and commit nothing" },
  "k8s-apply": {
    type: "boolean",
    description: "after each commit, write the environment's pointer ConfigMap as `mreg k8s apply` does (for servers that follow the ConfigMap)"
  },
  "keep-watching": {
    type: "boolean",
    description: "watch: keep looking after a promotion or an abort, and while there is no canary (a long-running watcher)"
  }
};
async function runPointerOp(args, io, op, percent) {
  let env = reqStr(args, "env", `canary ${op}`), [ctx, ops] = await Promise.all([openContext(contextOptions(args, io)), import("./canary-MNZFDF4S.js")]), out = await ops.moveCanaryByHand(ctx, env, op, { percent, reason: str(args, "reason") });
  return {
    json: pointerJson(out.result, out.commit, out.pushed),
    text: `${pointerText(out.result)}
${commitLine(out)}`
  };
}
function percentOf(args) {
  let raw = reqStr(args, "percent", "canary set"), n = /^[0-9]+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= 100))
    throw new MregError(
      "USAGE",
      `canary set --percent: expected an integer from 1 to 99 (100 promotes the canary; mreg canary abort removes it), got ${JSON.stringify(raw)}`
    );
  return n;
}
var subcommands = [
  {
    name: "promote",
    summary: "make the canary the environment's stable version (every instance converges on it)",
    usage: "promote --env ENV [--reason TEXT]",
    options: reasonOption,
    run: (args, io) => runPointerOp(args, io, "promote")
  },
  {
    name: "abort",
    summary: "remove the canary; every instance converges on the stable version, which stays",
    usage: "abort --env ENV [--reason TEXT]",
    options: reasonOption,
    run: (args, io) => runPointerOp(args, io, "abort")
  },
  {
    name: "set",
    summary: "run the canary on another share of the instances (100 promotes it)",
    usage: "set --env ENV --percent N [--reason TEXT]",
    options: {
      percent: { type: "string", description: "share of the instances, 1-99 (100 promotes)", placeholder: "N" },
      ...reasonOption
    },
    run: (args, io) => runPointerOp(args, io, "set", percentOf(args))
  },
  {
    name: "check",
    summary: "analyse the canary against stable once from Prometheus (registry/config.json `canary`) and commit the step, the promotion or the abort it decides",
    usage: "check --env ENV [--prometheus URL] [--dry-run] [--k8s-apply]",
    options: analysisOptions,
    run: async (args, io) => (await import("./canary-analysis-XYIXFMU2.js")).runCanaryAnalysis("check", args, io)
  },
  {
    name: "watch",
    summary: "check every interval_s until the canary is promoted or aborted (--keep-watching: until stopped)",
    usage: "watch --env ENV [--prometheus URL] [--dry-run] [--k8s-apply] [--keep-watching]",
    options: analysisOptions,
    run: async (args, io) => (await import("./canary-analysis-XYIXFMU2.js")).runCanaryAnalysis("watch", args, io)
  }
], canaryCommand = {
  name: "canary",
  summary: `The canary beside an environment's stable version (started by "mreg deploy ... --canary PERCENT"): promote, abort or set its percent by hand, or check/watch it from Prometheus; each change is a commit.`,
  usage: subcommands.map((s) => s.usage).join(" | "),
  description: subcommands.map((s) => `${s.name}: ${s.summary}`).join(`
`),
  positionals: { min: 1, max: 1, names: ["SUBCOMMAND"] },
  options: {
    env: { type: "string", description: "the environment whose canary to change", placeholder: "ENV" },
    ...Object.assign({}, ...subcommands.map((s) => s.options)),
    ...pushOptions
  },
  async run(args, io) {
    let name = args.positionals[0], sub = subcommands.find((s) => s.name === name);
    if (!sub) {
      let names = subcommands.map((s) => s.name), guess = closest(name, names);
      throw new MregError(
        "USAGE",
        `mreg canary: unknown subcommand ${JSON.stringify(name)} (expected: ${names.join(", ")})${guess ? `; did you mean ${guess}?` : ""}`
      );
    }
    for (let other of subcommands)
      for (let opt of Object.keys(other.options))
        if (!(opt in sub.options) && args.values[opt] !== void 0)
          throw new MregError("USAGE", `mreg canary ${sub.name} takes no --${opt} (usage: mreg canary ${sub.usage})`);
    return sub.run(args, io);
  }
};
export {
  canaryCommand,
  subcommands
};
