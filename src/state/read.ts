import { lstat, open, readFile, readdir, readlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MregError } from '../core/errors.js';
import { formatArtifactId, metadataPath, type ArtifactRef } from '../core/naming.js';
import { parseDocument, parseMetadata } from '../core/schema.js';
import { OlderHistoryNeeded } from '../core/history.js';
import type { ArtifactMetadata, HistoryEntry, HistorySegment, Registry } from '../core/documents.js';
import { MODELS_DIR, REGISTRY_FILE } from './config.js';
import { checkArchiveOrder, parseSegment, segmentAbsolute, segmentPath } from './history-files.js';

/** Reading the registry's files from the working tree, validated before anything acts on them. */

export interface RegistryState {
  /** registry.json, its `history` a suffix of the whole history (see core/history.ts). */
  registry: Registry;
  /** registry.json's exact bytes, so an unchanged file is written back unchanged. */
  text: string;
  /** The archived files loaded into `registry.history`, by index in its archive: their entries as read. */
  loaded: ReadonlyMap<number, readonly HistoryEntry[]>;
}

export interface ReadOptions {
  /**
   * Load only the archived history that every environment's live entry needs (usually none);
   * for callers that ask further back through `withHistory`. The default loads all of it.
   */
  recent?: boolean;
}

/**
 * The registry with its history: all of it, or (`recent`) what the live entries need. Each
 * archived file is checked against the sha256 registry.json records for it.
 */
export async function readRegistry(root: string, o: ReadOptions = {}): Promise<RegistryState> {
  const head = await readRegistryFile(root);
  const archive = head.registry.archive ?? [];
  if (!archive.length) return head;
  checkArchiveOrder(head.registry);
  let from = 0;
  if (o.recent) {
    let oldestLive = Infinity;
    for (const p of Object.values(head.registry.environments))
      if (p && p.history_id < oldestLive) oldestLive = p.history_id;
    from = archive.findIndex((s) => s.last_id >= oldestLive);
    if (from < 0) from = archive.length;
  }
  const key = `${from}`;
  const hit = composed.get(head);
  if (hit?.key === key) return hit.state;
  const loaded = new Map<number, HistoryEntry[]>();
  await Promise.all(
    archive.slice(from).map(async (seg, k) => loaded.set(from + k, await readSegment(root, seg, from + k))),
  );
  const older: HistoryEntry[] = [];
  for (let k = from; k < archive.length; k++) older.push(...(loaded.get(k) as HistoryEntry[]));
  const state: RegistryState = {
    registry: { ...head.registry, history: [...older, ...head.registry.history] },
    text: head.text,
    loaded,
  };
  composed.set(head, { key, state });
  return state;
}

/** The last composition per registry.json version, so repeated reads return the very same objects. */
const composed = new WeakMap<RegistryState, { key: string; state: RegistryState }>();

/**
 * Runs `fn` on `state`; when it needs history older than `state` holds (OlderHistoryNeeded), runs
 * it again on the whole history. For the commands that usually look only at recent entries.
 */
export async function withHistory<T>(
  root: string,
  state: RegistryState,
  fn: (state: RegistryState) => T | Promise<T>,
): Promise<T> {
  try {
    return await fn(state);
  } catch (err) {
    if (!(err instanceof OlderHistoryNeeded)) throw err;
    return fn(await readRegistry(root));
  }
}

/** Entries per archived file's text: a process that reads the registry twice gets the same objects. */
const segmentMemo = new Map<string, { text: string; sha256: string; index: number; entries: HistoryEntry[] }>();

async function readSegment(root: string, segment: HistorySegment, index: number): Promise<HistoryEntry[]> {
  const file = segmentAbsolute(root, segment);
  const link = await lstat(file).catch(() => null);
  if (!link)
    throw new MregError(
      'INTEGRITY',
      `${segmentPath(segment)} is missing: ${REGISTRY_FILE}#/archive/${index} lists it (restore it from git)`,
    );
  if (link.isSymbolicLink()) throw symlinkError(segmentPath(segment), await readlink(file).catch(() => '?'));
  const text = await readFile(file, 'utf8');
  const hit = segmentMemo.get(file);
  if (hit && hit.text === text && hit.sha256 === segment.sha256 && hit.index === index) return hit.entries;
  const entries = parseSegment(text, segment, index);
  segmentMemo.set(file, { text, sha256: segment.sha256, index, entries });
  return entries;
}

/**
 * One parsed copy per file version: a deploy reads the registry for its pre-checks and again when
 * it commits, and a large history is worth parsing and validating once. Every write replaces the
 * file by rename, so (inode, size, mtime) changes whenever the content may have.
 */
const memo = new Map<string, { key: string; state: RegistryState }>();

/** Which version of a file this is: inode, size, and modification and change times to the nanosecond. */
function stampOf(st: { ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint }): string {
  return `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}

async function readRegistryFile(root: string): Promise<RegistryState> {
  const file = path.join(root, REGISTRY_FILE);
  let text: string;
  let key: string;
  const link = await lstat(file).catch(() => null);
  if (link?.isSymbolicLink()) throw symlinkError(REGISTRY_FILE, await readlink(file).catch(() => '?'));
  try {
    const fh = await open(file, 'r');
    try {
      const st = await fh.stat({ bigint: true });
      key = stampOf(st);
      const hit = memo.get(file);
      if (hit && hit.key === key) return hit.state;
      text = await fh.readFile('utf8');
      // Written while it was read: these bytes are not that version's.
      if (stampOf(await fh.stat({ bigint: true })) !== key) key = '';
    } finally {
      await fh.close();
    }
  } catch {
    throw new MregError('NOT_FOUND', `${REGISTRY_FILE} not found in ${root}: run "mreg init" to scaffold a registry`);
  }
  const registry = parseDocument<Registry>('registry', text, REGISTRY_FILE, {
    hint: 'validate the repository to see them all',
  });
  const state: RegistryState = { registry, text, loaded: new Map() };
  if (key) memo.set(file, { key, state });
  return state;
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

/**
 * Runs a pure function with a synchronous artifact lookup, reading each metadata file once, as the
 * function asks for it: a rollback over a long history reads the few files it looks at, not every
 * artifact the environment ever ran. Synchronous reads on purpose: a metadata file is a few hundred
 * bytes, and each asynchronous read would cost a round trip through the thread pool.
 */
export async function withArtifacts<T>(
  root: string,
  fn: (lookup: (ref: ArtifactRef) => ArtifactMetadata | undefined) => T,
): Promise<T> {
  const cache = new Map<string, ArtifactMetadata | undefined>();
  return fn((ref) => {
    const id = formatArtifactId(ref);
    if (!cache.has(id)) cache.set(id, readArtifactSync(root, ref));
    return cache.get(id);
  });
}

function readArtifactSync(root: string, ref: ArtifactRef): ArtifactMetadata | undefined {
  const file = metadataPath(ref);
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  return parseMetadata(text, file);
}
