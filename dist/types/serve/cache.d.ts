import type { ArtifactMetadata, RegistryConfig } from '../core/documents.js';
import { type ArtifactStore, type StoreOptions } from '../store/index.js';
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
export declare class ServeCache {
    readonly o: ArtifactCacheOptions;
    constructor(o: ArtifactCacheOptions);
    get activeLink(): string;
    /** Downloads to staging, verifies sha256 and size, renames into artifacts/ (or finds it there). */
    fetch(meta: ArtifactMetadata, base?: ArtifactMetadata): Promise<CachedArtifact>;
    /**
     * Whether every file of `meta` has a verified copy (its sha256 sidecar) in the cache: a switch to
     * it would not download. Cheap (no hashing); fetch still checks the copy before it is used.
     */
    has(meta: ArtifactMetadata): Promise<boolean>;
    /**
     * Re-hashes every cached file of `a` (and of its base) against the registry's sha256, whatever
     * the stamps say. Wrong files are deleted (the next fetch downloads them again); returns them.
     */
    scrub(a: CachedArtifact): Promise<string[]>;
    /** Where `active` points now (absolute), or null. */
    activeTarget(): Promise<string | null>;
    /**
     * Points `<dir>/active` at `target` atomically: a new symlink under a temporary name, then
     * rename(2) over the old one. A reader (llama-server started with `-m <cache>/active`, a human)
     * sees the old target or the new one, never a missing link. Relative, so the cache folder can
     * be mounted elsewhere (a sidecar and its server see the same volume at different paths).
     */
    pointActive(target: string | null): Promise<void>;
    private get recentFile();
    /**
     * Records `a` as the most recently activated and deletes the cached files of artifacts beyond
     * the newest `keep` (only our local copies: the store is never touched). Files still used by a
     * kept artifact (a LoRA base shared by several adapters) stay.
     */
    remember(a: CachedArtifact): Promise<string[]>;
}
