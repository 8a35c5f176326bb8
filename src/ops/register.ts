import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { basePinProblem } from '../core/rules.js';
import { formatJson } from '../core/json.js';
import { checkRef, formatArtifactId, metadataPath, parseArtifactId } from '../core/naming.js';
import { checkDocument } from '../core/schema.js';
import type { ArtifactMetadata } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
import { checkGgufHeaderBytes } from '../gguf/check.js';
import { MODELS_DIR } from '../state/config.js';
import { quantizationsOf, readArtifact } from '../state/read.js';
import { assertArtifactPresent, locateObject, openStore, type ArtifactStore, type ObjectInfo } from '../store/index.js';
import { metadataDifferences, writeMetadataCopy } from '../store/metadata-copy.js';
import { headSha } from '../git/repo.js';
import { commitChange, type CommitOutcome, type PlannedChange } from '../state/transaction.js';
import { baseArchitecture } from './adapter-base.js';
import { requireConfiguredStore } from './store-door.js';

export interface RegisterOptions {
  /**
   * The entity tag of the main object as this process uploaded it (publish). Another tag when the
   * object is checked means a concurrent upload replaced it (on a store that ignores conditional
   * writes): nothing is registered.
   */
  etag?: string;
}

export interface RegisterResult {
  id: string;
  path: string;
  metadata: ArtifactMetadata;
  /** The metadata JSON beside the artifact in the store. */
  metadataUri: string | null;
  /** A re-run of a registration that had already landed: nothing was committed. */
  alreadyRegistered: boolean;
}

/**
 * Adds an artifact's metadata to registry/models/, then writes the same metadata JSON beside the
 * artifact in the store. Versions are immutable: an existing file is never overwritten, and git
 * serializes two publishers of the same version (the loser's re-apply finds the winner's file and
 * is refused). The store copy is written only after the commit landed, from what was committed,
 * and only while the object is still the one that was checked: racing publishers cannot leave
 * one's metadata beside the other's bytes. A re-run with the same claims (a registration stopped
 * before its store copy was written) commits nothing and writes the missing copy.
 */
export async function registerArtifact(
  ctx: OpsContext,
  meta: ArtifactMetadata,
  o: RegisterOptions = {},
): Promise<CommitOutcome<RegisterResult>> {
  requireConfiguredStore(ctx);
  checkRef(meta);
  const file = metadataPath(meta);
  checkDocument('metadata', meta, file);
  const id = formatArtifactId(meta);
  // The store is opened only once the registry says there is something to check in it.
  const locate = () => {
    const storeOptions = { ...ctx.config, baseDir: ctx.root };
    const configured = openStore(ctx.storeUri, storeOptions);
    const { store, key } = locateObject(meta.artifact.uri, configured, storeOptions);
    return { store, key, copyStore: store === configured ? configured : null };
  };

  const registered = await readArtifact(ctx.root, meta);
  if (registered && sameClaims(registered, meta)) return alreadyRegistered(ctx, registered, file, locate().copyStore);
  // Local refusals first (cheap, and they need no store); then what the metadata claims about the
  // bytes, against the store: every file present with its size, the main file a GGUF of the stated
  // quantization. The local checks run again inside the commit, on the newest state.
  await refuseExisting(ctx, meta, file, id);
  const early = (await parentProblem(ctx, meta, file)) ?? (await uriProblem(ctx, meta, file));
  if (early) throw early;
  const { store, key, copyStore } = locate();
  const checked = await checkStoredBytes(ctx, meta, file, store, key);
  if (o.etag && checked.etag && checked.etag !== o.etag) {
    throw new MregError(
      'INTEGRITY',
      `${meta.artifact.uri} was replaced after this upload (etag ${o.etag}, now ${checked.etag}): another publish of ${id} is writing the same object; nothing was registered`,
    );
  }
  let out: CommitOutcome<RegisterResult>;
  try {
    out = await commitChange(ctx, () => registration(ctx, meta, file, id));
  } catch (err) {
    // Lost to another registration of this version: say so when our upload replaced its bytes.
    if (o.etag && err instanceof MregError && err.code === 'EXISTS') {
      const now = await store.head(key).catch(() => null);
      if (now?.etag === o.etag) {
        throw new MregError(
          'INTEGRITY',
          `${err.message}; and this publish's upload replaced that version's object ${meta.artifact.uri} (the store ignored the write-once condition): ` +
            `it now holds sha256 ${meta.artifact.sha256}, not the registered bytes; mreg verify-store --deep reports it`,
          { cause: err },
        );
      }
    }
    throw err;
  }
  if (copyStore) {
    // The object must still be the one checked before the commit, or the copy would describe other bytes.
    const now = await store.head(key);
    if (!now || now.size !== meta.artifact.size || (checked.etag && now.etag && now.etag !== checked.etag)) {
      throw new MregError(
        'INTEGRITY',
        `registered ${id} (commit ${out.commit.slice(0, 12)}${out.pushed ? ', pushed' : ''}), but ${meta.artifact.uri} changed after it was checked ` +
          `(${now ? `etag ${checked.etag ?? '?'} -> ${now.etag ?? '?'}, ${now.size} bytes` : 'it is gone'}): another upload replaced it; ` +
          `its metadata JSON was not written to the store; run mreg verify-store --deep`,
      );
    }
    out.result.metadataUri = (await writeCopy(copyStore, meta, file, out)).uri;
  }
  return out;
}

/** A re-run of a registration that landed: nothing to commit; the store copy is written if missing. */
async function alreadyRegistered(
  ctx: OpsContext,
  registered: ArtifactMetadata,
  file: string,
  copyStore: ArtifactStore | null,
): Promise<CommitOutcome<RegisterResult>> {
  const id = formatArtifactId(registered);
  const copy = copyStore ? await writeCopy(copyStore, registered, file, null) : null;
  const head = (await headSha(ctx.repo)) ?? '';
  return {
    result: { id, path: file, metadata: registered, metadataUri: copy?.uri ?? null, alreadyRegistered: true },
    commit: head,
    pushed: false,
    pushNote: `${id} was already registered with these claims: nothing to commit${copy?.written ? '; wrote its metadata JSON to the store' : ''}`,
    attempts: 0,
  };
}

/** The registration commit, planned on the newest state: the local refusals again, then the file. */
async function registration(
  ctx: OpsContext,
  meta: ArtifactMetadata,
  file: string,
  id: string,
): Promise<PlannedChange<RegisterResult>> {
  await refuseExisting(ctx, meta, file, id);
  const parent = await parentProblem(ctx, meta, file);
  if (parent) throw parent;
  if (meta.base) {
    const pin = basePinProblem(meta, await readArtifact(ctx.root, parseArtifactId(meta.base.id)));
    if (pin)
      throw new MregError(
        pin.pointer === '/base/id' ? 'NOT_FOUND' : 'INTEGRITY',
        `${file}#${pin.pointer}: ${pin.message}`,
      );
  }
  return {
    files: [{ path: file, content: formatJson(meta) }],
    subject: `register: ${meta.model} ${meta.version} (${meta.quantization})`,
    body: null,
    trailers: {
      'Mreg-Action': 'register',
      'Mreg-Model': meta.model,
      'Mreg-Version': meta.version,
      'Mreg-Quantization': meta.quantization,
      'Mreg-Sha256': meta.artifact.sha256,
      'Mreg-Actor': ctx.actor,
    },
    result: { id, path: file, metadata: meta, metadataUri: null, alreadyRegistered: false },
  };
}

/** The same registration: every field equal but the time it was made and what the registry changes later. */
function sameClaims(registered: ArtifactMetadata, meta: ArtifactMetadata): boolean {
  return metadataDifferences(registered, meta).every((d) => d.pointer === '/created_at');
}

async function writeCopy(
  store: ArtifactStore,
  meta: ArtifactMetadata,
  file: string,
  out: CommitOutcome<unknown> | null,
): Promise<{ uri: string; written: boolean }> {
  try {
    return await writeMetadataCopy(store, meta);
  } catch (err) {
    if (!(err instanceof MregError)) throw err;
    const landed = out
      ? `registered ${formatArtifactId(meta)} (commit ${out.commit.slice(0, 12)}${out.pushed ? ', pushed' : ''}), but `
      : '';
    const retry = err.code === 'INTEGRITY' ? '' : `; run "mreg register --file ${file}" to write it`;
    throw new MregError(err.code, `${landed}${err.message}${retry}`, { cause: err });
  }
}

const HEADER_READS = [1024 * 1024, 32 * 1024 * 1024];

async function checkStoredBytes(
  ctx: OpsContext,
  meta: ArtifactMetadata,
  file: string,
  store: ArtifactStore,
  key: string,
): Promise<ObjectInfo> {
  let info: ObjectInfo | null;
  try {
    await assertArtifactPresent(store, meta, { ...ctx.config, baseDir: ctx.root });
    info = await store.head(key);
    if (!info) throw new MregError('NOT_FOUND', `${meta.artifact.uri} does not exist`);
  } catch (err) {
    if (err instanceof MregError)
      throw new MregError(err.code, `${file}: ${err.message}; nothing was registered`, { cause: err });
    throw err;
  }
  // A ranged read of the header's first MiB (a larger one when the header is longer), never the
  // whole model: register is for artifacts that may be many GiB in a remote store.
  const baseMeta = meta.base ? await readArtifact(ctx.root, parseArtifactId(meta.base.id)) : null;
  const base = baseMeta ? await baseArchitecture(ctx, baseMeta) : undefined;
  for (const [i, n] of HEADER_READS.entries()) {
    const bytes = await readPrefix(store, key, Math.min(n, meta.artifact.size));
    try {
      await checkGgufHeaderBytes(bytes, meta.quantization, {
        file: `${meta.artifact.uri} (${file})`,
        requireFileType: meta.kind !== 'lora',
        kind: meta.kind ?? 'gguf',
        base,
      });
      return info;
    } catch (err) {
      const short = err instanceof MregError && /read more of the file/.test(err.message);
      if (!short || i === HEADER_READS.length - 1 || bytes.length >= meta.artifact.size) throw err;
    }
  }
  return info;
}

async function readPrefix(store: ArtifactStore, key: string, n: number): Promise<Buffer> {
  if (n <= 0) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const c of await store.getRange(key, 0, n - 1)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The parent version, when the metadata names one, is registered for the same model. */
async function parentProblem(ctx: OpsContext, meta: ArtifactMetadata, file: string): Promise<MregError | null> {
  if (!meta.parent_version || (await quantizationsOf(ctx.root, meta.model, meta.parent_version)).length) return null;
  return new MregError(
    'NOT_FOUND',
    `${file}#/parent_version: parent version ${meta.parent_version} of ${meta.model} is not registered`,
  );
}

/**
 * No other registered version owns one of this artifact's objects (two versions sharing an object
 * would make "immutable" a lie the day either is re-published). One pass over the metadata files,
 * reading only their URIs; done once, before the commit, not on every retry of it.
 */
async function uriProblem(ctx: OpsContext, meta: ArtifactMetadata, file: string): Promise<MregError | null> {
  const mine = new Set([meta.artifact.uri, ...(meta.files ?? []).map((f) => f.uri)]);
  const dir = path.join(ctx.root, MODELS_DIR);
  for (const model of await readdir(dir).catch(() => [] as string[])) {
    const names = (await readdir(path.join(dir, model)).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
    const texts = await Promise.all(names.map((n) => readFile(path.join(dir, model, n), 'utf8').catch(() => '')));
    for (const [i, text] of texts.entries()) {
      let other: Partial<ArtifactMetadata> | null = null;
      try {
        other = JSON.parse(text) as Partial<ArtifactMetadata>;
      } catch {
        continue; // an unreadable file is validate's to report, not a claim on an object
      }
      const theirs = [other?.artifact?.uri, ...(other?.files ?? []).map((f) => f?.uri)];
      const shared = theirs.find((u) => u !== undefined && mine.has(u));
      if (shared) {
        return new MregError(
          'EXISTS',
          `${file}#/artifact/uri: ${shared} is already the artifact of ${names[i].slice(0, -5)}; every version has objects of its own`,
        );
      }
    }
  }
  return null;
}

async function refuseExisting(ctx: OpsContext, meta: ArtifactMetadata, file: string, id: string): Promise<void> {
  const existing = await readArtifact(ctx.root, meta);
  if (existing) {
    throw new MregError(
      'EXISTS',
      `${id} is already registered (${file}, sha256 ${existing.artifact.sha256}); versions are immutable, publish a new version instead`,
    );
  }
}
