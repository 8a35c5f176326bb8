import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { formatArtifactId, metadataPath, type ArtifactRef } from '../core/naming.js';
import { parseDocument, parseMetadata } from '../core/schema.js';
import type { ArtifactMetadata, Registry } from '../core/types.js';
import { MODELS_DIR, REGISTRY_FILE } from './config.js';

/** Reading the registry's files from the working tree, validated before anything acts on them. */

export interface RegistryState {
  registry: Registry;
  /** The exact bytes read, so an unchanged file is written back unchanged. */
  text: string;
}

/**
 * One parsed copy per file version: a deploy reads the registry for its pre-checks and again when
 * it commits, and a large history is worth parsing and validating once. Every write replaces the
 * file by rename, so (inode, size, mtime) changes whenever the content may have.
 */
const memo = new Map<string, { key: string; state: RegistryState }>();

export async function readRegistry(root: string): Promise<RegistryState> {
  const file = path.join(root, REGISTRY_FILE);
  let text: string;
  let key: string;
  try {
    const st = await stat(file);
    key = `${st.ino}:${st.size}:${st.mtimeMs}`;
    const hit = memo.get(file);
    if (hit && hit.key === key) return hit.state;
    text = await readFile(file, 'utf8');
  } catch {
    throw new MregError('NOT_FOUND', `${REGISTRY_FILE} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  const registry = parseDocument<Registry>('registry', text, REGISTRY_FILE, { hint: 'validate the repository to see them all' });
  const state = { registry, text };
  memo.set(file, { key, state });
  return state;
}

/** One artifact's metadata, or undefined when it is not registered. Invalid files are errors. */
export async function readArtifact(root: string, ref: ArtifactRef): Promise<ArtifactMetadata | undefined> {
  const file = metadataPath(ref);
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  return parseMetadata(text, file);
}

/** All quantizations registered for a model version (to resolve a deploy without --quantization). */
export async function quantizationsOf(root: string, model: string, version: string): Promise<string[]> {
  const dir = path.join(root, MODELS_DIR, model);
  const names = await readdir(dir).catch(() => [] as string[]);
  const prefix = `${model}-v${version}-`;
  return names.filter((n) => n.startsWith(prefix) && n.endsWith('.json')).map((n) => n.slice(prefix.length, -5));
}

/** Caching lookup for the pure transitions (which must not do I/O themselves). */
export class ArtifactCache {
  private readonly map = new Map<string, ArtifactMetadata | undefined>();
  constructor(private readonly root: string) {}

  async load(refs: ArtifactRef[]): Promise<void> {
    await Promise.all(
      refs.map(async (r) => {
        const id = formatArtifactId(r);
        if (!this.map.has(id)) this.map.set(id, await readArtifact(this.root, r));
      }),
    );
  }

  has(ref: ArtifactRef): boolean {
    return this.map.has(formatArtifactId(ref));
  }

  get = (ref: ArtifactRef): ArtifactMetadata | undefined => this.map.get(formatArtifactId(ref));
}

class NeedArtifact {
  constructor(readonly ref: ArtifactRef) {}
}

/**
 * Runs a pure function with a synchronous artifact lookup, reading metadata files only as the
 * function asks for them: a rollback over a long history reads the few files it looks at, not
 * every artifact the environment ever ran.
 */
export async function withArtifacts<T>(root: string, fn: (lookup: (ref: ArtifactRef) => ArtifactMetadata | undefined) => T): Promise<T> {
  const cache = new ArtifactCache(root);
  for (;;) {
    try {
      return fn((ref) => {
        if (!cache.has(ref)) throw new NeedArtifact(ref);
        return cache.get(ref);
      });
    } catch (err) {
      if (!(err instanceof NeedArtifact)) throw err;
      await cache.load([err.ref]);
    }
  }
}
