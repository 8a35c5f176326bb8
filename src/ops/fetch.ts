import path from 'node:path';
import { MregError } from '../core/errors.js';
import { formatArtifactId, metadataPath, parseArtifactId } from '../core/naming.js';
import { describeDifferences, metadataDifferences, readMetadataCopy } from '../store/metadata-copy.js';
import type { ArtifactMetadata } from '../core/documents.js';
import { assertArtifactPresent, openStore } from '../store/open.js';
import type { ArtifactStore } from '../store/artifact-store.js';
import type { OpsContext } from '../state/context.js';
import type { StageHooks } from './pipeline.js';
import { readArtifact } from '../state/read.js';
import { notRegistered } from './catalog.js';

export interface FetchOptions {
  /** `{model}-v{x.y.z}-{quant}` */
  id: string;
  /** Default: the config's cache.dir, relative to the repository root. */
  cacheDir?: string;
  onProgress?: (file: string, done: number, total: number) => void;
}

export interface FetchedArtifact {
  id: string;
  /** The main file (for a multi-file artifact, the first). */
  path: string;
  paths: string[];
  downloaded: boolean;
  sha256: string;
  size: number;
}

export interface FetchResult {
  artifact: FetchedArtifact;
  /** A LoRA adapter's base, fetched and verified against the adapter's pin. */
  base?: FetchedArtifact;
  cacheDir: string;
}

export function cacheDirOf(ctx: OpsContext, explicit?: string): string {
  return path.resolve(explicit ? process.cwd() : ctx.root, explicit ?? ctx.settings.cacheDir ?? ctx.config.cache.dir);
}

export function storeOf(ctx: OpsContext): ArtifactStore {
  return openStore(ctx.storeUri, { ...ctx.config, baseDir: ctx.root });
}

async function requireArtifact(ctx: OpsContext, id: string): Promise<ArtifactMetadata> {
  const ref = parseArtifactId(id);
  const meta = await readArtifact(ctx.root, ref);
  if (!meta) throw await notRegistered(ctx.root, ref);
  return meta;
}

/** `mreg fetch ID`: the artifact (and a LoRA's base) into the cache, verified. */
export async function fetchById(ctx: OpsContext, o: FetchOptions): Promise<FetchResult> {
  const meta = await requireArtifact(ctx, o.id);
  const cacheDir = cacheDirOf(ctx, o.cacheDir);
  if (meta.status === 'blocked')
    ctx.logger.warn(`${o.id} is blocked (${meta.blocked_reason ?? 'no reason recorded'}); fetching it anyway`);
  const base = meta.base
    ? await download(ctx, await baseOf(ctx, meta), cacheDir, o.onProgress, { checkGguf: true })
    : undefined;
  const artifact = await download(ctx, meta, cacheDir, o.onProgress, { checkGguf: true });
  return { artifact, base, cacheDir };
}

/** A LoRA's base, checked against the sha256 the adapter pinned when it was published. */
async function baseOf(ctx: OpsContext, meta: ArtifactMetadata): Promise<ArtifactMetadata> {
  const base = await requireArtifact(ctx, meta.base!.id);
  if (base.artifact.sha256 !== meta.base!.sha256) {
    throw new MregError(
      'INTEGRITY',
      `${formatArtifactId(meta)} is pinned to base ${meta.base!.id} sha256 ${meta.base!.sha256}, but the registered base has sha256 ${base.artifact.sha256}`,
    );
  }
  return base;
}

/**
 * Downloads every file of one artifact into the cache (staging, verify, atomic rename); only from
 * inside the configured store. With `checkGguf`, GGUF headers are checked against the artifact's
 * kind and quantization before a file reaches the cache.
 */
export async function download(
  ctx: OpsContext,
  meta: ArtifactMetadata,
  cacheDir: string,
  onProgress?: (file: string, done: number, total: number) => void,
  o: { checkGguf?: boolean } = {},
): Promise<FetchedArtifact> {
  // The download code (ranged GETs, hashing, the GGUF check) is loaded when something is
  // downloaded: a rollback or a promotion only checks that the store has the artifact.
  const { downloadArtifact } = await import('../store/index.js');
  const r = await downloadArtifact(meta, {
    cacheDir,
    store: storeOf(ctx),
    storeOptions: { ...ctx.config, baseDir: ctx.root },
    onProgress,
    checkGguf: o.checkGguf ?? true,
  });
  return { ...r, sha256: meta.artifact.sha256, size: meta.artifact.size };
}

/** What the metadata JSON beside an artifact vouches for: its bytes (sha256, size, where they are). */
const BYTE_CLAIMS = /^\/(artifact|files|base)(\/|$)/;

/**
 * The registered claims about an artifact's bytes must match the metadata JSON beside it in the
 * store, written once when it was registered: a sha256 edited in the registry afterwards (by hand,
 * or by a bad merge) is refused here, before any pointer moves, rather than by servers later.
 * A store without the copy (an artifact registered before copies were written) is reported, not
 * refused: there is nothing to compare with.
 */
async function checkMetadataCopy(ctx: OpsContext, store: ArtifactStore, meta: ArtifactMetadata): Promise<void> {
  const copy = await readMetadataCopy(store, meta);
  const id = formatArtifactId(meta);
  if (!copy) {
    ctx.logger.warn(
      `${id}: no metadata JSON beside the artifact in the store to check the registered sha256 against ("mreg register --file ${metadataPath(meta)}" writes it)`,
    );
    return;
  }
  const diffs = metadataDifferences(meta, copy.value).filter((d) => BYTE_CLAIMS.test(d.pointer));
  if (diffs.length) {
    throw new MregError(
      'INTEGRITY',
      `${metadataPath(meta)} disagrees with the metadata JSON written beside the artifact when it was registered, ${copy.uri}: ${describeDifferences(diffs)}; the registry's claims about ${id} were changed after registration, so no pointer was moved (mreg verify-store --deep reports it)`,
    );
  }
}

/**
 * The deploy pipeline's store stages (`check-store`, `download`): presence with the expected size
 * before any pointer moves (a LoRA's base too), then a verified copy in the cache.
 */
export function storeStageHooks(options: { cacheDir?: string } = {}): Pick<StageHooks, 'checkPresent' | 'download'> {
  return {
    async checkPresent(ctx, meta) {
      const store = storeOf(ctx);
      const artifacts = meta.base ? [await baseOf(ctx, meta), meta] : [meta];
      for (const m of artifacts) {
        await assertArtifactPresent(store, m, { ...ctx.config, baseDir: ctx.root });
        await checkMetadataCopy(ctx, store, m);
      }
    },
    async download(ctx, meta) {
      // Every file's GGUF header is checked against the artifact's kind and quantization before it
      // reaches the cache, as `mreg fetch` and the serving side do.
      const cacheDir = cacheDirOf(ctx, options.cacheDir);
      const progress = ctx.logger.progress?.bind(ctx.logger);
      if (meta.base) await download(ctx, await baseOf(ctx, meta), cacheDir, progress, { checkGguf: true });
      const r = await download(ctx, meta, cacheDir, progress, { checkGguf: true });
      return { path: r.path, downloaded: r.downloaded };
    },
  };
}
