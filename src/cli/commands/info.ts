import { openContext } from '../../state/context.js';
import { audit, history, status, type StatusReport } from '../../ops/info.js';
import type { HistoryEntry } from '../../core/documents.js';
import { int, str, type Command } from '../command.js';
import { table } from '../table.js';
import { contextOptions } from './shared.js';

function metricsText(m: Record<string, number | null> | null): string {
  if (!m) return '-';
  return Object.entries(m)
    .filter(([, v]) => v !== null)
    .slice(0, 3)
    .map(([k, v]) => `${k}=${Number(v).toPrecision(4)}`)
    .join(' ');
}

/** The verdict, and for a promotion or a rollback the entry whose gate run it carries. */
function gateText(e: HistoryEntry): string {
  if (!e.gate) return '-';
  return e.gated_by !== undefined && e.gated_by !== e.id ? `${e.gate} (#${e.gated_by})` : e.gate;
}

export const historyCommand: Command = {
  name: 'history',
  summary: 'The deployment history (deploys, promotions, rollbacks) as a table, oldest first.',
  usage: '[--env ENV] [--limit N]',
  options: {
    env: { type: 'string', description: 'only this environment', placeholder: 'ENV' },
    limit: { type: 'string', description: 'only the last N entries', placeholder: 'N' },
  },
  async run(args, io) {
    const ctx = await openContext(contextOptions(args, io));
    const entries = await history(ctx, { env: str(args, 'env'), limit: int(args, 'limit', 'history', 1) });
    const text = entries.length
      ? table(
          [
            'id',
            'env',
            'action',
            'model',
            'version',
            'quant',
            'previous',
            'deployed_at',
            'gate',
            'rolled_back',
            'actor',
            'reason',
            'metrics',
          ],
          entries.map((e) => [
            e.id,
            e.env,
            e.action === 'canary' ? `canary ${e.canary_percent}%` : e.action,
            e.model,
            e.version,
            e.quantization,
            e.previous_version,
            e.deployed_at,
            gateText(e),
            e.rolled_back ? 'yes' : 'no',
            e.actor,
            e.reason,
            metricsText(e.metrics),
          ]),
        )
      : 'No deployments yet.';
    return { json: entries, text };
  },
};

export const logCommand: Command = {
  name: 'log',
  summary:
    'The audit log, newest first: registry commits read back from git history with their trailers, and every change of registry/config.json.',
  usage: '[--limit N]',
  options: { limit: { type: 'string', description: 'only the newest N records', placeholder: 'N' } },
  async run(args, io) {
    const ctx = await openContext(contextOptions(args, io));
    const records = await audit(ctx, int(args, 'limit', 'log', 1));
    const text = records.length
      ? table(
          ['commit', 'date', 'action', 'env', 'version', 'previous', 'actor', 'subject'],
          records.map((r) => [
            r.commit.slice(0, 10),
            r.date,
            r.kind === 'config' ? 'config' : r.trailers['Mreg-Action'],
            r.trailers['Mreg-Environment'],
            r.trailers['Mreg-Version'],
            r.trailers['Mreg-Previous-Version'],
            r.trailers['Mreg-Actor'] ?? r.author,
            r.subject,
          ]),
        )
      : 'No registry commits yet.';
    return { json: records, text };
  },
};

/** Each server asked about: what it serves and in which role. */
function serversText(servers: StatusReport['servers']): string[] {
  if (!servers) return [];
  return [
    '',
    table(
      ['server', 'instance', 'environment', 'version', 'role', 'canary %', 'state'],
      servers.map((v) => [v.url, v.instance, v.environment, v.version, v.role, v.canary_percent, v.error ?? v.state]),
    ),
  ];
}

/** Local commits the remote lacks: writers refuse to push them along, so say so up front. */
function unpushedText(u: StatusReport['unpushed']): string[] {
  if (!u) return [];
  if (!u.total) return ['', `unpushed    none (in sync with ${u.ref} as last fetched)`];
  const lines = [
    '',
    `unpushed    ${u.total} local commit${u.total === 1 ? '' : 's'} not on ${u.ref} (as last fetched); writers refuse to push them along:`,
  ];
  for (const c of u.commits)
    lines.push(`  ${c.commit.slice(0, 12)} ${c.subject}${c.registry ? '' : ' (outside registry/)'}`);
  if (u.total > u.commits.length) lines.push(`  ... and ${u.total - u.commits.length} more`);
  lines.push(
    `  push them deliberately (git push ${u.remote} ${u.ref.slice(u.remote.length + 1)}) after mreg validate, or drop them (git reset --keep ${u.ref})`,
  );
  return lines;
}

export const statusCommand: Command = {
  name: 'status',
  summary:
    "The starting state: mreg, Node, git and llama.cpp versions, repository, registry, config, store, cache, and each environment's active version.",
  usage: '[--store URI] [--server URL ...]',
  options: {
    store: {
      type: 'string',
      description: 'artifact store URI (default: registry/config.json store)',
      placeholder: 'URI',
    },
    server: {
      type: 'string',
      multiple: true,
      description: 'a running mreg serve/agent to ask what it serves and in which role (repeatable)',
      placeholder: 'URL',
    },
  },
  async run(args, io) {
    const ctx = await openContext(contextOptions(args, io));
    const servers = args.values.server as string[] | undefined;
    const s = await status(ctx, { servers });
    const endpoint = s3Endpoint(s.store, ctx.config.s3, io.env);
    const text = [
      `mreg        ${s.mreg}`,
      `node        ${s.node} (${process.execPath})`,
      `git         ${s.git}`,
      `llama.cpp   ${s.llamaCpp ?? 'not installed'} (node-llama-cpp ${s.nodeLlamaCpp ?? 'not installed'})`,
      `repository  ${s.repository} (branch ${s.branch ?? 'detached'}, head ${s.head?.slice(0, 12) ?? 'none'})`,
      `registry    ${s.registryFile}`,
      `config      ${s.configFile}`,
      `store       ${s.store}`,
      ...(endpoint ? [`endpoint    ${endpoint.endpoint} (${endpoint.from}), region ${endpoint.region}`] : []),
      `cache       ${s.cacheDir}`,
      '',
      table(
        ['environment', 'model', 'version', 'quant', 'history id', 'deployed_at', 'canary'],
        s.environments.map((e) => [
          e.env,
          e.pointer?.model,
          e.pointer?.version,
          e.pointer?.quantization,
          e.pointer?.history_id,
          e.deployedAt,
          e.pointer?.canary
            ? `${e.pointer.canary.version} (${e.pointer.canary.quantization}) on ${e.pointer.canary.percent}%`
            : '-',
        ]),
      ),
      ...serversText(s.servers),
      ...unpushedText(s.unpushed),
    ].join('\n');
    return { json: endpoint ? { ...s, storeEndpoint: endpoint } : s, text };
  },
};

/**
 * The S3 endpoint an s3:// store is reached at, and where that came from, as the store resolves it
 * (registry/config.json s3.endpoint, then AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL, else AWS).
 */
export function s3Endpoint(
  store: string,
  s3: { endpoint?: string; region?: string } | undefined,
  env: Record<string, string | undefined>,
): { endpoint: string; from: string; region: string } | null {
  if (!store.startsWith('s3://')) return null;
  const configured = s3?.region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  // As the store signs: a custom endpoint without a region gets us-east-1.
  const region =
    configured ||
    (s3?.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL ? 'us-east-1' : 'from the AWS configuration');
  if (s3?.endpoint) return { endpoint: s3.endpoint, from: 'registry/config.json s3.endpoint', region };
  if (env.AWS_ENDPOINT_URL_S3) return { endpoint: env.AWS_ENDPOINT_URL_S3, from: 'AWS_ENDPOINT_URL_S3', region };
  if (env.AWS_ENDPOINT_URL) return { endpoint: env.AWS_ENDPOINT_URL, from: 'AWS_ENDPOINT_URL', region };
  return { endpoint: 'AWS S3', from: 'no custom endpoint set', region };
}
