import { stat } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import {
  checkRef,
  checkVersion,
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  storeFileKey,
  storeMetadataKey,
  storePrefix,
  type ArtifactRef,
} from '../core/naming.js';
import type { ArtifactFile, ArtifactKind, ArtifactMetadata } from '../core/documents.js';
import { checkGgufFile, hasGgufMagic, readMagic, type GgufCheckOptions } from '../gguf/check.js';
import { baseArchitecture } from './adapter-base.js';
import { openStore, type ArtifactStore } from '../store/index.js';
import type { OpsContext } from '../state/context.js';
import { registerArtifact } from './register.js';
import { requireConfiguredStore } from './store-door.js';
import { quantizationsOf, readArtifact } from '../state/read.js';
import { syncWithRemote } from '../state/sync.js';

export interface PublishOptions {
  /** Local files; the first is the main one. gguf and lora take exactly one. */
  files: string[];
  model: string;
  version: string;
  quantization: string;
  kind?: ArtifactKind;
  baseModel?: string;
  parentVersion?: string | null;
  benchmarkScore?: number | null;
  /** LoRA: the base artifact's id; its sha256 is pinned in the metadata. */
  base?: string;
  description?: string;
  createdAt?: string;
  /** Per file: bytes uploaded so far. */
  onProgress?: (file: string, done: number, total: number) => void;
}

export interface PublishResult {
  id: string;
  metadata: ArtifactMetadata;
  /** Where the metadata JSON was written in the store, and in the repository. */
  metadataUri: string;
  path: string;
  commit: string;
  pushed: boolean;
  pushNote?: string;
  attempts: number;
}

interface Planned {
  local: string;
  key: string;
  size: number;
}

/**
 * publish = check names and files -> check the GGUF header against --quantization -> refuse any
 * existing object before moving a byte -> upload each file once (sha256 computed on the way) ->
 * register the metadata through git (which serializes two publishers of one version: the loser's
 * commit is refused) -> the winner writes the metadata JSON beside the artifact.
 */
export async function publishArtifact(ctx: OpsContext, o: PublishOptions): Promise<PublishResult> {
  requireConfiguredStore(ctx);
  const { ref, kind, parentVersion } = checkPublishOptions(o);
  const id = formatArtifactId(ref);

  // Refuse what registration would refuse, before uploading gigabytes: on the remote's state (a
  // clone that is behind, or holds unpushed commits, would otherwise upload and then fail), a
  // version that exists, a parent that does not, a base that does not.
  await syncWithRemote(ctx);
  await refuseUnregistrable(ctx, ref, parentVersion);
  const { base, baseArch } = await resolveBase(ctx, o.base);

  const planned = await planFiles(o.files, ref, kind);
  for (const p of planned) await checkPlannedFile(p.local, ref.quantization, kind, p === planned[0], baseArch);

  const store = openStore(ctx.storeUri, { ...ctx.config, baseDir: ctx.root });
  const metaKey = storeMetadataKey(ref);
  await refuseExistingObjects(store, [...planned.map((p) => p.key), metaKey], id);

  const { uploaded, mainEtag } = await uploadFiles(ctx, store, planned, o.onProgress);

  const metadata: ArtifactMetadata = {
    model: ref.model,
    version: ref.version,
    base_model: o.baseModel ?? ref.model,
    quantization: ref.quantization,
    benchmark_score: o.benchmarkScore ?? null,
    created_at: o.createdAt ?? ctx.now(),
    parent_version: parentVersion,
    kind,
    status: 'active',
    artifact: uploaded[0],
    ...(uploaded.length > 1 ? { files: uploaded } : {}),
    ...(base ? { base } : {}),
    ...(o.description ? { description: o.description } : {}),
  };
  // The metadata JSON goes beside the artifact after the registry commit, by registerArtifact.
  const out = await registerArtifact(ctx, metadata, { etag: mainEtag });
  return {
    id,
    metadata,
    metadataUri: out.result.metadataUri ?? store.uriFor(metaKey),
    path: out.result.path,
    commit: out.commit,
    pushed: out.pushed,
    pushNote: out.pushNote,
    attempts: out.attempts,
  };
}

/** Versions are immutable and a parent must exist: refused on the registry before anything is uploaded. */
async function refuseUnregistrable(ctx: OpsContext, ref: ArtifactRef, parentVersion: string | null): Promise<void> {
  const existing = await readArtifact(ctx.root, ref);
  if (existing)
    throw new MregError(
      'EXISTS',
      `${formatArtifactId(ref)} is already registered (${metadataPath(ref)}, ${existing.artifact.uri}); versions are immutable, publish a new version instead`,
    );
  if (parentVersion && !(await quantizationsOf(ctx.root, ref.model, parentVersion)).length) {
    throw new MregError(
      'NOT_FOUND',
      `parent version ${parentVersion} of ${ref.model} is not registered; publish it first (nothing was uploaded)`,
    );
  }
}

/** A LoRA's base: registered, not itself an adapter; its sha256 is pinned and its architecture checked later. */
async function resolveBase(
  ctx: OpsContext,
  baseId: string | undefined,
): Promise<{ base: ArtifactMetadata['base']; baseArch: { id: string; architecture: string } | undefined }> {
  if (!baseId) return { base: undefined, baseArch: undefined };
  const baseRef = parseArtifactId(baseId);
  const baseMeta = await readArtifact(ctx.root, baseRef);
  if (!baseMeta)
    throw new MregError(
      'NOT_FOUND',
      `base artifact ${baseId} is not registered (no ${metadataPath(baseRef)}); publish it first`,
    );
  if (baseMeta.kind === 'lora')
    throw new MregError(
      'USAGE',
      `base artifact ${baseId} is itself a LoRA adapter; a base must be a gguf or full model`,
    );
  return {
    base: { id: formatArtifactId(baseRef), sha256: baseMeta.artifact.sha256 },
    baseArch: await baseArchitecture(ctx, baseMeta),
  };
}

/** Every object is checked before any is written, so a refused publish leaves nothing behind. */
async function refuseExistingObjects(store: ArtifactStore, keys: string[], id: string): Promise<void> {
  for (const key of keys) {
    if (await store.head(key)) {
      throw new MregError(
        'EXISTS',
        `refusing to overwrite ${store.uriFor(key)}: the object already exists, but ${id} is not registered; ` +
          `if an earlier publish uploaded it and failed to register, register the object with "mreg register --uri ${store.uriFor(key)}" (and its --sha256, --size), otherwise publish a new version`,
      );
    }
  }
}

/** The names and the shape of what is published, checked before anything is read or uploaded. */
function checkPublishOptions(o: PublishOptions): {
  ref: ArtifactRef;
  kind: ArtifactKind;
  parentVersion: string | null;
} {
  const ref: ArtifactRef = checkRef({ model: o.model, version: o.version, quantization: o.quantization });
  const kind = o.kind ?? 'gguf';
  if (!['gguf', 'lora', 'full'].includes(kind))
    throw new MregError('USAGE', `an artifact's kind is gguf, lora or full, not ${JSON.stringify(kind)}`);
  if (o.files.length === 0) throw new MregError('USAGE', 'publish needs at least one FILE');
  if (kind !== 'full' && o.files.length > 1)
    throw new MregError(
      'USAGE',
      `a ${kind} artifact is one file; got ${o.files.length} (several files make a full fine-tune, kind full)`,
    );
  if (kind === 'lora' && !o.base)
    throw new MregError(
      'USAGE',
      `a LoRA adapter needs its base: the id of the artifact it applies to (pinned by sha256)`,
    );
  if (kind !== 'lora' && o.base)
    throw new MregError('USAGE', `only a LoRA adapter has a base artifact (this one is kind ${kind})`);
  return { ref, kind, parentVersion: o.parentVersion ? checkVersion(o.parentVersion) : null };
}

/** Each file once, its sha256 computed while it streams; a file that changed meanwhile is refused. */
async function uploadFiles(
  ctx: OpsContext,
  store: ArtifactStore,
  planned: Planned[],
  onProgress: PublishOptions['onProgress'],
): Promise<{ uploaded: ArtifactFile[]; mainEtag?: string }> {
  const uploaded: ArtifactFile[] = [];
  let mainEtag: string | undefined;
  for (const p of planned) {
    const put = await store.putFile(p.key, p.local, {
      onProgress: (done, total) => onProgress?.(path.basename(p.local), done, total || p.size),
    });
    if (put.size !== p.size)
      throw new MregError(
        'STORE',
        `${p.local} changed while it was uploaded (${p.size} bytes before, ${put.size} sent)`,
      );
    uploaded.push({ uri: put.uri, sha256: put.sha256, size: put.size });
    if (p === planned[0]) mainEtag = put.etag;
    ctx.logger.info(`uploaded ${p.local} -> ${put.uri} (sha256 ${put.sha256})`);
  }
  return { uploaded, mainEtag };
}

/**
 * Store keys, by the layout: a single-file artifact is `<model>/v<x.y.z>/<id>.<ext>`; the files of
 * a full fine-tune keep their own names under the same prefix (llama.cpp finds split GGUF shards
 * by name, so renaming them would break loading).
 */
async function planFiles(files: string[], ref: ArtifactRef, kind: ArtifactKind): Promise<Planned[]> {
  const out: Planned[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const local = path.resolve(f);
    const s = await stat(local).catch(() => null);
    if (!s || !s.isFile()) throw new MregError('NOT_FOUND', `${f}: no such file`);
    const name = path.basename(local);
    let key: string;
    if (kind === 'full') {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new MregError(
          'USAGE',
          `file name ${JSON.stringify(name)} cannot be a store key (expected [A-Za-z0-9][A-Za-z0-9._-]*)`,
        );
      key = `${storePrefix(ref)}${name}`;
      if (key === storeMetadataKey(ref))
        throw new MregError('USAGE', `file name ${name} would collide with the metadata JSON`);
    } else {
      const ext = /\.([a-z0-9]{1,16})$/i.exec(name)?.[1]?.toLowerCase() ?? 'bin';
      if (ext === 'json') throw new MregError('USAGE', `${f}: a .json artifact would collide with the metadata JSON`);
      key = storeFileKey(ref, ext);
    }
    if (seen.has(key)) throw new MregError('USAGE', `two files map to the same store key ${key}`);
    seen.add(key);
    out.push({ local, key, size: s.size });
  }
  return out;
}

/**
 * By content, whatever the file is called: a gguf model and a LoRA adapter must be GGUF files (the
 * magic), and so must the main file of a full fine-tune; the other files of a full fine-tune are
 * checked when they are GGUF (by magic or by name). See checkGgufHeader for what is checked.
 */
async function checkPlannedFile(
  file: string,
  quantization: string,
  kind: ArtifactKind,
  main: boolean,
  base?: GgufCheckOptions['base'],
): Promise<void> {
  if (kind === 'gguf' || kind === 'lora' || main)
    return checkGgufFile(file, quantization, { requireFileType: kind !== 'lora', kind, base });
  if (file.toLowerCase().endsWith('.gguf') || hasGgufMagic(await readMagic(file)))
    return checkGgufHeader(file, quantization, false);
}

/**
 * The file must start with the GGUF magic (whatever its name) and have a well-formed header with
 * `general.architecture`; `general.file_type` must agree with --quantization (required for a gguf
 * model; checked when present for adapters and shards). A LoRA adapter must say so (general.type
 * adapter, adapter.type lora) and share its base's architecture; a model must not be an adapter.
 */
export async function checkGgufHeader(file: string, quantization: string, requireFileType: boolean): Promise<void> {
  await checkGgufFile(file, quantization, { requireFileType });
}
