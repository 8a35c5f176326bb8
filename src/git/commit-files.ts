import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  linkSync,
  type BigIntStats,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { configFromFiles, type ConfigEntry } from './config-files.js';
import { commitPaths, refFromFiles, type GitRepo } from './repo.js';
import { commitTree, entriesNamed, entryPlaces, extensionsOf, firstFrom, foldersAbove, readWithStat, treeCache, type EntryPlace } from './index-file.js';

/**
 * A registry commit written into git's own files, as `git commit --no-verify -m MESSAGE -- PATHS`
 * writes it (the same objects, index, branch, reflogs and lock files, in the same order), without
 * the git process: starting one costs this process ~15 ms of blocked main thread and git ~30 ms more
 * on a registry of a thousand files, the largest share of a deploy or rollback.
 *
 * Done only where the result is certainly git's own: a plain repository (a `.git` folder, the files
 * backend, version 2 or 3 index holding nothing but entries and git's cache of tree ids) whose index
 * records HEAD's tree exactly (nothing else staged), every configuration setting known to change
 * nothing a commit writes (identity from user.name and user.email, no signing, no hooks path, no
 * other index format...), no hook that `git commit --no-verify` would run, no attributes file (no
 * filter or line-ending conversion), no merge, cherry-pick, revert or rebase under way, and only
 * tracked regular files to commit. Anything else returns null before a file is touched: the caller
 * runs git.
 */

/** git's environment settings that change nothing a commit writes (network, prompts, tracing). */
const INERT_ENV = /^GIT_(SSL_|SSH|ASKPASS$|TERMINAL_PROMPT$|TRACE|PAGER$|EDITOR$|HTTP_|CURL_VERBOSE$|PROTOCOL_FROM_USER$|ALLOW_PROTOCOL$|LFS_)/;

/** Configuration sections that change nothing `git commit -- PATHS` writes here (other commands', the network's, the screen's). */
const INERT_SECTIONS = new Set([
  'advice',
  'alias',
  'am',
  'apply',
  'blame',
  'branch',
  'checkout',
  'clean',
  'clone',
  'color',
  'column',
  'credential',
  'diff',
  'difftool',
  'fetch',
  'format',
  'fsck',
  'gc',
  'grep',
  'gui',
  'help',
  'http',
  'init',
  'interactive',
  'lfs',
  'log',
  'maintenance',
  'merge',
  'mergetool',
  'pack',
  'pager',
  'protocol',
  'pull',
  'push',
  'rebase',
  'receive',
  'remote',
  'safe',
  'sendemail',
  'stash',
  'status',
  'submodule',
  'tar',
  'transfer',
  'uploadpack',
  'url',
  'versionsort',
  'web',
  'worktree',
]);

const isTrue = (v: string | null) => v === null || /^(true|yes|on|1)$/i.test(v);
const isFalse = (v: string | null) => v !== null && /^(false|no|off|0|)$/i.test(v);
const any = () => true;

/** core settings with the values under which git commits as this writer does. */
const CORE: Record<string, (v: string | null) => boolean> = {
  repositoryformatversion: (v) => v === '0' || v === '1',
  bare: isFalse,
  filemode: (v) => isTrue(v) || isFalse(v),
  logallrefupdates: isTrue,
  ignorecase: isFalse,
  autocrlf: isFalse,
  symlinks: any,
  editor: any,
  pager: any,
  abbrev: any,
  quotepath: any,
  whitespace: any,
  askpass: any,
  sshcommand: any,
  excludesfile: any,
  trustctime: any,
  checkstat: any,
  preloadindex: any,
  safecrlf: any,
  compression: any,
  loosecompression: any,
  warnambiguousrefs: any,
  commentchar: any,
};

/** Files in the git folder whose presence means a command is under way or a hook would run. */
const BUSY = [
  'MERGE_HEAD',
  'CHERRY_PICK_HEAD',
  'REVERT_HEAD',
  'MERGE_RR',
  'rebase-merge',
  'rebase-apply',
  'sequencer',
  // git's rerere records after each commit where this folder exists.
  'rr-cache',
  // Replacement objects: git builds on what they replace HEAD's objects with.
  'refs/replace',
  'hooks/prepare-commit-msg',
  'hooks/post-commit',
  'hooks/post-index-change',
  'hooks/reference-transaction',
  'info/attributes',
];

interface Identity {
  name: string;
  email: string;
  /** Whether git takes the executable bit from the file (core.fileMode). */
  fileMode: boolean;
}

/** The identity and settings git would commit with, when every setting is one this writer follows; else null. */
function settingsFor(config: ConfigEntry[]): Identity | null {
  let name: string | null = null;
  let email: string | null = null;
  let fileMode = true;
  for (const e of config) {
    if (e.section === 'user' && e.subsection === null) {
      if (e.key === 'name') name = e.value;
      else if (e.key === 'email') email = e.value;
      else if (e.key !== 'useconfigonly') return null;
    } else if (e.section === 'core' && e.subsection === null) {
      const allowed = CORE[e.key];
      if (!allowed || !allowed(e.value)) return null;
      if (e.key === 'filemode') fileMode = isTrue(e.value);
    } else if (!INERT_SECTIONS.has(e.section)) return null;
  }
  // git drops some characters from an identity; one it would write otherwise is left to git.
  if (!name || !email || withoutCrud(name) !== name || withoutCrud(email) !== email || NONCHARACTER.test(name + email)) return null;
  return { name, email, fileMode };
}

/** ident.c, strbuf_addstr_without_crud: an identity's name or address as git writes it. */
function withoutCrud(s: string): string {
  const crud = (c: string) => c.charCodeAt(0) <= 32 || '.,:;<>"\\\''.includes(c);
  let a = 0;
  let b = s.length;
  while (a < b && crud(s[a])) a++;
  while (b > a && crud(s[b - 1])) b--;
  return s.slice(a, b).replace(/[\n<>]/g, '');
}

/**
 * The message as `git commit -m` stores it (cleanup mode "whitespace": trailing whitespace of each
 * line dropped, runs of empty lines made one, none at the start or the end), or null for a message
 * git might read otherwise (control characters but newline and tab).
 */
function cleanMessage(message: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\0-\x08\x0b-\x1f\x7f]/.test(message.replace(/\r\n/g, '\n').replace(/\r/g, '')) || NONCHARACTER.test(message)) return null;
  const lines = message.split('\n').map((l) => l.replace(/[ \t\r]+$/, ''));
  const out: string[] = [];
  for (const l of lines) if (l || (out.length && out[out.length - 1])) out.push(l);
  while (out.length && !out[out.length - 1]) out.pop();
  return out.length ? out.join('\n') + '\n' : null;
}

/**
 * Unicode noncharacters: git's verify_utf8 re-encodes them byte by byte before writing a commit.
 * A message or identity holding one is left to git.
 */
const NONCHARACTER =
  /[\u{FDD0}-\u{FDEF}]|[\u{FFFE}\u{FFFF}\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;

/** refs.c, copy_reflog_msg: whitespace runs made one space, none at the start or the end. */
function reflogMessage(s: string): string {
  return s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
}

/** "+0100": the local offset from UTC at `date`, as git writes it. */
function zone(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function objectId(type: string, body: Buffer): { id: string; raw: Buffer } {
  const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  return { id: createHash('sha1').update(raw).digest('hex'), raw };
}

/** Writes a loose object as git does: a read-only temporary file in its folder, linked to its name. */
function writeObject(dir: string, id: string, raw: Buffer): void {
  const folder = path.join(dir, 'objects', id.slice(0, 2));
  const file = path.join(folder, id.slice(2));
  if (exists(file)) {
    // As git does for an object it would write again: freshened, so that a concurrent prune of
    // old unreachable objects does not take it away from under the new commit.
    const now = new Date();
    utimesSync(file, now, now);
    return;
  }
  mkdirSync(folder, { recursive: true });
  const tmp = path.join(folder, `tmp_obj_${randomBytes(6).toString('hex')}`);
  // Level 1, git's default for loose objects (core.looseCompression); the id does not depend on it.
  writeFileSync(tmp, deflateSync(raw, { level: 1 }), { flag: 'wx', mode: 0o444 });
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(tmp);
  }
}

/** A lock file as git takes one (created only if absent); null when it is taken. */
function takeLock(file: string): string | null {
  const lock = `${file}.lock`;
  try {
    closeSync(openSync(lock, 'wx'));
    return lock;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw err;
  }
}

/** Whether a file exists (an unreadable place counts as existing: git's call). */
function exists(f: string): boolean {
  try {
    lstatSync(f);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * Commits exactly `paths` on the checked-out branch: written into git's files where that is certainly
 * what git writes (commitFromFiles: no process), else by git (commitPaths, which also adds `newPaths`,
 * files new to the repository).
 */
export async function commitRegistryPaths(repo: GitRepo, paths: string[], message: string, newPaths: string[]): Promise<string> {
  const fromFiles = !newPaths.length && repo.branch ? await commitFromFiles(repo.root, repo.branch, paths, message) : null;
  return fromFiles ?? (await commitPaths(repo, paths, message, newPaths));
}

/**
 * Commits exactly `paths` (tracked regular files, already written) on `branch` as git would, or
 * returns null without changing anything when this repository's state is not one written here
 * (see above): then run git. Throws only when writing fails halfway (the locks are released; the
 * branch and the index are as they were).
 */
export async function commitFromFiles(root: string, branch: string, paths: string[], message: string): Promise<string | null> {
  if (Object.keys(process.env).some((k) => k.startsWith('GIT_') && !INERT_ENV.test(k)) || !paths.length) return null;
  // A time zone given as a POSIX rule ("<+0330>-3:30"): the C library and JavaScript may read it
  // differently, and git takes the C library's offset.
  const tz = process.env.TZ;
  if (tz !== undefined && tz !== '' && !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return null;
  const dir = path.join(root, '.git');
  // Synchronous file calls throughout: a few small files, read and written one after the other
  // (each asynchronous call would wait for a thread-pool round trip).
  if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) return null;
  const text = cleanMessage(message);
  const config = await configFromFiles(dir);
  const settings = config && settingsFor(config);
  if (!settings || !text) return null;
  const home = process.env.HOME as string; // configFromFiles answers only with HOME set
  const folders = new Set(['', ...paths.flatMap(foldersAbove)]);
  const busy = [
    ...BUSY.map((f) => path.join(dir, f)),
    path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'git', 'attributes'),
    '/etc/gitattributes',
    ...[...folders].map((f) => path.join(root, f, '.gitattributes')),
  ];
  const ref = `refs/heads/${branch}`;
  const onBranch = () => readFileSync(path.join(dir, 'HEAD'), 'utf8').trim() === `ref: ${ref}`;
  if (busy.some(exists) || packedReplaceRefs(dir) || !onBranch()) return null;

  // Locks in git's order: the index, then HEAD (its reflog) and the branch. From here to the end
  // nothing waits on the event loop: a signal's handler (Ctrl-C) runs only once the locks are
  // released, as git releases its own.
  const locks: string[] = [];
  const release = () => {
    for (const l of locks) if (exists(l)) unlinkSync(l);
  };
  try {
    // The branch's folder (a packed-only branch "team/x" may have none).
    mkdirSync(path.dirname(path.join(dir, ref)), { recursive: true });
    for (const file of [path.join(dir, 'index'), path.join(dir, 'HEAD'), path.join(dir, ref)]) {
      const lock = takeLock(file);
      if (!lock) return (release(), null);
      locks.push(lock);
    }
    const [indexLock, headLock, refLock] = locks;
    const parent = onBranch() ? refFromFiles(dir, ref) : null;
    const parentTree = parent && commitTree(dir, parent);
    let plan: CommitPlan | null = null;
    try {
      if (parentTree) plan = planCommit(root, readWithStat(path.join(dir, 'index')), parentTree, paths, settings.fileMode);
    } catch {
      // A file gone or become a folder since it was written: git's call (and git's error).
    }
    if (!parent || !plan) return (release(), null);

    const now = new Date();
    const ident = `${settings.name} <${settings.email}> ${Math.floor(now.getTime() / 1000)} ${zone(now)}`;
    const commit = objectId('commit', Buffer.from(`tree ${plan.tree}\nparent ${parent}\nauthor ${ident}\ncommitter ${ident}\n\n${text}`));
    for (const o of [...plan.objects, commit]) writeObject(dir, o.id, o.raw);
    writeIndex(indexLock, plan.index, plan.newest);
    writeFileSync(path.join(dir, 'COMMIT_EDITMSG'), text);
    // The reflogs (HEAD's, then the branch's) before the branch moves, as git writes them.
    const log = `${parent} ${commit.id} ${ident}\t${reflogMessage(`commit: ${text.split('\n')[0]}`)}\n`;
    writeFileSync(refLock, `${commit.id}\n`);
    for (const logFile of [path.join(dir, 'logs/HEAD'), path.join(dir, 'logs', ref)]) {
      mkdirSync(path.dirname(logFile), { recursive: true });
      appendFileSync(logFile, log);
    }
    renameSync(refLock, path.join(dir, ref));
    unlinkSync(headLock);
    renameSync(indexLock, path.join(dir, 'index'));
    return commit.id;
  } catch (err) {
    release();
    throw err;
  }
}

interface CommitPlan {
  /** The new root tree's id. */
  tree: string;
  /** The blobs and trees to write. */
  objects: { id: string; raw: Buffer }[];
  /** The new index file. */
  index: Buffer;
  /** The latest modification time among the written files (ns). */
  newest: bigint;
}

/**
 * Writes the index so that its own modification time is later than every written file's: an entry
 * not older than its index is "racily clean", and git (and the next look here) would read the file
 * again to trust it. Where the file system's clock ticks coarsely, that means waiting for the tick.
 */
function writeIndex(file: string, content: Buffer, newest: bigint): void {
  for (let i = 0; ; i++) {
    writeFileSync(file, content);
    if (i === 20 || statSync(file, { bigint: true }).mtimeNs > newest) return;
    // A millisecond's sleep without giving the event loop a turn (see commitFromFiles).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
  }
}

/** Whether packed-refs holds replacement refs (see BUSY for loose ones). */
function packedReplaceRefs(dir: string): boolean {
  const packed = path.join(dir, 'packed-refs');
  return exists(packed) && readFileSync(packed, 'utf8').includes(' refs/replace/');
}

/**
 * The new blobs, trees and index when the index records `parentTree` exactly and each path is a
 * tracked regular file: the written files' entries take their new ids and stat data, and each
 * folder above them a new tree (its entries in the index's order, which is git's tree order; the
 * other folders' ids, and how many entries each holds, from the index's cache of tree ids). Names
 * are compared as bytes and only along the way: decoding every name of a large index would cost
 * more than the rest. Null for anything else.
 */
function planCommit(root: string, index: { bytes: Buffer; st: BigIntStats }, parentTree: string, paths: string[], fileMode: boolean): CommitPlan | null {
  const d = index.bytes;
  // The second the index was written: git compares entries with it to the second.
  const indexSecond = Number(index.st.mtimeNs / 1_000_000_000n);
  const walked = entryPlaces(d);
  if (!walked) return null;
  const { places } = walked;
  // A conflict stage, an assume-unchanged, skip-worktree or intent-to-add mark anywhere: git's call.
  if (places.some((e) => (e.flags & 0xb000) !== 0 || e.extra !== 0)) return null;
  const extensions = extensionsOf(d, walked.after);
  // Only git's cache of tree ids may follow the entries (a resolve-undo record, an untracked cache,
  // an end-of-index marker...: git's call).
  const treeExt = extensions?.length === 1 && extensions[0].signature === 'TREE' ? extensions[0] : null;
  if (!treeExt) return null;
  const cache = treeCache(d.subarray(treeExt.start, treeExt.start + treeExt.size));
  const top = cache.get('');
  if (top?.id !== parentTree || top.entries !== places.length) return null;
  // Paths and folders as their bytes (latin1 keeps each byte one character), whatever their encoding.
  const bytes = (p: string) => Buffer.from(p, 'utf8').toString('latin1');

  const out = Buffer.from(d);
  const objects: { id: string; raw: Buffer }[] = [];
  let newest = 0n;
  let changed = false;
  const ids = new Map<string, string>(); // written file or folder (bytes) -> its new id
  for (const p of paths) {
    const [e, ...more] = entriesNamed(d, places, Buffer.from(p, 'utf8'));
    if (!e || more.length) return null;
    if (ids.has(bytes(p))) return null;
    const indexMode = d.readUInt32BE(e.off + 24);
    if (indexMode !== 0o100644 && indexMode !== 0o100755) return null;
    const { bytes: body, st } = readWithStat(path.join(root, p));
    if (!st.isFile() || lstatSync(path.join(root, p)).isSymbolicLink()) return null;
    if (st.mtimeNs > newest) newest = st.mtimeNs;
    const blob = objectId('blob', body);
    objects.push(blob);
    ids.set(bytes(p), blob.id);
    if (blob.id !== d.toString('hex', e.off + 40, e.off + 60)) changed = true;
    const mode = fileMode ? ((Number(st.mode) & 0o100) !== 0 ? 0o100755 : 0o100644) : indexMode;
    const u32 = (n: bigint) => Number(n & 0xffffffffn);
    const fields = [
      u32(st.ctimeNs / 1_000_000_000n),
      Number(st.ctimeNs % 1_000_000_000n),
      u32(st.mtimeNs / 1_000_000_000n),
      Number(st.mtimeNs % 1_000_000_000n),
      u32(st.dev),
      u32(st.ino),
      mode,
      u32(st.uid),
      u32(st.gid),
      u32(st.size),
    ];
    fields.forEach((v, k) => out.writeUInt32BE(v, e.off + 4 * k));
    out.write(blob.id, e.off + 40, 'hex');
  }
  // Nothing changed: git's call (it refuses an empty commit).
  if (!changed) return null;

  // Folders above the written files, deepest first. A folder's entries are one run of the index
  // (from the first name after "folder/", as many as the cache says); a subfolder's run is skipped
  // by its own count.
  const folders = new Set(['', ...paths.map(bytes).flatMap(foldersAbove)]);
  // An attributes file git would read from the index (one deleted from the work tree): git's call.
  for (const f of folders) if (entriesNamed(d, places, Buffer.from(f ? `${f}/.gitattributes` : '.gitattributes', 'latin1')).length) return null;
  const depth = (f: string) => (f ? f.split('/').length : 0);
  for (const folder of [...folders].sort((a, b) => depth(b) - depth(a))) {
    const cached = cache.get(folder);
    if (!cached || cached.idAt < 0) return null;
    const prefix = folder ? Buffer.from(`${folder}/`, 'latin1') : Buffer.alloc(0);
    const start = folder ? firstFrom(d, places, prefix) : 0;
    const parts: Buffer[] = [];
    for (let i = start; i < start + cached.entries;) {
      const e = places[i] as EntryPlace | undefined;
      if (!e || e.nameLength <= prefix.length || d.compare(prefix, 0, prefix.length, e.nameStart, e.nameStart + prefix.length) !== 0) return null;
      const nameEnd = e.nameStart + e.nameLength;
      const from = e.nameStart + prefix.length;
      const slash = d.indexOf(0x2f, from);
      if (slash < 0 || slash >= nameEnd) {
        const mode = out.readUInt32BE(e.off + 24);
        parts.push(Buffer.from(`${mode.toString(8)} `), d.subarray(from, nameEnd + 1), out.subarray(e.off + 40, e.off + 60));
        i++;
        continue;
      }
      const sub = d.toString('latin1', from, slash);
      const subPath = folder ? `${folder}/${sub}` : sub;
      const subCache = cache.get(subPath);
      const id = ids.get(subPath) ?? subCache?.id;
      if (!id || !subCache || subCache.entries <= 0) return null;
      parts.push(Buffer.from(`40000 ${sub}\0`, 'latin1'), Buffer.from(id, 'hex'));
      i += subCache.entries;
    }
    const tree = objectId('tree', Buffer.concat(parts));
    objects.push(tree);
    ids.set(folder, tree.id);
    out.write(tree.id, treeExt.start + cached.idAt, 'hex');
  }
  // Entries git would read again ("racily clean": modified in the second the old index was
  // written, or later; git compares seconds here) keep their stat data only if their content is
  // still the recorded one; otherwise their size is made 0, as git does, so that the edit stays
  // visible once the new index, written later, no longer makes them look racy.
  const written = new Set(paths.map(bytes));
  for (const e of places) {
    const mode = d.readUInt32BE(e.off + 24);
    if (d.readUInt32BE(e.off + 8) < indexSecond || mode === 0o160000) continue;
    const name = d.toString('latin1', e.nameStart, e.nameStart + e.nameLength);
    if (written.has(name)) continue;
    let same = false;
    if (mode === 0o100644 || mode === 0o100755) {
      try {
        same = objectId('blob', readFileSync(path.join(root, Buffer.from(name, 'latin1').toString('utf8')))).id === d.toString('hex', e.off + 40, e.off + 60);
      } catch {
        // Gone or unreadable: changed.
      }
    }
    if (!same) out.writeUInt32BE(0, e.off + 36);
  }
  const tree = ids.get('') as string;
  createHash('sha1')
    .update(out.subarray(0, out.length - 20))
    .digest()
    .copy(out, out.length - 20);
  return { tree, objects, index: out, newest };
}
