import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  defaultHooks
} from "./chunk-HLE6MRQ4.js";
import {
  PipelineError,
  deployVersion,
  rollbackVersion
} from "./chunk-JY3E5GAN.js";
import {
  commitLine,
  contextOptions,
  pushOptions,
  stagesTable,
  storeOption
} from "./chunk-5S6TIIUK.js";
import {
  bool,
  reqStr,
  str
} from "./chunk-VTGJPWXF.js";
import {
  commitPromote
} from "./chunk-SVQ3YVKU.js";
import "./chunk-DLXUQDVA.js";
import "./chunk-5GG4L2M6.js";
import "./chunk-KTR63WAS.js";
import {
  checkModel,
  checkQuantization,
  checkVersion,
  formatArtifactId
} from "./chunk-TNIQPWLS.js";
import {
  openContext
} from "./chunk-WL2XBJUI.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-KAQZ265V.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/pointer.ts
function pointerText(c) {
  let from = c.from ? `${c.from.version} (${c.from.quantization})` : "none";
  return `${c.action}(${c.env}): ${c.to.model} ${from} -> ${c.to.version} (${c.to.quantization}), history id ${c.entry.id}`;
}
function pointerJson(c, commit, pushed) {
  return {
    env: c.env,
    action: c.action,
    model: c.to.model,
    version: c.to.version,
    quantization: c.to.quantization,
    previous_version: c.from?.version ?? null,
    history_id: c.entry.id,
    entry: c.entry,
    rolled_back_id: c.abandoned?.id ?? null,
    commit,
    pushed
  };
}
var deployCommand = {
  name: "deploy",
  summary: "Deploy a version to an environment: download, validate (gate), smoke test, then commit the new pointer.",
  usage: "MODEL VERSION --env ENV [--quantization Q] [--reason TEXT] [--expect-current V] [--skip-gate --reason TEXT]",
  positionals: { min: 2, max: 2, names: ["MODEL", "VERSION"] },
  options: {
    env: { type: "string", description: "target environment", placeholder: "ENV" },
    quantization: { type: "string", description: "which quantization (needed when several are registered)", placeholder: "Q" },
    reason: { type: "string", description: "why; recorded in the history and the commit", placeholder: "TEXT" },
    "expect-current": { type: "string", description: 'refuse unless the environment currently runs this version ("none" for empty)', placeholder: "V" },
    "skip-gate": { type: "boolean", description: "skip the benchmark gate (needs --reason; recorded)" },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    let model = checkModel(args.positionals[0]), version = checkVersion(args.positionals[1]), quantization = str(args, "quantization");
    quantization && checkQuantization(quantization);
    let ctx = await openContext(contextOptions(args, io));
    try {
      let r = await deployVersion(
        ctx,
        { env: reqStr(args, "env", "deploy"), model, version, quantization, reason: str(args, "reason") ?? null, expectCurrent: str(args, "expect-current"), skipGate: bool(args, "skip-gate") },
        await defaultHooks()
      ), out = r.outcome, gateText = r.gate ? `

${r.gate.markdown}` : "";
      return {
        json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages, gate: r.gate?.json ?? null },
        text: `${stagesTable(r.stages)}${gateText}

${pointerText(out.result)}
${commitLine(out)}`
      };
    } catch (err) {
      throw err instanceof PipelineError && (io.log(stagesTable(err.stages)), err.gate && !err.message.includes(err.gate.markdown) && io.log(err.gate.markdown)), err;
    }
  }
}, rollbackCommand = {
  name: "rollback",
  summary: "Revert an environment to the previous known-good deployment (skipping rolled-back entries and blocked artifacts), as a new commit.",
  usage: "--env ENV [--to VERSION] [--expect-current VERSION] [--reason TEXT]",
  options: {
    env: { type: "string", description: "environment to roll back", placeholder: "ENV" },
    to: { type: "string", description: "an earlier version of this environment to return to", placeholder: "VERSION" },
    "expect-current": { type: "string", description: "refuse unless the environment currently runs this version", placeholder: "VERSION" },
    reason: { type: "string", description: "why; recorded in the history and the commit", placeholder: "TEXT" },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    let to = str(args, "to");
    to && checkVersion(to);
    let ctx = await openContext(contextOptions(args, io)), r = await rollbackVersion(ctx, { env: reqStr(args, "env", "rollback"), to, expectCurrent: str(args, "expect-current"), reason: str(args, "reason") ?? null }, await defaultHooks()), out = r.outcome, abandoned = out.result.abandoned ? `
marked history entry ${out.result.abandoned.id} (${formatArtifactId(out.result.abandoned)}) rolled_back` : "";
    return {
      json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages },
      text: `${pointerText(out.result)}${abandoned}
${commitLine(out)}`
    };
  }
}, promoteCommand = {
  name: "promote",
  summary: "Move a pointer along the promotion order: the target environment gets the source environment's active version.",
  usage: "--from ENV --to ENV [--reason TEXT] [--expect-current VERSION]",
  options: {
    from: { type: "string", description: "source environment (e.g. staging)", placeholder: "ENV" },
    to: { type: "string", description: "target environment (e.g. production)", placeholder: "ENV" },
    reason: { type: "string", description: "why; recorded in the history and the commit", placeholder: "TEXT" },
    "expect-current": { type: "string", description: "refuse unless the target currently runs this version", placeholder: "VERSION" },
    ...pushOptions
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), out = await commitPromote(ctx, { from: reqStr(args, "from", "promote"), to: reqStr(args, "to", "promote"), reason: str(args, "reason") ?? null, expectCurrent: str(args, "expect-current") });
    return { json: pointerJson(out.result, out.commit, out.pushed), text: `${pointerText(out.result)}
${commitLine(out)}` };
  }
};
export {
  deployCommand,
  promoteCommand,
  rollbackCommand
};
