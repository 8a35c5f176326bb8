import {
  commitLine,
  contextOptions,
  pushOptions,
  stagesTable,
  storeOption
} from "./chunk-OOPOEU7K.js";
import {
  bool,
  reqStr,
  str,
  withReport
} from "./chunk-EAOWGWAA.js";
import {
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunk-IV45DCAH.js";
import {
  defaultHooks
} from "./chunk-GSBNDWUF.js";
import {
  subjectFor
} from "./chunk-AZWLCOPS.js";
import {
  checkCanaryPercent
} from "./chunk-OUA4VDMS.js";
import {
  checkModel,
  checkQuantization,
  checkVersion,
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  openContext
} from "./chunk-57RGRDFE.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/cli/commands/pointer.ts
function pointerText(c) {
  let percent = c.action === "canary" && c.to.canary ? ` at ${c.to.canary.percent}%` : "";
  return `${subjectFor(c.action, c.env, c.from, c.entry)}${percent}, history id ${c.entry.id}`;
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
    canary: c.to.canary ?? null,
    commit,
    pushed
  };
}
function contextAndHooks(args, io) {
  return Promise.all([openContext(contextOptions(args, io)), defaultHooks()]);
}
var deployCommand = {
  name: "deploy",
  summary: "Deploy a version to an environment: download, validate (gate), smoke test, then commit the new pointer.",
  usage: "MODEL VERSION --env ENV [--canary PERCENT] [--quantization Q] [--reason TEXT] [--expect-current V] [--skip-gate --reason TEXT]",
  positionals: { min: 2, max: 2, names: ["MODEL", "VERSION"] },
  options: {
    env: { type: "string", description: "target environment", placeholder: "ENV" },
    quantization: {
      type: "string",
      description: "which quantization (needed when several are registered)",
      placeholder: "Q"
    },
    reason: { type: "string", description: "why; recorded in the history and the commit", placeholder: "TEXT" },
    "expect-current": {
      type: "string",
      description: 'refuse unless the environment currently runs this version ("none" for empty)',
      placeholder: "V"
    },
    "skip-gate": { type: "boolean", description: "skip the benchmark gate (needs --reason; recorded)" },
    canary: {
      type: "string",
      description: "run the version as a canary on this percent (1-99) of the instances beside the stable one, after the same gate",
      placeholder: "PERCENT"
    },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    requireReasonForSkip(args);
    let canary = canaryPercentArg(args, "deploy"), model = checkModel(args.positionals[0]), version = checkVersion(args.positionals[1]), quantization = str(args, "quantization");
    quantization && checkQuantization(quantization);
    let [ctx, hooks] = await contextAndHooks(args, io);
    try {
      let r = await deployVersion(
        ctx,
        {
          env: reqStr(args, "env", "deploy"),
          model,
          version,
          quantization,
          reason: str(args, "reason") ?? null,
          expectCurrent: str(args, "expect-current"),
          skipGate: bool(args, "skip-gate"),
          canary
        },
        hooks
      ), out = r.outcome, gateText = r.gate ? `

${r.gate.markdown}` : "";
      return {
        json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages, gate: r.gate?.json ?? null },
        text: `${stagesTable(r.stages)}${gateText}

${pointerText(out.result)}
${commitLine(out)}`
      };
    } catch (err) {
      throw pipelineReport(err);
    }
  }
}, rollbackCommand = {
  name: "rollback",
  summary: "Revert an environment to the previous known-good deployment (skipping rolled-back entries and blocked artifacts), as a new commit.",
  usage: "--env ENV [--to VERSION] [--expect-current VERSION] [--reason TEXT]",
  options: {
    env: { type: "string", description: "environment to roll back", placeholder: "ENV" },
    to: { type: "string", description: "an earlier version of this environment to return to", placeholder: "VERSION" },
    "expect-current": {
      type: "string",
      description: "refuse unless the environment currently runs this version",
      placeholder: "VERSION"
    },
    reason: { type: "string", description: "why; recorded in the history and the commit", placeholder: "TEXT" },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    let to = str(args, "to");
    to && checkVersion(to);
    let [ctx, hooks] = await contextAndHooks(args, io), r = await rollbackVersion(
      ctx,
      {
        env: reqStr(args, "env", "rollback"),
        to,
        expectCurrent: str(args, "expect-current"),
        reason: str(args, "reason") ?? null
      },
      hooks
    ), out = r.outcome;
    if (r.noop)
      return {
        json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages, noop: r.noop },
        text: `nothing to do: ${r.noop}`
      };
    let abandoned = out.result.abandoned ? `
marked history entry ${out.result.abandoned.id} (${formatArtifactId(out.result.abandoned)}) rolled_back` : "";
    return {
      json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages },
      text: `${pointerText(out.result)}${abandoned}
${commitLine(out)}`
    };
  }
}, promoteCommand = {
  name: "promote",
  summary: "Move a pointer along the promotion order: the target environment gets the source environment's active version, with the gate record it earned there.",
  usage: "--to ENV [--from ENV] [--canary PERCENT] [--reason TEXT] [--expect-current VERSION] [--skip-gate --reason TEXT]",
  options: {
    to: { type: "string", description: "target environment (e.g. production)", placeholder: "ENV" },
    from: {
      type: "string",
      description: "source environment (default: the one before --to in the promotion order)",
      placeholder: "ENV"
    },
    reason: { type: "string", description: "why; recorded in the history and the commit", placeholder: "TEXT" },
    "expect-current": {
      type: "string",
      description: "refuse unless the target currently runs this version",
      placeholder: "VERSION"
    },
    "skip-gate": {
      type: "boolean",
      description: "promote a version that passed no gate in the source environment (needs --reason; recorded)"
    },
    canary: {
      type: "string",
      description: "start the version as a canary on this percent (1-99) of the target's instances beside its stable one; `mreg canary` finishes the promotion",
      placeholder: "PERCENT"
    },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    requireReasonForSkip(args);
    let canary = canaryPercentArg(args, "promote"), [ctx, hooks] = await contextAndHooks(args, io), o = {
      canary,
      from: str(args, "from"),
      to: reqStr(args, "to", "promote"),
      reason: str(args, "reason") ?? null,
      expectCurrent: str(args, "expect-current"),
      skipGate: bool(args, "skip-gate")
    };
    try {
      let r = await promoteVersion(ctx, o, hooks), out = r.outcome;
      return {
        json: { ...pointerJson(out.result, out.commit, out.pushed), from_env: r.from, stages: r.stages },
        text: `${stagesTable(r.stages)}

${pointerText(out.result)}
${commitLine(out)}`
      };
    } catch (err) {
      throw pipelineReport(err);
    }
  }
};
function pipelineReport(err) {
  if (!(err instanceof PipelineError)) return err;
  let gate = err.gate ? `

${err.gate.markdown.trimEnd()}` : "", short = err.gate ? new PipelineError(
    new MregError(err.code, err.message.replace(`
${err.gate.markdown}`, ""), { cause: err }),
    err.stages,
    err.gate
  ) : err;
  return withReport(short, {
    text: `${stagesTable(err.stages)}${gate}`,
    json: { stages: err.stages, gate: err.gate?.json ?? null }
  });
}
function canaryPercentArg(args, cmd, name = "canary") {
  let raw = str(args, name);
  if (raw === void 0) return;
  let n = /^[0-9]+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isNaN(n))
    throw new MregError(
      "USAGE",
      `${cmd} --${name}: expected an integer percent from 1 to 99, got ${JSON.stringify(raw)}`
    );
  return checkCanaryPercent(n, `${cmd} --${name}`);
}
function requireReasonForSkip(args) {
  let reason = str(args, "reason");
  if (bool(args, "skip-gate") && !(reason && reason.trim()))
    throw new MregError("USAGE", "--skip-gate needs --reason (it is recorded in the history and the commit)");
}

export {
  pointerText,
  pointerJson,
  deployCommand,
  rollbackCommand,
  promoteCommand,
  canaryPercentArg
};
