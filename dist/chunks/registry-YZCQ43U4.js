import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  commitLine,
  contextOptions,
  pushOptions
} from "./chunk-GE3MFTNN.js";
import {
  num,
  reqStr,
  str
} from "./chunk-CG5BKNIT.js";
import {
  initRepository
} from "./chunk-LRHZRVQS.js";
import "./chunk-CDORPB5K.js";
import {
  registerArtifact
} from "./chunk-2PKV6GUC.js";
import {
  validateRepository
} from "./chunk-K4AKNWT4.js";
import "./chunk-QBDP4CLO.js";
import {
  openContext
} from "./chunk-4GQNFB6A.js";
import {
  blockArtifact
} from "./chunk-EY7PSCHO.js";
import "./chunk-ZDDHGKC2.js";
import "./chunk-PVF64SQJ.js";
import "./chunk-CBYRQUNI.js";
import "./chunk-HLSFVDC7.js";
import "./chunk-Y52MQDP2.js";
import "./chunk-JAQS6HLS.js";
import {
  checkModel,
  checkQuantization,
  checkVersion,
  formatArtifactId,
  parseArtifactId
} from "./chunk-TNIQPWLS.js";
import "./chunk-HQUBCJ6J.js";
import {
  parseJsonText
} from "./chunk-ESAPJNBD.js";
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
  usage: "[DIR] [--env NAME ...] [--store URI]",
  positionals: { min: 0, max: 1, names: ["DIR"] },
  options: {
    env: { type: "string", multiple: !0, description: "environments in promotion order (default: staging production)", placeholder: "NAME" },
    store: { type: "string", description: "artifact store URI: a folder, file:///abs/path or s3://bucket/prefix", placeholder: "URI" }
  },
  async run(args, io) {
    let dir = args.positionals[0] ?? io.repo, envs = args.values.env;
    if (envs) {
      for (let e of envs)
        if (!/^[a-z][a-z0-9_-]*$/.test(e)) throw usage(`mreg init: invalid environment name ${JSON.stringify(e)} (expected lowercase [a-z][a-z0-9_-]*)`);
    }
    let r = await initRepository({ dir, environments: envs, store: str(args, "store") });
    return {
      json: r,
      text: `Initialized a model registry in ${r.root}${r.createdRepository ? " (new git repository)" : ""}
${r.files.map((f) => `  ${f}`).join(`
`)}
commit ${r.commit.slice(0, 12)}`
    };
  }
}, KINDS = ["gguf", "lora", "full"], registerCommand = {
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
    "base-model": { type: "string", description: "what it was derived from (default: the model name)", placeholder: "B" },
    "parent-version": { type: "string", description: "the version it derives from", placeholder: "P" },
    "benchmark-score": { type: "string", description: "a summary score", placeholder: "S" },
    kind: { type: "string", description: "gguf (default), lora or full", placeholder: "KIND" },
    "created-at": { type: "string", description: "ISO 8601 time (default: now)", placeholder: "TIME" },
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
      if (!KINDS.includes(kind)) throw usage(`mreg register: --kind expects one of ${KINDS.join(", ")}, got ${JSON.stringify(kind)}`);
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
        artifact: { uri: reqStr(args, "uri", "register"), sha256: reqStr(args, "sha256", "register").toLowerCase(), size }
      };
    }
    let out = await registerArtifact(ctx, meta);
    return { json: { ...out.result, commit: out.commit, pushed: out.pushed }, text: `Registered ${out.result.id} (${out.result.path})
${commitLine(out)}` };
  }
}, validateCommand = {
  name: "validate",
  summary: "Validate the whole repository: schemas, names vs paths vs fields, pointers and history vs registered artifacts, ids, parents, duplicates.",
  usage: "",
  options: {},
  async run(_args, io) {
    let { openRepo } = await import("./repo-3RG4CU63.js"), root = await openRepo(path.resolve(io.repo)).then((r) => r.root).catch(() => path.resolve(io.repo)), report = await validateRepository(root), text = report.ok ? `OK: ${report.counts.artifacts} artifacts, ${report.counts.history} history entries, ${report.counts.environments} environments` : `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}:
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
    reason: { type: "string", description: "why (required; recorded in the metadata and the commit)", placeholder: "TEXT" },
    ...pushOptions
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), ref = args.positionals.length === 1 ? parseArtifactId(args.positionals[0]) : {
      model: checkModel(args.positionals[0]),
      version: checkVersion(args.positionals[1]),
      quantization: checkQuantization(reqStr(args, "quantization", "block"))
    }, out = await blockArtifact(ctx, { ref, reason: reqStr(args, "reason", "block") });
    return {
      json: { metadata: out.result, commit: out.commit, pushed: out.pushed },
      text: `Blocked ${formatArtifactId(ref)}: ${out.result.blocked_reason}
${commitLine(out)}`
    };
  }
};
export {
  blockCommand,
  initCommand,
  registerCommand,
  validateCommand
};
