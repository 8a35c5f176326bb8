import {
  commitLine,
  contextOptions,
  pushOptions,
  storeOption
} from "./chunk-OOPOEU7K.js";
import {
  bool,
  num,
  reqStr,
  str
} from "./chunk-EAOWGWAA.js";
import {
  initRepository
} from "./chunk-HN6NULSL.js";
import {
  registerArtifact
} from "./chunk-IYJDDIKT.js";
import "./chunk-ZHWFVG5Q.js";
import "./chunk-NZM3GUM3.js";
import "./chunk-OQXABIHW.js";
import "./chunk-CCCON3DT.js";
import "./chunk-QCKMG6X6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-IEOM54UU.js";
import "./chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunk-AZWLCOPS.js";
import "./chunk-YXUU4W6Y.js";
import "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import {
  validateRepository
} from "./chunk-PGZGKWIN.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-ZWFAIWQW.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import {
  checkModel,
  checkQuantization,
  checkVersion,
  formatArtifactId,
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  openContext
} from "./chunk-57RGRDFE.js";
import "./chunk-OKBEP5SG.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import {
  parseJsonText
} from "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import {
  MregError,
  formatProblem,
  usage
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/registry.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var initCommand = {
  name: "init",
  summary: "Scaffold a GitOps model registry (registry/, config, schemas) and commit it; git init when needed.",
  usage: "[DIR] [--env NAME ...] [--store URI] [--action OWNER/REPO@REF]",
  positionals: { min: 0, max: 1, names: ["DIR"] },
  options: {
    env: {
      type: "string",
      multiple: !0,
      description: "environments in promotion order (default: staging production)",
      placeholder: "NAME"
    },
    store: {
      type: "string",
      description: "artifact store URI: a folder, file:///abs/path or s3://bucket/prefix",
      placeholder: "URI"
    },
    action: {
      type: "string",
      description: "what the workflows' steps use, e.g. acme/gitops-model-registry@<sha> (default: ./ when the repository holds action.yml)",
      placeholder: "REF"
    }
  },
  async run(args, io) {
    let dir = args.positionals[0] ?? io.repo, action = str(args, "action");
    if (action !== void 0 && !/^(\.\/|[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[^\s@]+)$/.test(action))
      throw usage(
        `mreg init: --action must be ./ or OWNER/REPO@REF (a full commit sha is safest), not ${JSON.stringify(action)}`
      );
    let envs = args.values.env;
    if (envs) {
      for (let e of envs)
        if (!/^[a-z][a-z0-9_-]*$/.test(e))
          throw usage(`mreg init: invalid environment name ${JSON.stringify(e)} (expected lowercase [a-z][a-z0-9_-]*)`);
    }
    let r = await initRepository({ dir, environments: envs, store: str(args, "store"), action }), next = await nextSteps(r.root, envs?.[0] ?? "staging");
    return {
      json: { ...r, next_steps: next },
      text: `Initialized a model registry in ${r.root}${r.createdRepository ? " (new git repository)" : ""}
${r.files.map((f) => `  ${f}`).join(`
`)}
commit ${r.commit.slice(0, 12)}` + (r.workflowsSkipped ? `
note: ${r.workflowsSkipped}` : "") + `

Next:
${next.map((l, i) => `  ${i + 1}. ${l}`).join(`
`)}`
    };
  }
};
async function nextSteps(root, firstEnv) {
  let { openRepo } = await import("./repo-TV7MBV3I.js"), remotes = await openRepo(root).then((r) => r.remotes.length > 0).catch(() => !1), where = path.relative(process.cwd(), root) || ".", cd = where === "." ? "" : `cd ${where} && `;
  return [
    ...remotes ? [`push the registry: ${cd}git push`] : [
      `give it a remote and push: ${cd}git remote add origin git@github.com:OWNER/REPO.git && git push -u origin HEAD`
    ],
    "publish a first version: mreg publish MODEL.gguf --model NAME --version 1.0.0 --quantization Q",
    `deploy it: mreg deploy NAME 1.0.0 --env ${firstEnv}   (then: mreg list, mreg history)`
  ];
}
var KINDS = ["gguf", "lora", "full"], registerCommand = {
  name: "register",
  summary: "Add the metadata of an artifact that already exists in a store. Versions are immutable: an existing one is never overwritten.",
  usage: "(--file META.json | --model M --version V --quantization Q --uri URI --sha256 HEX --size BYTES [...])",
  options: {
    file: { type: "string", description: "a metadata JSON file (schemas/metadata.schema.json)", placeholder: "FILE" },
    model: { type: "string", description: "model name, e.g. llama3-instruct", placeholder: "M" },
    version: { type: "string", description: "semver, e.g. 2.1.0", placeholder: "V" },
    quantization: { type: "string", description: "e.g. q4km, q8_0, f16", placeholder: "Q" },
    uri: { type: "string", description: "where the artifact is (s3://... or file://...)", placeholder: "URI" },
    sha256: { type: "string", description: "the artifact sha256 (hex)", placeholder: "HEX" },
    size: { type: "string", description: "the artifact size in bytes", placeholder: "BYTES" },
    "base-model": {
      type: "string",
      description: "what it was derived from (default: the model name)",
      placeholder: "B"
    },
    "parent-version": { type: "string", description: "the version it derives from", placeholder: "P" },
    "benchmark-score": { type: "string", description: "a summary score", placeholder: "S" },
    kind: { type: "string", description: "gguf (default), lora or full", placeholder: "KIND" },
    "created-at": { type: "string", description: "ISO 8601 time (default: now)", placeholder: "TIME" },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), meta, file = str(args, "file");
    if (file) {
      let text = await readFile(path.resolve(file), "utf8").catch(() => {
        throw new MregError("NOT_FOUND", `${file}: file not found`);
      });
      meta = parseJsonText(text, file, 1024 * 1024);
    } else {
      let model = checkModel(reqStr(args, "model", "register")), version = checkVersion(reqStr(args, "version", "register")), quantization = checkQuantization(reqStr(args, "quantization", "register")), size = Number(reqStr(args, "size", "register"));
      if (!Number.isSafeInteger(size) || size < 0)
        throw usage(`mreg register: --size expects a whole number of bytes, got ${JSON.stringify(str(args, "size"))}`);
      let kind = str(args, "kind") ?? "gguf";
      if (!KINDS.includes(kind))
        throw usage(`mreg register: --kind expects one of ${KINDS.join(", ")}, got ${JSON.stringify(kind)}`);
      let parent = str(args, "parent-version");
      meta = {
        model,
        version,
        base_model: str(args, "base-model") ?? model,
        quantization,
        benchmark_score: num(args, "benchmark-score", "register") ?? null,
        created_at: str(args, "created-at") ?? (/* @__PURE__ */ new Date()).toISOString(),
        parent_version: parent ? checkVersion(parent) : null,
        kind,
        status: "active",
        artifact: {
          uri: reqStr(args, "uri", "register"),
          sha256: reqStr(args, "sha256", "register").toLowerCase(),
          size
        }
      };
    }
    let out = await registerArtifact(ctx, meta), r = out.result, copy = r.metadataUri ? `
  metadata ${r.metadataUri}` : "";
    return {
      json: {
        id: r.id,
        path: r.path,
        metadata: r.metadata,
        metadata_uri: r.metadataUri,
        already_registered: r.alreadyRegistered,
        commit: out.commit,
        pushed: out.pushed
      },
      text: r.alreadyRegistered ? `${r.id} is already registered with these claims (${r.path}); nothing to commit${copy}` : `Registered ${r.id} (${r.path})${copy}
${commitLine(out)}`
    };
  }
}, validateCommand = {
  name: "validate",
  summary: "Validate the whole repository: schemas, names vs paths vs fields, pointers and history vs registered artifacts, ids, parents, duplicates.",
  usage: "",
  options: {},
  async run(_args, io) {
    let { openRepo } = await import("./repo-TV7MBV3I.js"), root = await openRepo(path.resolve(io.repo)).then((r) => r.root).catch(() => path.resolve(io.repo)), report = await validateRepository(root), text = report.ok ? `OK: ${report.counts.artifacts} artifacts, ${report.counts.history} history entries, ${report.counts.environments} environments` : `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}:
${report.problems.map((p) => `  ${formatProblem(p)}`).join(`
`)}`;
    return { json: report, text, exitCode: report.ok ? 0 : 1 };
  }
}, blockCommand = {
  name: "block",
  summary: "Mark a known-bad artifact as blocked: deploy and rollback refuse it. Nothing is ever deleted.",
  usage: "MODEL VERSION --quantization Q --reason TEXT  (or: ID --reason TEXT)",
  positionals: { min: 1, max: 2, names: ["MODEL", "VERSION"] },
  options: {
    quantization: { type: "string", description: "which quantization of that version", placeholder: "Q" },
    reason: {
      type: "string",
      description: "why (required; recorded in the metadata and the commit)",
      placeholder: "TEXT"
    },
    rollback: {
      type: "boolean",
      description: "first roll back every environment that runs it (each a commit of its own), then block it"
    },
    ...storeOption,
    ...pushOptions
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), ref = args.positionals.length === 1 ? parseArtifactId(args.positionals[0]) : {
      model: checkModel(args.positionals[0]),
      version: checkVersion(args.positionals[1]),
      quantization: checkQuantization(reqStr(args, "quantization", "block"))
    }, reason = reqStr(args, "reason", "block"), rolledBack = [], lines = [];
    if (bool(args, "rollback")) {
      let [{ liveEnvironments }, { rollbackVersion }, { defaultHooks }] = await Promise.all([
        import("./registry-ops-3JKIQKXI.js"),
        import("./deploy-YVJJM3EU.js"),
        import("./stages-3LTII4IR.js")
      ]);
      for (let env of await liveEnvironments(ctx, ref)) {
        let r = await rollbackVersion(
          ctx,
          { env, reason: `blocking ${formatArtifactId(ref)}: ${reason}` },
          await defaultHooks()
        );
        rolledBack.push({ env, version: r.outcome.result.to.version, ...r.noop ? { noop: r.noop } : {} }), lines.push(
          r.noop ? `${env}: nothing to do: ${r.noop}` : `${env}: rolled back to ${r.outcome.result.to.version}; ${commitLine(r.outcome)}`
        );
      }
    }
    let out = await blockArtifact(ctx, { ref, reason });
    return lines.push(`Blocked ${formatArtifactId(ref)}: ${out.result.blocked_reason}`, commitLine(out)), {
      json: { metadata: out.result, commit: out.commit, pushed: out.pushed, rolled_back: rolledBack },
      text: lines.join(`
`)
    };
  }
};
export {
  blockCommand,
  initCommand,
  registerCommand,
  validateCommand
};
