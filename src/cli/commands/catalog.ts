import { openContext } from '../../state/context.js';
import { checkModel, formatArtifactId } from '../../core/naming.js';
import { listArtifacts, showArtifact, type ArtifactDetails } from '../../ops/catalog.js';
import { type Command } from '../command.js';
import { table } from '../table.js';
import { contextOptions } from './shared.js';

/** Bytes for people: 1536 -> "1.5 KiB". */
export function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) [v, i] = [v / 1024, i + 1];
  return i === 0 ? `${n} B` : `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

export const listCommand: Command = {
  name: 'list',
  summary: 'Every registered model, version and quantization, and the environments each runs in now.',
  usage: '[MODEL]',
  positionals: { min: 0, max: 1, names: ['MODEL'] },
  options: {},
  async run(args, io) {
    const model = args.positionals[0] === undefined ? undefined : checkModel(args.positionals[0]);
    const ctx = await openContext(contextOptions(args, io));
    const rows = await listArtifacts(ctx, { model });
    const text = rows.length
      ? table(
          ['model', 'version', 'quant', 'kind', 'status', 'size', 'created_at', 'runs in'],
          rows.map((r) => [
            r.model,
            r.version,
            r.quantization,
            r.kind,
            r.status,
            humanBytes(r.size),
            r.created_at,
            [...r.environments, ...r.canary_in.map((e) => `${e} (canary)`)].join(', ') || '-',
          ]),
        )
      : model
        ? `Nothing registered for ${model}.`
        : 'Nothing registered yet: mreg publish FILE --model M --version V --quantization Q uploads and registers an artifact.';
    return { json: rows, text };
  },
};

function detailsText(d: ArtifactDetails): string {
  const m = d.metadata;
  const lines = [
    `id           ${formatArtifactId(m)}`,
    `file         ${d.file}`,
    `status       ${m.status}${m.blocked_reason ? ` (${m.blocked_reason})` : ''}`,
    `kind         ${m.kind}${m.base ? ` on ${m.base.id}` : ''}`,
    `base_model   ${m.base_model}`,
    `parent       ${m.parent_version ?? '-'}`,
    `created_at   ${m.created_at}`,
    `artifact     ${m.artifact.uri} (${humanBytes(m.artifact.size)}, sha256 ${m.artifact.sha256})`,
    ...(m.files?.length ? m.files.slice(1).map((f) => `             ${f.uri} (${humanBytes(f.size)})`) : []),
    `runs in      ${[...d.environments, ...d.canary_in.map((e) => `${e} (canary)`)].join(', ') || '-'}`,
    `children     ${d.children.join(', ') || '-'}`,
    '',
  ];
  if (!d.history.length) return [...lines, 'Never deployed.'].join('\n');
  return [
    ...lines,
    table(
      ['id', 'env', 'action', 'deployed_at', 'gate', 'rolled_back', 'actor', 'reason'],
      d.history.map((e) => [
        e.id,
        e.env,
        e.action,
        e.deployed_at,
        e.gate,
        e.rolled_back ? 'yes' : 'no',
        e.actor,
        e.reason,
      ]),
    ),
  ].join('\n');
}

export const showCommand: Command = {
  name: 'show',
  summary:
    'One artifact: its metadata, where it runs, every deployment and rollback of it, and the versions derived from it.',
  usage: 'ID  (MODEL-vX.Y.Z-QUANT, as mreg list shows it)',
  positionals: { min: 1, max: 1, names: ['ID'] },
  options: {},
  async run(args, io) {
    const ctx = await openContext(contextOptions(args, io));
    const d = await showArtifact(ctx, args.positionals[0]);
    return { json: d, text: detailsText(d) };
  },
};
