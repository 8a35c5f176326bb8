import { createHash } from 'node:crypto';
import { formatArtifactId, metadataPath, storeMetadataKey } from '../core/naming.js';
import type { ArtifactMetadata } from '../core/documents.js';
import { artifactFiles, locateObject, type ArtifactStore } from '../store/index.js';
import { metadataDifferences, readMetadataCopy } from '../store/metadata-copy.js';
import type { OpsContext } from '../state/context.js';
import { storeOf } from './fetch.js';
import { allMetadata } from './catalog.js';

export interface StoreProblem {
  id: string;
  uri: string;
  problem: 'missing' | 'size' | 'sha256' | 'metadata' | 'error';
  detail: string;
  /** metadata: the field that disagrees (JSON pointer), what the registry records and what the store's copy says. */
  field?: string;
  expected?: unknown;
  found?: unknown;
}

export interface VerifyStoreReport {
  ok: boolean;
  deep: boolean;
  artifacts: number;
  files: number;
  problems: StoreProblem[];
}

/**
 * Every registered artifact's files are in the store with the recorded size; with `deep`, their
 * bytes hash to the recorded sha256 (read once, streamed; never held in memory), and the metadata
 * JSON beside each artifact says what the registry says (every field but the status the registry
 * changes later), each disagreement named by file, field, expected and found.
 */
export async function verifyStore(
  ctx: OpsContext,
  o: { deep?: boolean; onFile?: (id: string, uri: string) => void } = {},
): Promise<VerifyStoreReport> {
  const configured = storeOf(ctx);
  const metas = await allMetadata(ctx.root);
  const problems: StoreProblem[] = [];
  let files = 0;
  for (const meta of metas) {
    const id = formatArtifactId(meta);
    for (const f of artifactFiles(meta)) {
      files++;
      o.onFile?.(id, f.uri);
      try {
        // Only the configured store is checked: a URI elsewhere is reported, as fetch refuses it.
        const { store, key } = locateObject(f.uri, configured, { ...ctx.config, baseDir: ctx.root, confine: true });
        const info = await store.head(key);
        if (!info) {
          problems.push({ id, uri: f.uri, problem: 'missing', detail: `${f.uri} does not exist` });
          continue;
        }
        if (info.size !== f.size) {
          problems.push({
            id,
            uri: f.uri,
            problem: 'size',
            detail: `${f.uri} is ${info.size} bytes, the registry records ${f.size}`,
          });
          continue;
        }
        if (o.deep) {
          const hash = createHash('sha256');
          if (f.size > 0)
            for await (const chunk of await store.getRange(key, 0, f.size - 1)) hash.update(chunk as Buffer);
          const got = hash.digest('hex');
          if (got !== f.sha256)
            problems.push({
              id,
              uri: f.uri,
              problem: 'sha256',
              detail: `${f.uri} has sha256 ${got}, the registry records ${f.sha256}`,
            });
        }
      } catch (err) {
        problems.push({ id, uri: f.uri, problem: 'error', detail: err instanceof Error ? err.message : String(err) });
      }
    }
    if (o.deep) problems.push(...(await metadataCopyProblems(configured, meta, id)));
  }
  return { ok: problems.length === 0, deep: !!o.deep, artifacts: metas.length, files, problems };
}

async function metadataCopyProblems(store: ArtifactStore, meta: ArtifactMetadata, id: string): Promise<StoreProblem[]> {
  const registered = metadataPath(meta);
  const uri = store.uriFor(storeMetadataKey(meta));
  try {
    const copy = await readMetadataCopy(store, meta);
    if (!copy) {
      return [
        {
          id,
          uri,
          problem: 'metadata',
          detail: `${uri} does not exist (the metadata JSON beside the artifact); "mreg register --file ${registered}" writes it`,
        },
      ];
    }
    return metadataDifferences(meta, copy.value).map((d) => ({
      id,
      uri,
      problem: 'metadata' as const,
      detail: `${uri}#${d.pointer}: expected ${show(d.expected)} (as ${registered}), found ${show(d.found)}`,
      field: d.pointer,
      expected: d.expected,
      found: d.found,
    }));
  } catch (err) {
    return [{ id, uri, problem: 'error', detail: err instanceof Error ? err.message : String(err) }];
  }
}

const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
