import { closeSync, fstatSync, lstatSync, openSync, readFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { gitEnvironmentMovesFiles, headFromFiles, plainRepoConfig } from './repo.js';

/**
 * Whether files are exactly as HEAD has them, read from git's own files (the index and HEAD's
 * commit) instead of a `git status` process (~15-25 ms on a registry of a thousand files, most of
 * it starting the process and looking at every file).
 *
 * The answer is only ever "unchanged, certainly" or null ("ask git"), never "changed": it holds when
 * the index records HEAD's tree exactly (its cache of tree ids, valid at the top, names HEAD's tree:
 * nothing is staged), and each file's stat data is the data the index recorded for it, as git's
 * own status compares them (a file git would have to read again, "racily clean", is left to git).
 * That is the state a registry commit leaves; any other (a pull that packed HEAD's commit, an index
 * in another format, a staged change, an edit) is left to git.
 */

interface IndexEntry {
  ctimeS: number;
  ctimeNs: number;
  mtimeS: number;
  mtimeNs: number;
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  stage: number;
  /** assume-unchanged, skip-worktree or intent-to-add: git's answer differs from the plain comparison. */
  special: boolean;
  /** assume-unchanged or skip-worktree: git status does not look at the file. */
  hidden: boolean;
}

interface IndexSnapshot {
  /** The entries of the asked paths (every stage), by path. */
  entries: Map<string, IndexEntry[]>;
  /** The tree id the index's cache records for the whole tree (null when not valid). */
  rootTree: string | null;
  /** The index file's modification time (s, ns): an entry not older is "racily clean". */
  mtimeS: number;
  mtimeNs: number;
}

/** True when every path is as HEAD has it (tracked and unchanged, or absent from both); null: ask git. */
export function unchangedFromFiles(root: string, paths: string[]): true | null {
  return lookInIndex(root, paths).unchanged ? true : null;
}

export interface IndexLook {
  /** Every path is certainly as HEAD has it (false: not proven here, ask git). */
  unchanged: boolean;
  /**
   * The paths the index marks assume-unchanged or skip-worktree: git status does not look at such
   * a file, so an edit of it would go unseen. Empty when the index is in a format not read here
   * (version 4, split).
   */
  marked: string[];
}

/** core settings under which git reads the index or the work tree otherwise than plainly. */
const INDEX_SETTINGS = ['sparsecheckout', 'splitindex', 'fsmonitor'];

/**
 * What git's index tells of these paths, read once. Synchronous file calls throughout: a few small
 * files and the index, read one after the other, where each asynchronous call would wait for a
 * thread-pool round trip (together more than the reading itself).
 */
export function lookInIndex(root: string, paths: string[]): IndexLook {
  const none: IndexLook = { unchanged: false, marked: [] };
  try {
    // git told by the environment where its index or objects are: git's call.
    if (gitEnvironmentMovesFiles()) return none;
    const dir = path.join(root, '.git');
    if (!lstatSync(dir).isDirectory()) return none;
    // Another object format (sha256 ids) or layout, sparse or split indexes, a file monitor: git's call.
    const config = plainRepoConfig(dir);
    if (!config || config.some((e) => e.section === 'core' && INDEX_SETTINGS.includes(e.key))) return none;
    const index = readIndex(dir, new Set(paths));
    const head = headFromFiles(root);
    if (!index) return none;
    const marked = paths.filter((p) => (index.entries.get(p) ?? []).some((e) => e.hidden));
    if (!head || !index.rootTree || commitTree(dir, head) !== index.rootTree) return { unchanged: false, marked };
    return { unchanged: paths.every((p) => matches(root, p, index)), marked };
  } catch {
    return none;
  }
}

function matches(root: string, file: string, index: IndexSnapshot): boolean {
  const entries = index.entries.get(file) ?? [];
  // lstat follows links in the leading folders: a folder replaced by a link is git's call.
  if (linkedFolder(root, file) !== null) return false;
  let st: BigIntStats | null;
  try {
    st = lstatSync(path.join(root, file), { bigint: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    st = null;
  }
  // Absent from the index (so from HEAD, whose tree the index records) and from the work tree.
  if (!entries.length) return st === null;
  if (entries.length !== 1 || st === null || !st.isFile()) return false;
  const [e] = entries;
  if (e.stage !== 0 || e.special) return false;
  const sec = (ns: bigint) => Number((ns / 1_000_000_000n) & 0xffffffffn);
  const nsec = (ns: bigint) => Number(ns % 1_000_000_000n);
  const exec = (Number(st.mode) & 0o100) !== 0;
  const same =
    e.mode === (exec ? 0o100755 : 0o100644) &&
    e.size === Number(st.size & 0xffffffffn) &&
    e.mtimeS === sec(st.mtimeNs) &&
    e.mtimeNs === nsec(st.mtimeNs) &&
    e.ctimeS === sec(st.ctimeNs) &&
    e.ctimeNs === nsec(st.ctimeNs) &&
    e.ino === Number(st.ino & 0xffffffffn) &&
    e.uid === Number(st.uid) &&
    e.gid === Number(st.gid);
  // Not older than the index itself: git would read the file again to be sure.
  const racy = e.mtimeS > index.mtimeS || (e.mtimeS === index.mtimeS && e.mtimeNs >= index.mtimeNs);
  return same && !racy;
}

/** The first folder between the repository's top and `file` (relative, as in `file`) that is a link, or null. */
export function linkedFolder(root: string, file: string): string | null {
  return foldersAbove(file).find((f) => lstatSync(path.join(root, f), { throwIfNoEntry: false })?.isSymbolicLink()) ?? null;
}

/** One entry's place in the index file: its offset, its name's offset and length, its flags. */
export interface EntryPlace {
  off: number;
  nameStart: number;
  nameLength: number;
  flags: number;
  /** The extended flags (version 3), 0 when none. */
  extra: number;
}

/**
 * Each entry of an index of version 2 or 3, in order; the offset just after the last one, or null
 * for another version or a malformed file.
 */
export function walkEntries(d: Buffer, visit: (e: EntryPlace) => void): number | null {
  if (d.length < 32 || d.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = d.readUInt32BE(4);
  if (version !== 2 && version !== 3) return null;
  const count = d.readUInt32BE(8);
  const end = d.length - 20; // the trailing checksum
  let off = 12;
  for (let i = 0; i < count; i++) {
    if (off + 62 > end) return null;
    const flags = (d[off + 60] << 8) | d[off + 61];
    const extended = (flags & 0x4000) !== 0;
    if (extended && version < 3) return null;
    const extra = extended ? (d[off + 62] << 8) | d[off + 63] : 0;
    const nameStart = off + 62 + (extended ? 2 : 0);
    // The name's length is in the flags, unless it is 0xFFF or more: then up to its NUL.
    let nameLength = flags & 0xfff;
    if (nameLength === 0xfff) nameLength = d.indexOf(0, nameStart) - nameStart;
    if (nameLength < 0 || nameStart + nameLength >= end || d[nameStart + nameLength] !== 0) return null;
    visit({ off, nameStart, nameLength, flags, extra });
    // Entries are padded with 1 to 8 NUL bytes to a multiple of 8.
    off += Math.floor((nameStart + nameLength - off + 8) / 8) * 8;
  }
  return off;
}

/** Every entry's place, in the index's order, and the offset after them; null as walkEntries. */
export function entryPlaces(d: Buffer): { places: EntryPlace[]; after: number } | null {
  const places: EntryPlace[] = [];
  const after = walkEntries(d, (e) => places.push(e));
  return after === null ? null : { places, after };
}

/**
 * The first entry whose name is not before `key`, by binary search: the index is sorted by name
 * bytes (then stage). Names are compared as bytes and only along the search: decoding or comparing
 * every name of a large index would cost more than the rest of the reading.
 */
export function firstFrom(d: Buffer, places: EntryPlace[], key: Buffer): number {
  let [lo, hi] = [0, places.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = places[mid];
    if (d.compare(key, 0, key.length, e.nameStart, e.nameStart + e.nameLength) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries named exactly `key`: one, or one per stage of a conflict. */
export function entriesNamed(d: Buffer, places: EntryPlace[], key: Buffer): EntryPlace[] {
  const found: EntryPlace[] = [];
  for (let i = firstFrom(d, places, key); i < places.length; i++) {
    const e = places[i];
    if (e.nameLength !== key.length || d.compare(key, 0, key.length, e.nameStart, e.nameStart + e.nameLength) !== 0) break;
    found.push(e);
  }
  return found;
}

/**
 * The extensions after the entries (from `off`), or null when one is an extension git requires
 * readers to understand (lower case first letter), a split or a sparse index: not read here.
 */
export function extensionsOf(d: Buffer, off: number): { signature: string; start: number; size: number }[] | null {
  const end = d.length - 20;
  const found = [];
  while (off + 8 <= end) {
    const signature = d.toString('latin1', off, off + 4);
    const size = d.readUInt32BE(off + 4);
    if (!/^[A-Z]/.test(signature) || signature === 'link' || signature === 'sdir' || off + 8 + size > end) return null;
    found.push({ signature, start: off + 8, size });
    off += 8 + size;
  }
  return found;
}

/** The index (versions 2 and 3), the entries of `wanted` and the cached tree id of the whole tree. */
function readIndex(dir: string, wanted: Set<string>): IndexSnapshot | null {
  const { bytes: d, st } = readWithStat(path.join(dir, 'index'));
  const walked = entryPlaces(d);
  const extensions = walked && extensionsOf(d, walked.after);
  if (!walked || !extensions) return null;
  const entries = new Map<string, IndexEntry[]>();
  for (const name of wanted) {
    const found = entriesNamed(d, walked.places, Buffer.from(name, 'utf8')).map(({ off, flags, extra }) => ({
      ctimeS: d.readUInt32BE(off),
      ctimeNs: d.readUInt32BE(off + 4),
      mtimeS: d.readUInt32BE(off + 8),
      mtimeNs: d.readUInt32BE(off + 12),
      ino: d.readUInt32BE(off + 20),
      mode: d.readUInt32BE(off + 24),
      uid: d.readUInt32BE(off + 28),
      gid: d.readUInt32BE(off + 32),
      size: d.readUInt32BE(off + 36),
      stage: (flags >> 12) & 3,
      special: (extra & 0x6000) !== 0 || (flags & 0x8000) !== 0,
      hidden: (flags & 0x8000) !== 0 || (extra & 0x4000) !== 0,
    }));
    if (found.length) entries.set(name, found);
  }
  const tree = extensions.find((x) => x.signature === 'TREE');
  const rootTree = tree ? (treeCache(d.subarray(tree.start, tree.start + tree.size)).get('')?.id ?? null) : null;
  const mtime = st.mtimeNs;
  return { entries, rootTree, mtimeS: Number((mtime / 1_000_000_000n) & 0xffffffffn), mtimeNs: Number(mtime % 1_000_000_000n) };
}

/**
 * A file's bytes and the stat data of that same file, through one open: git replaces the index (and
 * mreg the registry's files) by rename, so a stat taken apart could describe another file.
 */
export function readWithStat(file: string): { bytes: Buffer; st: BigIntStats } {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd, { bigint: true });
    return { bytes: readFileSync(fd), st };
  } finally {
    closeSync(fd);
  }
}

/** The folders above a repository-relative path, nearest the top first ('' excluded). */
export function foldersAbove(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** One folder of the index's cache of tree ids. */
export interface CachedTree {
  /** The folder's tree id, null when the cache does not hold it (invalidated). */
  id: string | null;
  /** Where the id's 20 bytes are in the extension's body (-1 when invalidated). */
  idAt: number;
  /** How many index entries lie under the folder (-1 when invalidated). */
  entries: number;
}

/**
 * The index's cache of tree ids (the TREE extension), by folder ('' for the whole tree, else
 * `a/b`, as bytes: latin1). Each node: its name, NUL, "<entries> <subtrees>\n", the 20-byte id when entries is not
 * -1, then its subtrees' nodes. A malformed cache reads as empty.
 */
export function treeCache(body: Buffer): Map<string, CachedTree> {
  const found = new Map<string, CachedTree>();
  let at = 0;
  const node = (parent: string | null): boolean => {
    const nul = body.indexOf(0, at);
    const nl = nul < 0 ? -1 : body.indexOf(10, nul);
    if (nl < 0) return false;
    const name = body.toString('latin1', at, nul);
    if (parent === null && name !== '') return false;
    const m = /^(-?\d+) (\d+)$/.exec(body.toString('latin1', nul + 1, nl));
    if (!m) return false;
    const folder = parent === null ? '' : parent === '' ? name : `${parent}/${name}`;
    at = nl + 1;
    const valid = Number(m[1]) >= 0;
    if (valid && at + 20 > body.length) return false;
    found.set(folder, { id: valid ? body.toString('hex', at, at + 20) : null, idAt: valid ? at : -1, entries: valid ? Number(m[1]) : -1 });
    if (valid) at += 20;
    for (let i = 0; i < Number(m[2]); i++) if (!node(folder)) return false;
    return true;
  };
  return node(null) ? found : new Map();
}

/** The tree of a commit stored as a loose object (as a commit made here is); null otherwise. */
export function commitTree(dir: string, commit: string): string | null {
  let raw: Buffer;
  try {
    raw = readFileSync(path.join(dir, 'objects', commit.slice(0, 2), commit.slice(2)));
  } catch {
    return null;
  }
  const text = inflateSync(raw).toString('latin1', 0, 64);
  const m = /^commit \d+\0tree ([0-9a-f]{40})\n/.exec(text);
  return m ? m[1] : null;
}
