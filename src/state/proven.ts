import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaFingerprint } from '../core/schema.js';
import { gitDir } from '../git/repo.js';

/**
 * Proven texts of the registry's documents (registry.json, archived history files, config.json).
 * The full read check of a large registry.json (duplicate keys, depth, every history entry against
 * the schema) costs more than the rest of a deploy; the bytes it passed need not be checked again. `<git dir>/mreg-proven` lists recent texts that passed it,
 * each by the sha256 of the text (with the schema build's fingerprint, so a stricter schema
 * re-checks) and by the stamp of the file that held it (inode, size, mtime and ctime in ns: a
 * write or a replacement changes them, and ctime cannot be set back), so a proven file that is
 * still the same file is not even hashed. Recorded by a full check, or by a commit whose change
 * checkChange proved on top of a proven text. Anything else (a pull, a hand edit) is checked in
 * full. The file lives inside .git, which only those who can already rewrite the repository can write.
 */
const PROVEN_FILE = 'mreg-proven';
const PROVEN_KEEP = 128;

export function registryDigest(text: string): string {
  return createHash('sha256').update(schemaFingerprint()).update('\0').update(text).digest('hex');
}

export function provenList(root: string): { file: string; entries: string[] } | null {
  const dir = gitDir(root);
  if (!dir) return null;
  const file = path.join(dir, PROVEN_FILE);
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Nothing proven yet.
  }
  const entries = text.split('\n').filter((l) => /^([0-9a-f]{64}|stamp [0-9a-f]{16}(:\d+){4})$/.test(l));
  return { file, entries };
}

/** Synchronous: a small file, read and replaced while a change is being written (see writeAtomic). */
export function recordProven(root: string, add: string[]): void {
  const list = provenList(root);
  if (!list) return;
  const fresh = add.filter((e) => !list.entries.includes(e));
  if (!fresh.length) return;
  const next = [...list.entries, ...fresh].slice(-PROVEN_KEEP);
  const tmp = `${list.file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, next.join('\n') + '\n');
    renameSync(tmp, list.file);
  } catch {
    // Best effort: a read-only .git only means the next read checks in full again.
  }
}

/**
 * A small document's text (config.json), by its kind too: a text proven as one kind of document
 * proves nothing of another.
 */
export function documentDigest(kind: string, text: string): string {
  return createHash('sha256').update(schemaFingerprint()).update('\0').update(kind).update('\0').update(text).digest('hex');
}

/** Which file version this is: the schema build, inode, size, and modification and change times to the nanosecond. */
export function stampOf(st: { ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint }): string {
  return `${schemaFingerprint().slice(0, 16)}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}
