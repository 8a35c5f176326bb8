import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { parseJsonText } from '../core/json.js';
import { formatArtifactId, metadataPath, type ArtifactRef } from '../core/naming.js';
import { schemaProblems } from '../core/schema.js';
import type { ArtifactMetadata, Registry } from '../core/types.js';
import { MODELS_DIR, REGISTRY_FILE } from './context.js';

/** Reading the registry's files from the working tree, validated before anything acts on them. */

export interface RegistryState {
  registry: Registry;
  /** The exact bytes read, so an unchanged file is written back unchanged. */
  text: string;
}

export async function readRegistry(root: string): Promise<RegistryState> {
  let text: string;
  try {
    text = await readFile(path.join(root, REGISTRY_FILE), 'utf8');
  } catch {
    throw new MregError('NOT_FOUND', `${REGISTRY_FILE} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  const raw = parseJsonText(text, REGISTRY_FILE);
  const problems = schemaProblems('registry', raw, REGISTRY_FILE);
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more; run "mreg validate")` : '';
    throw new MregError('SCHEMA', `${REGISTRY_FILE}#${problems[0].pointer}: ${problems[0].message}${more}`, { problems });
  }
  return { registry: raw as Registry, text };
}

export function parseMetadata(text: string, file: string): ArtifactMetadata {
  const raw = parseJsonText(text, file, 1024 * 1024);
  const problems = schemaProblems('metadata', raw, file);
  if (problems.length) {
    throw new MregError('SCHEMA', `${file}#${problems[0].pointer}: ${problems[0].message}`, { problems });
  }
  return raw as ArtifactMetadata;
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

  get = (ref: ArtifactRef): ArtifactMetadata | undefined => this.map.get(formatArtifactId(ref));
}
