import { MregError } from '../core/errors.js';
import { formatJson, pointer, withoutBom } from '../core/json.js';
import { formatArtifactId, storeMetadataKey } from '../core/naming.js';
import type { ArtifactMetadata } from '../core/documents.js';
import type { ArtifactStore } from './artifact-store.js';

/**
 * The metadata JSON beside an artifact in the store (`<model>/v<x.y.z>/<id>.json`): a copy of the
 * registered metadata, so a store read without the registry still says what its objects are.
 *
 * It is written after the registry commit that registers the artifact, from the committed
 * metadata, by the one writer whose commit landed: two publishers racing on a store that ignores
 * conditional writes can no longer leave the winner's registry entry beside the loser's metadata.
 * Like every object it is written once; a re-run that finds it equal leaves it, one that finds it
 * different reports each field.
 */

/** Fields the registry changes after registration (block, supersede): not part of the copy's claim. */
const MUTABLE = new Set(['status', 'blocked_reason']);

export interface MetadataDifference {
  /** JSON pointer of the field. */
  pointer: string;
  expected: unknown;
  found: unknown;
}

/** Field-by-field differences between the registered metadata and a copy, mutable fields left out. */
export function metadataDifferences(registered: ArtifactMetadata, copy: unknown): MetadataDifference[] {
  const out: MetadataDifference[] = [];
  const walk = (a: unknown, b: unknown, at: string) => {
    if (
      a !== null &&
      b !== null &&
      typeof a === 'object' &&
      typeof b === 'object' &&
      Array.isArray(a) === Array.isArray(b)
    ) {
      const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
      for (const k of [...keys].sort()) {
        if (at === '' && MUTABLE.has(k)) continue;
        walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}${pointer(k)}`);
      }
      return;
    }
    if (a !== b) out.push({ pointer: at, expected: a, found: b });
  };
  walk(registered, copy, '');
  return out;
}

export function describeDifferences(diffs: MetadataDifference[], limit = 3): string {
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
  const listed = diffs.slice(0, limit).map((d) => `#${d.pointer} expected ${show(d.expected)}, found ${show(d.found)}`);
  return listed.join('; ') + (diffs.length > limit ? ` (and ${diffs.length - limit} more)` : '');
}

/** The store copy of an artifact's metadata: null when absent; a parse failure is reported as found text. */
export async function readMetadataCopy(
  store: ArtifactStore,
  meta: ArtifactMetadata,
): Promise<{ uri: string; value: unknown } | null> {
  const key = storeMetadataKey(meta);
  if (!(await store.head(key))) return null;
  const text = (await store.getBytes(key)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch {
    value = text.length > 80 ? `${text.slice(0, 80)}...` : text;
  }
  return { uri: store.uriFor(key), value };
}

/**
 * Writes the copy once. An existing copy equal to the registered metadata (a re-run) is kept;
 * a different one is refused (INTEGRITY), naming the object and each field with both values.
 */
export async function writeMetadataCopy(
  store: ArtifactStore,
  meta: ArtifactMetadata,
): Promise<{ uri: string; written: boolean }> {
  const key = storeMetadataKey(meta);
  const uri = store.uriFor(key);
  const existing = await readMetadataCopy(store, meta);
  if (!existing) {
    try {
      await store.putBytes(key, formatJson(meta));
      return { uri, written: true };
    } catch (err) {
      // Another writer's copy landed between the HEAD and the write: judge that one below.
      if (!(err instanceof MregError && err.code === 'EXISTS')) throw err;
    }
  }
  const found = existing ?? (await readMetadataCopy(store, meta));
  const diffs = metadataDifferences(meta, found?.value);
  if (diffs.length) {
    throw new MregError(
      'INTEGRITY',
      `${uri}: the metadata JSON in the store disagrees with the registered ${formatArtifactId(meta)}: ${describeDifferences(diffs)} ` +
        `(objects are written once; it was left by another publish of this version)`,
    );
  }
  return { uri, written: false };
}
