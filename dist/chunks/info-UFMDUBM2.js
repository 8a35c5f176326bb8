import {
  contextOptions,
  table
} from "./chunk-OOPOEU7K.js";
import {
  int,
  str
} from "./chunk-EAOWGWAA.js";
import {
  audit,
  history,
  status
} from "./chunk-P4YMVZSO.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-NLDSUV7B.js";
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
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/info.ts
function metricsText(m) {
  return m ? Object.entries(m).filter(([, v]) => v !== null).slice(0, 3).map(([k, v]) => `${k}=${Number(v).toPrecision(4)}`).join(" ") : "-";
}
function gateText(e) {
  return e.gate ? e.gated_by !== void 0 && e.gated_by !== e.id ? `${e.gate} (#${e.gated_by})` : e.gate : "-";
}
var historyCommand = {
  name: "history",
  summary: "The deployment history (deploys, promotions, rollbacks) as a table, oldest first.",
  usage: "[--env ENV] [--limit N]",
  options: {
    env: { type: "string", description: "only this environment", placeholder: "ENV" },
    limit: { type: "string", description: "only the last N entries", placeholder: "N" }
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), entries = await history(ctx, { env: str(args, "env"), limit: int(args, "limit", "history", 1) }), text = entries.length ? table(
      [
        "id",
        "env",
        "action",
        "model",
        "version",
        "quant",
        "previous",
        "deployed_at",
        "gate",
        "rolled_back",
        "actor",
        "reason",
        "metrics"
      ],
      entries.map((e) => [
        e.id,
        e.env,
        e.action === "canary" ? `canary ${e.canary_percent}%` : e.action,
        e.model,
        e.version,
        e.quantization,
        e.previous_version,
        e.deployed_at,
        gateText(e),
        e.rolled_back ? "yes" : "no",
        e.actor,
        e.reason,
        metricsText(e.metrics)
      ])
    ) : "No deployments yet.";
    return { json: entries, text };
  }
}, logCommand = {
  name: "log",
  summary: "The audit log, newest first: registry commits read back from git history with their trailers, and every change of registry/config.json.",
  usage: "[--limit N]",
  options: { limit: { type: "string", description: "only the newest N records", placeholder: "N" } },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), records = await audit(ctx, int(args, "limit", "log", 1)), text = records.length ? table(
      ["commit", "date", "action", "env", "version", "previous", "actor", "subject"],
      records.map((r) => [
        r.commit.slice(0, 10),
        r.date,
        r.kind === "config" ? "config" : r.trailers["Mreg-Action"],
        r.trailers["Mreg-Environment"],
        r.trailers["Mreg-Version"],
        r.trailers["Mreg-Previous-Version"],
        r.trailers["Mreg-Actor"] ?? r.author,
        r.subject
      ])
    ) : "No registry commits yet.";
    return { json: records, text };
  }
};
function serversText(servers) {
  return servers ? [
    "",
    table(
      ["server", "instance", "environment", "version", "role", "canary %", "state"],
      servers.map((v) => [v.url, v.instance, v.environment, v.version, v.role, v.canary_percent, v.error ?? v.state])
    )
  ] : [];
}
function unpushedText(u) {
  if (!u) return [];
  if (!u.total) return ["", `unpushed    none (in sync with ${u.ref} as last fetched)`];
  let lines = [
    "",
    `unpushed    ${u.total} local commit${u.total === 1 ? "" : "s"} not on ${u.ref} (as last fetched); writers refuse to push them along:`
  ];
  for (let c of u.commits)
    lines.push(`  ${c.commit.slice(0, 12)} ${c.subject}${c.registry ? "" : " (outside registry/)"}`);
  return u.total > u.commits.length && lines.push(`  ... and ${u.total - u.commits.length} more`), lines.push(
    `  push them deliberately (git push ${u.remote} ${u.ref.slice(u.remote.length + 1)}) after mreg validate, or drop them (git reset --keep ${u.ref})`
  ), lines;
}
var statusCommand = {
  name: "status",
  summary: "The starting state: mreg, Node, git and llama.cpp versions, repository, registry, config, store, cache, and each environment's active version.",
  usage: "[--store URI] [--server URL ...]",
  options: {
    store: {
      type: "string",
      description: "artifact store URI (default: registry/config.json store)",
      placeholder: "URI"
    },
    server: {
      type: "string",
      multiple: !0,
      description: "a running mreg serve/agent to ask what it serves and in which role (repeatable)",
      placeholder: "URL"
    }
  },
  async run(args, io) {
    let ctx = await openContext(contextOptions(args, io)), servers = args.values.server, s = await status(ctx, { servers }), endpoint = s3Endpoint(s.store, ctx.config.s3, io.env), text = [
      `mreg        ${s.mreg}`,
      `node        ${s.node} (${process.execPath})`,
      `git         ${s.git}`,
      `llama.cpp   ${s.llamaCpp ?? "not installed"} (node-llama-cpp ${s.nodeLlamaCpp ?? "not installed"})`,
      `repository  ${s.repository} (branch ${s.branch ?? "detached"}, head ${s.head?.slice(0, 12) ?? "none"})`,
      `registry    ${s.registryFile}`,
      `config      ${s.configFile}`,
      `store       ${s.store}`,
      ...endpoint ? [`endpoint    ${endpoint.endpoint} (${endpoint.from}), region ${endpoint.region}`] : [],
      `cache       ${s.cacheDir}`,
      "",
      table(
        ["environment", "model", "version", "quant", "history id", "deployed_at", "canary"],
        s.environments.map((e) => [
          e.env,
          e.pointer?.model,
          e.pointer?.version,
          e.pointer?.quantization,
          e.pointer?.history_id,
          e.deployedAt,
          e.pointer?.canary ? `${e.pointer.canary.version} (${e.pointer.canary.quantization}) on ${e.pointer.canary.percent}%` : "-"
        ])
      ),
      ...serversText(s.servers),
      ...unpushedText(s.unpushed)
    ].join(`
`);
    return { json: endpoint ? { ...s, storeEndpoint: endpoint } : s, text };
  }
};
function s3Endpoint(store, s3, env) {
  if (!store.startsWith("s3://")) return null;
  let region = s3?.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || (s3?.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL ? "us-east-1" : "from the AWS configuration");
  return s3?.endpoint ? { endpoint: s3.endpoint, from: "registry/config.json s3.endpoint", region } : env.AWS_ENDPOINT_URL_S3 ? { endpoint: env.AWS_ENDPOINT_URL_S3, from: "AWS_ENDPOINT_URL_S3", region } : env.AWS_ENDPOINT_URL ? { endpoint: env.AWS_ENDPOINT_URL, from: "AWS_ENDPOINT_URL", region } : { endpoint: "AWS S3", from: "no custom endpoint set", region };
}
export {
  historyCommand,
  logCommand,
  s3Endpoint,
  statusCommand
};
