import {
  applyConfigMap
} from "./chunk-6WFVGIKL.js";
import {
  checkCanary
} from "./chunk-S4RUOM7K.js";
import {
  PrometheusClient
} from "./chunk-S4JMLGET.js";
import {
  contextOptions,
  table
} from "./chunk-OOPOEU7K.js";
import {
  bool,
  reqStr,
  str
} from "./chunk-EAOWGWAA.js";
import "./chunk-MSUMXUZ5.js";
import "./chunk-PPZBBYQD.js";
import "./chunk-YUVSAILZ.js";
import "./chunk-LKVCAJ3Z.js";
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
import {
  canaryConfig
} from "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/canary-analysis.ts
async function look(args, io, env, prom) {
  let ctx = await openContext(contextOptions(args, io)), l = await checkCanary(ctx, env, prom, { dryRun: bool(args, "dry-run") });
  if (l?.acted.committed && bool(args, "k8s-apply")) {
    let r = await applyConfigMap({ repo: io.repo, env, environment: io.env });
    io.log(`ConfigMap ${r.namespace}/${r.name} ${r.outcome} (history id ${r.history_id})`);
  }
  return l;
}
function lookText(l, dryRun) {
  let { target: t, decision: d } = l, n = (x) => x === null ? "-" : Number(x.toPrecision(4)), done = dryRun && d.action !== "wait" ? " (dry run: nothing committed)" : l.acted.committed ? " (committed)" : "";
  return [
    `${t.environment}: ${t.model} ${t.canaryVersion} at ${t.percent}% against ${t.stableVersion}, window ${d.record.window_s} s, requests ${d.record.requests.canary} canary / ${d.record.requests.stable} stable, confidence per look ${n(d.lookConfidence)} to abort, ${d.passConfidence === null ? "none yet" : n(d.passConfidence)} to pass`,
    `decision: ${d.action}${d.nextPercent !== null ? ` to ${d.nextPercent}%` : ""}${done}: ${d.reason}`,
    table(
      ["check", "canary", "stable", "interval", "threshold", "verdict"],
      d.record.checks.map((c) => [
        c.name,
        n(c.canary),
        n(c.stable),
        c.interval ? `[${n(c.interval[0])}, ${n(c.interval[1])}]` : "-",
        c.threshold,
        c.verdict
      ])
    )
  ].join(`
`);
}
function lookJson(l) {
  return {
    target: l.target,
    action: l.decision.action,
    nextPercent: l.decision.nextPercent,
    reason: l.decision.reason,
    lookConfidence: l.decision.lookConfidence,
    passConfidence: l.decision.passConfidence,
    analysis: l.decision.record,
    committed: l.acted.committed
  };
}
var NO_CANARY = (env) => ({ text: `${env} has no canary`, json: { env, action: null } });
function sleep(ms, signal) {
  return new Promise((resolve) => {
    let t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: !0 });
  });
}
async function watch(args, io, env, prom) {
  let dryRun = bool(args, "dry-run"), forever = bool(args, "keep-watching"), last = null;
  for (; !io.signal.aborted; ) {
    let l = await look(args, io, env, prom);
    if (l) {
      last = l, io.stdout(
        io.json ? JSON.stringify(lookJson(l)) + `
` : `${(/* @__PURE__ */ new Date()).toISOString()} ${lookText(l, dryRun)}

`
      );
      let a = l.decision.action;
      if ((a === "promote" || a === "abort" || dryRun && a !== "wait") && !forever) return { text: `${env}: ${a}${dryRun ? " (dry run)" : ""}`, json: lookJson(l) };
    } else if (!forever) return last ? { text: lookText(last, dryRun), json: lookJson(last) } : NO_CANARY(env);
    let ctx = await openContext(contextOptions(args, io));
    await sleep(canaryConfig(ctx.config).interval_s * 1e3, io.signal);
  }
  return { text: `${env}: stopped`, json: last ? lookJson(last) : { env, action: null } };
}
async function runCanaryAnalysis(sub, args, io) {
  let env = reqStr(args, "env", `canary ${sub}`), url = str(args, "prometheus") || io.env.MREG_PROMETHEUS_URL;
  if (!url) throw new MregError("USAGE", `mreg canary ${sub}: --prometheus URL (or $MREG_PROMETHEUS_URL) is required`);
  let prom = new PrometheusClient(url);
  if (sub === "watch") return watch(args, io, env, prom);
  let l = await look(args, io, env, prom);
  return l ? { text: lookText(l, bool(args, "dry-run")), json: lookJson(l) } : NO_CANARY(env);
}
export {
  runCanaryAnalysis
};
