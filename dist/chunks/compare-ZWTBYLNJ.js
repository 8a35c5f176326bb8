import {
  contextOptions,
  storeOption
} from "./chunk-OOPOEU7K.js";
import {
  bool,
  str
} from "./chunk-EAOWGWAA.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import {
  usage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/compare.ts
import path from "node:path";
var compareCommand = {
  name: "compare",
  summary: "Gate two registered versions against each other (B as the candidate, A as the baseline) without touching any environment; exit 1 on fail.",
  usage: "A_ID B_ID [--suite FILE] [--backend llama|command] [--strict]",
  description: `The same suite, thresholds and paired sampling as a deploy's gate (registry/config.json gate), with A in
the place of the environment's baseline. Both artifacts are fetched into the cache and verified; nothing is committed.`,
  positionals: { min: 2, max: 2, names: ["A_ID", "B_ID"] },
  options: {
    suite: {
      type: "string",
      description: "eval suite (default: gate.suite in registry/config.json)",
      placeholder: "FILE"
    },
    backend: { type: "string", description: "llama or command (default: gate.backend)", placeholder: "B" },
    strict: { type: "boolean", description: "exit 1 on an inconclusive verdict too" },
    ...storeOption
  },
  async run(args, io) {
    let backend = str(args, "backend");
    if (backend && !["llama", "command"].includes(backend))
      throw usage(`mreg compare: --backend expects llama or command, got ${JSON.stringify(backend)}`);
    let [{ openContext }, { compareVersions }] = await Promise.all([
      import("./context-OADNUDYW.js"),
      import("./compare-A2KFCCRC.js")
    ]), ctx = await openContext({ ...contextOptions(args, io), push: !1 }), suite = str(args, "suite"), report = await compareVersions(ctx, {
      baseline: args.positionals[0],
      candidate: args.positionals[1],
      suitePath: suite ? path.resolve(suite) : void 0,
      backend
    }), failed = report.verdict === "fail" || report.verdict === "inconclusive" && bool(args, "strict");
    return { json: report.json, text: report.markdown.trimEnd(), exitCode: failed ? 1 : 0 };
  }
};
export {
  compareCommand
};
