import * as core from '@actions/core';
import type { CanaryLook } from '../canary/check.js';
import type { CanaryHandOp } from '../ops/canary.js';
import type { PointerOutcome } from '../ops/registry-ops.js';
import type { ActionInputs } from './inputs.js';
import { canaryLookSection } from './markdown.js';
import { context, reportPointer, setCanaryPercentOutput, setOutputs, type Report } from './run.js';

/**
 * The canary commands of the action: one look from Prometheus that commits its decision
 * (canary-check, as `mreg canary check`), and the canary's pointer by hand (canary-promote,
 * canary-abort, canary-set, as `mreg canary promote|abort|set`). The writes and the analysis are
 * the registry's own (src/ops/canary.ts, src/canary/); this file maps inputs and outputs.
 */

export async function canaryPointer(i: ActionInputs, report: Report, op: CanaryHandOp): Promise<void> {
  const ctx = await context(i);
  const env = i.environment!;
  const ops = await import('../ops/canary.js');
  const out = await ops.moveCanaryByHand(ctx, env, op, { percent: i.percent, reason: i.reason });
  await reportPointer(ctx, out, report, null);
  setCanaryPercentOutput(out);
}

/** What a look decided; the version outputs are the stable version's when nothing was committed. */
function reportLook(l: CanaryLook, report: Report): void {
  const d = l.decision;
  core.setOutput('canary-decision', d.action);
  core.info(
    `${l.target.environment}: canary ${l.target.canaryVersion} at ${l.target.percent}% against ${l.target.stableVersion}: ${d.action}${d.nextPercent !== null ? ` to ${d.nextPercent}%` : ''}: ${d.reason}`,
  );
  report.add(canaryLookSection(l));
  if (!l.acted.committed) {
    core.setOutput('canary-percent', String(l.target.percent));
    setOutputs({ version: l.target.stableVersion });
  }
}

export async function canaryCheck(i: ActionInputs, report: Report): Promise<void> {
  const ctx = await context(i);
  const env = i.environment!;
  const [{ checkCanary }, { PrometheusClient }] = await Promise.all([
    import('../canary/check.js'),
    import('../canary/prometheus-client.js'),
  ]);
  const look = await checkCanary(ctx, env, new PrometheusClient(i.prometheus!), { dryRun: false });
  if (!look) {
    core.notice(`${env} runs no canary: nothing to check`);
    core.setOutput('canary-decision', '');
    core.setOutput('canary-percent', '');
    report.add(`### Canary: ${env}\n\nNo canary runs in ${env}: nothing to check.`);
    return;
  }
  reportLook(look, report);
  // act() commits through the registry's canary writes, which answer with the moved pointer.
  const out = look.acted.result as PointerOutcome | null;
  if (look.acted.committed && out) {
    await reportPointer(ctx, out, report, null);
    setCanaryPercentOutput(out);
  }
}
