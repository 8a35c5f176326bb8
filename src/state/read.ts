import { createHash } from 'node:crypto';
import { lstat, readFile, readdir, readlink, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { formatArtifactId, metadataPath, type ArtifactRef } from '../core/naming.js';
import { parseDocument, parseMetadata, schemaFingerprint } from '../core/schema.js';
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
  const link = await lstat(file).catch(() => null);
  if (link?.isSymbolicLink()) throw symlinkError(REGISTRY_FILE, await readlink(file).catch(() => '?'));
  try {
    const st = await stat(file);
    key = `${st.ino}:${st.size}:${st.mtimeMs}`;
    const hit = memo.get(file);
    if (hit && hit.key === key) return hit.state;
    text = await readFile(file, 'utf8');
  } catch {
    throw new MregError('NOT_FOUND', `${REGISTRY_FILE} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  const digest = registryDigest(text);
  let registry: Registry;
  if (await isProven(root, digest)) registry = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Registry;
  else {
    registry = parseDocument<Registry>('registry', text, REGISTRY_FILE, { hint: 'validate the repository to see them all' });
    await recordProven(root, digest);
  }
  const state = { registry, text };
  memo.set(file, { key, state });
  return state;
}

/**
 * Proven registry texts. The full read check of a large registry.json (duplicate keys, depth,
 * every history entry against the schema) costs more than the rest of a deploy; the bytes it
 * passed need not be checked again. `<git dir>/mreg-proven` lists the sha256 of recent texts
 * that passed it (with the schema build's fingerprint, so a stricter schema re-checks), each
 * recorded by a full check or by a commit whose change checkChange proved on top of a proven
 * text. Same bytes, same verdict: anything else (a pull, a hand edit) is checked in full. The
 * file lives inside .git, which only those who can already rewrite the repository can write.
 */
const PROVEN_FILE = 'mreg-proven';
const PROVEN_KEEP = 16;

function registryDigest(text: string): string {
  return createHash('sha256').update(schemaFingerprint()).update('\0').update(text).digest('hex');
}

async function gitDir(root: string): Promise<string | null> {
  const dotGit = path.join(root, '.git');
  const st = await stat(dotGit).catch(() => null);
  if (!st) return null;
  if (st.isDirectory()) return dotGit;
  // A linked worktree: .git is a file naming the real folder.
  const m = /^gitdir: (.+)$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''));
  return m ? path.resolve(root, m[1].trim()) : null;
}

async function provenList(root: string): Promise<{ file: string; digests: string[] } | null> {
  const dir = await gitDir(root);
  if (!dir) return null;
  const file = path.join(dir, PROVEN_FILE);
  const digests = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter((l) => /^[0-9a-f]{64}$/.test(l));
  return { file, digests };
}

async function isProven(root: string, digest: string): Promise<boolean> {
  return (await provenList(root))?.digests.includes(digest) ?? false;
}

async function recordProven(root: string, digest: string): Promise<void> {
  const list = await provenList(root);
  if (!list || list.digests.includes(digest)) return;
  const next = [...list.digests, digest].slice(-PROVEN_KEEP);
  const tmp = `${list.file}.${process.pid}.tmp`;
  // Best effort: a read-only .git only means the next read checks in full again.
  await writeFile(tmp, next.join('\n') + '\n')
    .then(() => rename(tmp, list.file))
    .catch(() => undefined);
}

/** A registry.json text a commit is about to record, proven by checkChange on top of a proven text. */
export async function recordProvenRegistry(root: string, text: string): Promise<void> {
  await recordProven(root, registryDigest(text));
}

/**
 * The registry's files are read and replaced in place, by rename: through a symbolic link a read
 * would follow it anywhere (outside the repository too) and a write would replace the link by a
 * file, a type change in the next commit. Refused, naming the link and what it points at.
 */
export function symlinkError(file: string, target: string): MregError {
  return new MregError(
    'PRECONDITION',
    `${file} is a symbolic link (to ${target}); mreg reads and writes the registry's files themselves: replace the link by the file it points to and commit that (nothing was changed)`,
  );
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
