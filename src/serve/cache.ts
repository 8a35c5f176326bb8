import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatArtifactId } from '../core/naming.js';
import type { ArtifactMetadata, RegistryConfig } from '../core/documents.js';
import {
  artifactFiles,
  cachedFilePaths,
  downloadArtifact,
  fsyncDir,
  scrubCachedFile,
  type ArtifactStore,
  type StoreOptions,
} from '../store/index.js';

/** An artifact verified in the local cache, ready to load. */
export interface CachedArtifact {
  id: string;
  meta: ArtifactMetadata;
  /** The main file. */
  path: string;
  /** Every file (a full fine-tune has several). */
  paths: string[];
  /** A LoRA adapter's base model, verified against the adapter's sha256 pin. */
  base?: CachedArtifact;
  downloaded: boolean;
}

export interface ArtifactCacheOptions {
  dir: string;
  /** How many verified artifacts to keep for instant rollbacks (config cache.keep, default 3). */
  keep: number;
  /** The configured store, preferred for its credentials/endpoint; absolute URIs work without it. */
  store?: ArtifactStore;
  storeOptions?: StoreOptions;
  download?: Partial<RegistryConfig['download']>;
}

/**
 * The serving side of the cache: `<dir>/artifacts/` (verified copies, written by the store's
 * fetchArtifact through `<dir>/staging/`), `<dir>/active` (a symlink to what is being served) and
 * `<dir>/serve-recent.json` (most recently activated first, which decides what pruning keeps).
 */
export class ServeCache {
  constructor(readonly o: ArtifactCacheOptions) {}

  get activeLink(): string {
    return path.join(this.o.dir, 'active');
  }

  /** Downloads to staging, verifies sha256 and size, renames into artifacts/ (or finds it there). */
  async fetch(meta: ArtifactMetadata, base?: ArtifactMetadata): Promise<CachedArtifact> {
    const id = formatArtifactId(meta);
    const baseArtifact = base ? await this.fetch(base) : undefined;
    const r = await downloadArtifact(meta, {
      cacheDir: this.o.dir,
      store: this.o.store,
      storeOptions: { ...this.o.storeOptions, download: this.o.download ?? this.o.storeOptions?.download },
    });
    return { id, meta, path: r.path, paths: r.paths, base: baseArtifact, downloaded: r.downloaded };
  }

  /**
   * Whether every file of `meta` has a verified copy (its sha256 sidecar) in the cache: a switch to
   * it would not download. Cheap (no hashing); fetch still checks the copy before it is used.
   */
  async has(meta: ArtifactMetadata): Promise<boolean> {
    for (const p of cachedFilePaths(meta, this.o.dir)) if (!(await stat(`${p}.sha256`).catch(() => null))) return false;
    return true;
  }

  /**
   * Re-hashes every cached file of `a` (and of its base) against the registry's sha256, whatever
   * the stamps say. Wrong files are deleted (the next fetch downloads them again); returns them.
   */
  async scrub(a: CachedArtifact): Promise<string[]> {
    const discarded: string[] = [];
    const files = artifactFiles(a.meta);
    for (const [i, p] of a.paths.entries()) {
      const f = files[i];
      if (f && (await scrubCachedFile(p, f.sha256)) === 'discarded') discarded.push(p);
    }
    if (a.base) discarded.push(...(await this.scrub(a.base)));
    return discarded;
  }

  /** Where `active` points now (absolute), or null. */
  async activeTarget(): Promise<string | null> {
    const t = await readlink(this.activeLink).catch(() => null);
    return t === null ? null : path.resolve(this.o.dir, t);
  }

  /**
   * Points `<dir>/active` at `target` atomically: a new symlink under a temporary name, then
   * rename(2) over the old one. A reader (llama-server started with `-m <cache>/active`, a human)
   * sees the old target or the new one, never a missing link. Relative, so the cache folder can
   * be mounted elsewhere (a sidecar and its server see the same volume at different paths).
   */
  async pointActive(target: string | null): Promise<void> {
    if (target === null) {
      await rm(this.activeLink, { force: true });
      return;
    }
    await mkdir(this.o.dir, { recursive: true });
    const tmp = path.join(this.o.dir, `.active.${process.pid}.${randomBytes(4).toString('hex')}`);
    await symlink(path.relative(this.o.dir, target), tmp);
    try {
      await rename(tmp, this.activeLink);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    await fsyncDir(this.o.dir);
  }

  private get recentFile(): string {
    return path.join(this.o.dir, 'serve-recent.json');
  }

  /**
   * Records `a` as the most recently activated and deletes the cached files of artifacts beyond
   * the newest `keep` (only our local copies: the store is never touched). Files still used by a
   * kept artifact (a LoRA base shared by several adapters) stay.
   */
  async remember(a: CachedArtifact): Promise<string[]> {
    type Entry = { id: string; paths: string[] };
    const recent: Entry[] = await readFile(this.recentFile, 'utf8').then(
      (t) => JSON.parse(t) as Entry[],
      () => [],
    );
    const entry: Entry = { id: a.id, paths: [...a.paths, ...(a.base ? a.base.paths : [])] };
    const next = [entry, ...recent.filter((e) => e.id !== a.id)];
    const keep = Math.max(1, this.o.keep);
    const kept = next.slice(0, keep);
    const dropped = next.slice(keep);
    const keptPaths = new Set(kept.flatMap((e) => e.paths));
    const removed: string[] = [];
    for (const e of dropped) {
      for (const p of e.paths) {
        if (keptPaths.has(p)) continue;
        // Only ever inside our artifacts folder, whatever the JSON says.
        if (path.relative(path.join(this.o.dir, 'artifacts'), p).startsWith('..')) continue;
        await rm(p, { force: true });
        await rm(`${p}.sha256`, { force: true });
        removed.push(p);
      }
    }
    const tmp = `${this.recentFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(kept, null, 2) + '\n');
    await rename(tmp, this.recentFile);
    return removed;
  }
}
