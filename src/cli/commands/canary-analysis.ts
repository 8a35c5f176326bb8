import { checkCanary, type CanaryLook } from '../../canary/check.js';
import { PrometheusClient } from '../../canary/prometheus-client.js';
import { MregError } from '../../core/errors.js';
import { openContext } from '../../state/context.js';
import { canaryConfig } from '../../state/config.js';
import { bool, reqStr, str, type CommandIO, type ParsedCommand } from '../command.js';
import { table } from '../table.js';
import { applyConfigMap } from '../../serve/k8s.js';
import { contextOptions } from './shared.js';

/** One look (src/canary/check.ts), then the ConfigMap where asked for. */
async function look(
  args: ParsedCommand,
  io: CommandIO,
  env: string,
  prom: PrometheusClient,
): Promise<CanaryLook | null> {
  const ctx = await openContext(contextOptions(args, io));
  const l = await checkCanary(ctx, env, prom, { dryRun: bool(args, 'dry-run') });
  // Servers that follow the ConfigMap instead of git see the commit once the ConfigMap says it too.
  if (l?.acted.committed && bool(args, 'k8s-apply')) {
    const r = await applyConfigMap({ repo: io.repo, env, environment: io.env });
    io.log(`ConfigMap ${r.namespace}/${r.name} ${r.outcome} (history id ${r.history_id})`);
  }
  return l;
}

function lookText(l: CanaryLook, dryRun: boolean): string {
  const { target: t, decision: d } = l;
  const n = (x: number | null) => (x === null ? '-' : Number(x.toPrecision(4)));
  const done =
    dryRun && d.action !== 'wait' ? ' (dry run: nothing committed)' : l.acted.committed ? ' (committed)' : '';
  return [
    `${t.environment}: ${t.model} ${t.canaryVersion} at ${t.percent}% against ${t.stableVersion}, window ${d.record.window_s} s, ` +
      `requests ${d.record.requests.canary} canary / ${d.record.requests.stable} stable, confidence per look ${n(d.lookConfidence)} to abort, ${d.passConfidence === null ? 'none yet' : n(d.passConfidence)} to pass`,
    `decision: ${d.action}${d.nextPercent !== null ? ` to ${d.nextPercent}%` : ''}${done}: ${d.reason}`,
    table(
      ['check', 'canary', 'stable', 'interval', 'threshold', 'verdict'],
      d.record.checks.map((c) => [
        c.name,
        n(c.canary),
        n(c.stable),
        c.interval ? `[${n(c.interval[0])}, ${n(c.interval[1])}]` : '-',
        c.threshold,
        c.verdict,
      ]),
    ),
  ].join('\n');
}

function lookJson(l: CanaryLook): Record<string, unknown> {
  return {
    target: l.target,
    action: l.decision.action,
    nextPercent: l.decision.nextPercent,
    reason: l.decision.reason,
    lookConfidence: l.decision.lookConfidence,
    passConfidence: l.decision.passConfidence,
    analysis: l.decision.record,
    committed: l.acted.committed,
  };
}

const NO_CANARY = (env: string) => ({ text: `${env} has no canary`, json: { env, action: null } });

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}

/**
 * watch: a look every interval_s until the canary is promoted or aborted (or, with --dry-run, until
 * the first decision that would commit); with --keep-watching, until stopped. Each look is printed
 * as it is taken.
 */
async function watch(args: ParsedCommand, io: CommandIO, env: string, prom: PrometheusClient) {
  const dryRun = bool(args, 'dry-run');
  const forever = bool(args, 'keep-watching');
  let last: CanaryLook | null = null;
  while (!io.signal.aborted) {
    const l = await look(args, io, env, prom);
    if (l) {
      last = l;
      io.stdout(
        io.json ? JSON.stringify(lookJson(l)) + '\n' : `${new Date().toISOString()} ${lookText(l, dryRun)}\n\n`,
      );
      const a = l.decision.action;
      const done = a === 'promote' || a === 'abort' || (dryRun && a !== 'wait');
      if (done && !forever) return { text: `${env}: ${a}${dryRun ? ' (dry run)' : ''}`, json: lookJson(l) };
    } else if (!forever) return last ? { text: lookText(last, dryRun), json: lookJson(last) } : NO_CANARY(env);
    const ctx = await openContext(contextOptions(args, io));
    await sleep(canaryConfig(ctx.config).interval_s * 1000, io.signal);
  }
  return { text: `${env}: stopped`, json: last ? lookJson(last) : { env, action: null } };
}

/** `mreg canary check|watch`: the analysis half of `mreg canary`. */
export async function runCanaryAnalysis(sub: 'check' | 'watch', args: ParsedCommand, io: CommandIO) {
  const env = reqStr(args, 'env', `canary ${sub}`);
  const url = str(args, 'prometheus') || io.env.MREG_PROMETHEUS_URL;
  if (!url) throw new MregError('USAGE', `mreg canary ${sub}: --prometheus URL (or $MREG_PROMETHEUS_URL) is required`);
  const prom = new PrometheusClient(url);
  if (sub === 'watch') return watch(args, io, env, prom);
  const l = await look(args, io, env, prom);
  return l ? { text: lookText(l, bool(args, 'dry-run')), json: lookJson(l) } : NO_CANARY(env);
}
