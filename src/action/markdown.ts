import type { Problem } from '../core/errors.js';
import type { HistoryEntry, Pointer } from '../core/documents.js';
import type { StageReport } from '../ops/pipeline.js';
import type { CanaryLook } from '../canary/check.js';

/**
 * Markdown for the job summary and the pull-request comment. Pure functions of the operations'
 * results, so what a person sees on GitHub is decided here and nowhere else.
 */

/** Table cells: user text (reasons, paths) must not break the row or inject markup. */
export function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '–';
  return String(v)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

export function mdTable(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const line = (r: (string | number | null | undefined)[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function pointerText(p: Pointer | null): string {
  if (!p) return 'none';
  const canary = p.canary ? `, canary ${p.canary.version} (${p.canary.quantization}) on ${p.canary.percent}%` : '';
  return `${p.model} ${p.version} (${p.quantization})${canary}`;
}

export interface PointerChangeView {
  env: string;
  action: string;
  from: Pointer | null;
  to: Pointer;
  historyId: number;
  commit: string;
  pushed: boolean;
  pushNote?: string;
  commitUrl?: string;
  rolledBackId?: number;
}

export function pointerChangeSection(c: PointerChangeView): string {
  const commit = c.commitUrl ? `[${c.commit.slice(0, 12)}](${c.commitUrl})` : `\`${c.commit.slice(0, 12)}\``;
  // mdTable escapes every cell; the commit link is ours and must stay a link, so the row is built here.
  const head = mdTable(['environment', 'from', 'to', 'commit', 'history id'], []);
  const row = `| ${cell(c.env)} | ${cell(pointerText(c.from))} | ${cell(pointerText(c.to))} | ${commit} | ${c.historyId} |`;
  const notes: string[] = [];
  if (!c.pushed) notes.push(`Not pushed: ${cell(c.pushNote ?? 'push disabled')}.`);
  if (c.rolledBackId !== undefined) notes.push(`History entry ${c.rolledBackId} is marked rolled back.`);
  return [`### ${c.action}: ${cell(c.env)}`, '', head, row, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** One canary look: the decision, the requests on each side and every check's evidence. */
export function canaryLookSection(l: CanaryLook): string {
  const { target: t, decision: d } = l;
  const n = (x: number | null) => (x === null ? null : Number(x.toPrecision(4)));
  const action = `${d.action}${d.nextPercent !== null ? ` to ${d.nextPercent}%` : ''}`;
  return [
    `### Canary: ${cell(t.environment)}: ${action}${l.acted.committed ? ' (committed)' : ''}`,
    '',
    `${cell(t.model)} ${cell(t.canaryVersion)} on ${t.percent}% against ${cell(t.stableVersion)}: ${cell(d.reason)}`,
    '',
    `Window ${d.record.window_s} s: ${d.record.requests.canary} canary and ${d.record.requests.stable} stable requests; confidence of this look ${n(d.lookConfidence)}.`,
    '',
    mdTable(
      ['check', 'canary', 'stable', 'interval', 'threshold', 'verdict'],
      d.record.checks.map((c) => [
        c.name,
        n(c.canary),
        n(c.stable),
        c.interval ? `[${n(c.interval[0])}, ${n(c.interval[1])}]` : null,
        c.threshold,
        c.verdict,
      ]),
    ),
  ].join('\n');
}

export function stagesSection(stages: StageReport[]): string {
  if (!stages.length) return '';
  return [
    '### Stages',
    '',
    mdTable(
      ['stage', 'status', 'ms', 'detail'],
      stages.map((s) => [s.name, s.status, s.ms, s.detail.split('\n')[0]]),
    ),
  ].join('\n');
}

export function gateSection(gate: { verdict: string; markdown: string }): string {
  const icon = gate.verdict === 'pass' ? '✅' : gate.verdict === 'fail' ? '❌' : '⚠️';
  const md = gate.markdown.trim();
  // The gate's report brings its own heading (verdict, candidate, baseline): mark it, add none.
  if (/^#{1,6}\s/.test(md)) return md.replace(/^(#{1,6}\s+)/, `$1${icon} `);
  return [`### Gate: ${icon} ${gate.verdict}`, '', md].join('\n');
}

/** What a plan found: the artifacts to gate or deploy, and the older ones a newer version replaces. */
export function planSection(env: string, candidates: string[], leftOut: string[]): string {
  if (!candidates.length) return `### Plan for ${env}\n\nNo artifact added.`;
  const rows: string[][] = [
    ...candidates.map((c) => [c, 'candidate']),
    ...leftOut.map((c) => [c, 'left out: a newer version of its model and family is added too']),
  ];
  return [`### Plan for ${env}`, '', mdTable(['artifact', ''], rows)].join('\n');
}

export function problemsSection(
  problems: Problem[],
  counts?: { artifacts: number; history: number; environments: number },
): string {
  const tally = counts
    ? ` (${counts.artifacts} artifacts, ${counts.history} history entries, ${counts.environments} environments)`
    : '';
  if (!problems.length) return `### Validation: ✅ no problems${tally}`;
  return [
    `### Validation: ❌ ${problems.length} problem${problems.length === 1 ? '' : 's'}${tally}`,
    '',
    mdTable(
      ['file', 'line', 'pointer', 'problem'],
      problems.map((p) => [p.file, p.line ?? null, p.pointer || null, p.message]),
    ),
  ].join('\n');
}

export function historySection(env: string | undefined, entries: HistoryEntry[]): string {
  const rows = [...entries]
    .reverse()
    .map((e) => [
      e.id,
      e.env,
      e.action,
      `${e.model} ${e.version} (${e.quantization})`,
      e.previous_version,
      e.deployed_at,
      e.actor,
      e.gate ?? null,
      e.rolled_back ? 'yes' : '',
      e.reason,
    ]);
  return [
    `### History${env ? `: ${cell(env)}` : ''}`,
    '',
    rows.length
      ? mdTable(
          ['id', 'env', 'action', 'artifact', 'previous', 'deployed at', 'actor', 'gate', 'rolled back', 'reason'],
          rows,
        )
      : 'No deployments yet.',
  ].join('\n');
}

export function statusSection(
  envs: { env: string; pointer: Pointer | null; deployedAt: string | null }[],
  head: string | null,
): string {
  return [
    '### Registry status',
    '',
    mdTable(
      ['environment', 'live', 'history id', 'deployed at'],
      envs.map((e) => [e.env, pointerText(e.pointer), e.pointer?.history_id ?? null, e.deployedAt]),
    ),
    '',
    `Registry commit: \`${head ? head.slice(0, 12) : 'none'}\``,
  ].join('\n');
}

/** Labels inside Mermaid strings: double quotes end the string, so they are replaced. */
function mermaidLabel(s: string): string {
  return `"${s.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * A plain decimal with six significant digits: Mermaid's xychart reads `4e-7` as text and drops
 * the chart, so exponents are written out.
 */
export function plainDecimal(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const p = Number(v.toPrecision(6));
  const s = String(p);
  if (!/e/i.test(s)) return s;
  if (Math.abs(p) >= 1e21) return BigInt(Math.round(p)).toString();
  const digits = Math.min(100, 6 - Math.floor(Math.log10(Math.abs(p))));
  return p.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * The metrics people judge a model by (quality, latency, throughput): bookkeeping such as the
 * device a measurement ran on and the spread of repeated runs is left out of charts and outputs.
 */
export function judgedMetrics(
  metrics: Record<string, number | string | null> | null | undefined,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(metrics ?? {})) {
    if (k === 'device_id' || k.endsWith('_spread')) continue;
    if (typeof v === 'number' || v === null) out[k] = v;
  }
  return out;
}

/** An x-axis label: the entry, and what people look for on a chart (rollbacks, unchecked deploys). */
function pointLabel(e: HistoryEntry): string {
  // A rollback carries the gate record of the version it returns to: the skip is marked where it happened.
  const marks = e.action === 'rollback' ? ['rollback'] : e.gate === 'skipped' ? ['gate skipped'] : [];
  return `#${e.id} ${e.version}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

/**
 * One Mermaid `xychart-beta` line chart per judged metric (`metrics`: the gate's configured ones;
 * default: every recorded one but bookkeeping), across the environment's history (oldest to
 * newest). One chart per metric because perplexity, latency and tokens/s live on different scales.
 * Entries without the metric are left out of that metric's chart (xychart has no gaps); rollbacks
 * and deploys whose gate was skipped are marked on the x axis.
 */
export function metricCharts(env: string, entries: HistoryEntry[], metrics?: string[], maxPoints = 30): string {
  const withMetrics = entries.filter((e) => e.env === env && e.metrics);
  const recorded = new Set(withMetrics.flatMap((e) => Object.keys(judgedMetrics(e.metrics))));
  const names = (metrics ? metrics.filter((m) => recorded.has(m)) : [...recorded]).sort();
  const charts: string[] = [];
  for (const name of names) {
    const points = withMetrics
      .filter((e) => typeof e.metrics?.[name] === 'number' && Number.isFinite(e.metrics[name]))
      .slice(-maxPoints);
    if (!points.length) continue;
    const values = points.map((e) => e.metrics![name] as number);
    charts.push(
      [
        '```mermaid',
        'xychart-beta',
        `  title ${mermaidLabel(`${name} in ${env}`)}`,
        `  x-axis [${points.map((e) => mermaidLabel(pointLabel(e))).join(', ')}]`,
        `  y-axis ${mermaidLabel(name)}`,
        `  line [${values.map(plainDecimal).join(', ')}]`,
        '```',
      ].join('\n'),
    );
  }
  if (!charts.length) return '';
  return [`### Metrics across ${cell(env)}'s history`, '', ...charts].join('\n\n');
}

/**
 * The hidden marker that finds the action's own pull-request comment again on the next push. It
 * opens the body (a person quoting the comment would put "> " before it), followed by a second
 * marker naming the candidate, so a pull request that adds two artifacts gets one comment each.
 */
export const COMMENT_MARKER = '<!-- mreg-gate -->';

export function commentKeyMarker(key: string): string {
  return `<!-- mreg-gate:${key.replace(/[^a-zA-Z0-9._-]/g, '_')} -->`;
}

export function commentBody(key: string, sections: string[], footer?: string): string {
  return (
    [
      COMMENT_MARKER,
      commentKeyMarker(key),
      '## Model registry gate',
      '',
      ...sections.filter(Boolean).flatMap((s) => [s, '']),
      footer ? `<sub>${footer}</sub>` : '',
    ]
      .join('\n')
      .trimEnd() + '\n'
  );
}
