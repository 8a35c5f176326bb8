import {
  context,
  info,
  notice,
  reportPointer,
  setCanaryPercentOutput,
  setOutput,
  setOutputs
} from "./chunk-TKIUHSQV.js";
import {
  canaryLookSection
} from "./chunk-LFD3BB2D.js";
import "./chunk-OUA4VDMS.js";
import "./chunk-PGZGKWIN.js";
import "./chunk-QBDP4CLO.js";
import "./chunk-SBIHGHJX.js";
import "./chunk-ZWFAIWQW.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-57RGRDFE.js";
import "./chunk-OKBEP5SG.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/action/canary.ts
async function canaryPointer(i, report, op) {
  let ctx = await context(i), env = i.environment, out = await (await import("./canary-MNZFDF4S.js")).moveCanaryByHand(ctx, env, op, { percent: i.percent, reason: i.reason });
  await reportPointer(ctx, out, report, null), setCanaryPercentOutput(out);
}
function reportLook(l, report) {
  let d = l.decision;
  setOutput("canary-decision", d.action), info(
    `${l.target.environment}: canary ${l.target.canaryVersion} at ${l.target.percent}% against ${l.target.stableVersion}: ${d.action}${d.nextPercent !== null ? ` to ${d.nextPercent}%` : ""}: ${d.reason}`
  ), report.add(canaryLookSection(l)), l.acted.committed || (setOutput("canary-percent", String(l.target.percent)), setOutputs({ version: l.target.stableVersion }));
}
async function canaryCheck(i, report) {
  let ctx = await context(i), env = i.environment, [{ checkCanary }, { PrometheusClient }] = await Promise.all([
    import("./check-2L5THPEZ.js"),
    import("./prometheus-client-FHLOXUFM.js")
  ]), look = await checkCanary(ctx, env, new PrometheusClient(i.prometheus), { dryRun: !1 });
  if (!look) {
    notice(`${env} runs no canary: nothing to check`), setOutput("canary-decision", ""), setOutput("canary-percent", ""), report.add(`### Canary: ${env}

No canary runs in ${env}: nothing to check.`);
    return;
  }
  reportLook(look, report);
  let out = look.acted.result;
  look.acted.committed && out && (await reportPointer(ctx, out, report, null), setCanaryPercentOutput(out));
}
export {
  canaryCheck,
  canaryPointer
};
