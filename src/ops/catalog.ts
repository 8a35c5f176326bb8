import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { compareVersions, formatArtifactId, metadataPath, parseArtifactId, type ArtifactRef } from '../core/naming.js';
import { parseMetadata } from '../core/schema.js';
import { sameArtifact } from '../core/rules.js';
import type { ArtifactMetadata, HistoryEntry, Registry } from '../core/documents.js';
import { MODELS_DIR } from '../state/config.js';
import type { OpsContext } from '../state/context.js';
import { readArtifact, readRegistry } from '../state/read.js';

/**
 * What the registry holds, read as a catalog: every registered artifact with where it runs now
 * (`mreg list`), one artifact with its history (`mreg show`), and the "not registered" refusal
 * that lists what is registered instead.
 */

/** Every registered artifact's metadata, by model then file name. */
export async function allMetadata(root: string, model?: string): Promise<ArtifactMetadata[]> {
  const out: ArtifactMetadata[] = [];
  const dir = path.join(root, MODELS_DIR);
  const models = model
    ? [model]
    : (await readdir(dir, { withFileTypes: true }).catch(() => []))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
  for (const m of models) {
    const names = await readdir(path.join(dir, m)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const file = `${MODELS_DIR}/${m}/${name}`;
      out.push(parseMetadata(await readFile(path.join(root, file), 'utf8'), file));
    }
  }
  return out;
}

/** "Not registered", with what is: the model's registered artifacts, or the registered models. */
export async function notRegistered(
  root: string,
  ref: { model: string; version: string; quantization?: string },
): Promise<MregError> {
  const what = ref.quantization ? `artifact ${formatArtifactId(ref as ArtifactRef)}` : `${ref.model} ${ref.version}`;
  const where = ref.quantization ? metadataPath(ref as ArtifactRef) : `registry/models/${ref.model}/`;
  const same = await allMetadata(root, ref.model);
  let registered: string;
  if (same.length) registered = `registered for ${ref.model}: ${sortArtifacts(same).map(formatArtifactId).join(', ')}`;
  else {
    const models = [...new Set((await allMetadata(root)).map((m) => m.model))];
    registered = models.length
      ? `no model ${ref.model} is registered; the registered models are ${models.join(', ')}`
      : 'nothing is registered yet';
  }
  return new MregError('NOT_FOUND', `${what} is not registered (no ${where}); ${registered}`);
}

/** Model ascending, newest version first, then quantization. */
function sortArtifacts<T extends ArtifactRef>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      a.model.localeCompare(b.model) ||
      compareVersions(b.version, a.version) ||
      a.quantization.localeCompare(b.quantization),
  );
}

export interface CatalogRow {
  id: string;
  model: string;
  version: string;
  quantization: string;
  kind: string;
  status: string;
  size: number;
  created_at: string;
  /** The environments whose pointer names it now. */
  environments: string[];
  /** The environments that run it as their canary now. */
  canary_in: string[];
}

/** Models x versions x quantizations, and where each runs now. */
export async function listArtifacts(ctx: OpsContext, o: { model?: string } = {}): Promise<CatalogRow[]> {
  const [metas, { registry }] = await Promise.all([
    allMetadata(ctx.root, o.model),
    readRegistry(ctx.root, { recent: true }),
  ]);
  return sortArtifacts(metas).map((m) => ({
    id: formatArtifactId(m),
    model: m.model,
    version: m.version,
    quantization: m.quantization,
    kind: m.kind,
    status: m.status,
    size: totalSize(m),
    created_at: m.created_at,
    environments: ctx.config.environments.filter((env) => sameArtifact(registry.environments[env], m)),
    canary_in: canaryEnvironments(ctx, registry, m),
  }));
}

/** The environments whose canary is this artifact. */
function canaryEnvironments(ctx: OpsContext, registry: Registry, ref: ArtifactRef): string[] {
  return ctx.config.environments.filter((env) => {
    const p = registry.environments[env];
    return !!p?.canary && sameArtifact({ model: p.model, ...p.canary }, ref);
  });
}

function totalSize(m: ArtifactMetadata): number {
  return m.files?.length ? m.files.reduce((n, f) => n + f.size, 0) : m.artifact.size;
}

export interface ArtifactDetails {
  metadata: ArtifactMetadata;
  file: string;
  environments: string[];
  /** The environments that run it as their canary now. */
  canary_in: string[];
  /** Every deployment, promotion and rollback of it, oldest first. */
  history: HistoryEntry[];
  /** Registered versions whose parent_version is this version. */
  children: string[];
}

/** One artifact: its metadata, where it runs, its history and what derives from it. */
export async function showArtifact(ctx: OpsContext, id: string): Promise<ArtifactDetails> {
  const ref = parseArtifactId(id);
  const metadata = await readArtifact(ctx.root, ref);
  if (!metadata) throw await notRegistered(ctx.root, ref);
  const [{ registry }, siblings] = await Promise.all([readRegistry(ctx.root), allMetadata(ctx.root, ref.model)]);
  return {
    metadata,
    file: metadataPath(ref),
    environments: ctx.config.environments.filter((env) => sameArtifact(registry.environments[env], ref)),
    canary_in: canaryEnvironments(ctx, registry, ref),
    history: registry.history.filter((e) => sameArtifact(e, ref)),
    children: sortArtifacts(siblings.filter((m) => m.parent_version === ref.version)).map(formatArtifactId),
  };
}
