import {
  contextOptions,
  table
} from "./chunk-OOPOEU7K.js";
import "./chunk-EAOWGWAA.js";
import {
  listArtifacts,
  showArtifact
} from "./chunk-7N75Y2IP.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import {
  checkModel,
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  openContext
} from "./chunk-57RGRDFE.js";
import "./chunk-OKBEP5SG.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/catalog.ts
function humanBytes(n) {
  let units = ["B", "KiB", "MiB", "GiB", "TiB"], v = n, i = 0;
  for (; v >= 1024 && i < units.length - 1; ) [v, i] = [v / 1024, i + 1];
  return i === 0 ? `${n} B` : `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
var listCommand = {
  name: "list",
  summary: "Every registered model, version and quantization, and the environments each runs in now.",
  usage: "[MODEL]",
  positionals: { min: 0, max: 1, names: ["MODEL"] },
  options: {},
  async run(args, io) {
    let model = args.positionals[0] === void 0 ? void 0 : checkModel(args.positionals[0]), ctx = await openContext(contextOptions(args, io)), rows = await listArtifacts(ctx, { model }), text = rows.length ? table(
      ["model", "version", "quant", "kind", "status", "size", "created_at", "runs in"],
      rows.map((r) => [
        r.model,
        r.version,
        r.quantization,
        r.kind,
        r.status,
        humanBytes(r.size),
        r.created_at,
        [...r.environments, ...r.canary_in.map((e) => `${e} (canary)`)].join(", ") || "-"
      ])
    ) : model ? `Nothing registered for ${model}.` : "Nothing registered yet: mreg publish FILE --model M --version V --quantization Q uploads and registers an artifact.";
    return { json: rows, text };
  }
};
function detailsText(d) {
  let m = d.metadata, lines = [
    `id           ${formatArtifactId(m)}`,
    `file         ${d.file}`,
    `status       ${m.status}${m.blocked_reason ? ` (${m.blocked_reason})` : ""}`,
    `kind         ${m.kind}${m.base ? ` on ${m.base.id}` : ""}`,
    `base_model   ${m.base_model}`,
    `parent       ${m.parent_version ?? "-"}`,
    `created_at   ${m.created_at}`,
    `artifact     ${m.artifact.uri} (${humanBytes(m.artifact.size)}, sha256 ${m.artifact.sha256})`,
    ...m.files?.length ? m.files.slice(1).map((f) => `             ${f.uri} (${humanBytes(f.size)})`) : [],
    `runs in      ${[...d.environments, ...d.canary_in.map((e) => `${e} (canary)`)].join(", ") || "-"}`,
    `children     ${d.children.join(", ") || "-"}`,
    ""
  ];
  return d.history.length ? [
    ...lines,
    table(
      ["id", "env", "action", "deployed_at", "gate", "rolled_back", "actor", "reason"],
      d.history.map((e) => [
        e.id,
        e.env,
        e.action,
        e.deployed_at,
        e.gate,
        e.rolled_back ? "yes" : "no",
        e.actor,
        e.reason
      ])
    )
  ].join(`
`) : [...lines, "Never deployed."].join(`
`);
}
var showCommand = {
  name: "show",
  summary: "One artifact: its metadata, where it runs, every deployment and rollback of it, and the versions derived from it.",
  usage: "ID  (MODEL-vX.Y.Z-QUANT, as mreg list shows it)",
  positionals: { min: 1, max: 1, names: ["ID"] },
  options: {},
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), d = await showArtifact(ctx, args.positionals[0]);
    return { json: d, text: detailsText(d) };
  }
};
export {
  humanBytes,
  listCommand,
  showCommand
};
