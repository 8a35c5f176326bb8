import type { ArtifactStore } from '../store/index.js';
import type { CachedArtifact, ServeCache } from './cache.js';
import type { PointerSource } from './pointer.js';
/**
 * What follows the registry hands a verified artifact to: the in-process llama.cpp engine
 * (`mreg serve`) or a reload hook for a server we do not own (`mreg agent`). `activate` must
 * leave the old version serving when it throws.
 */
export interface Runtime {
    activate(a: CachedArtifact): Promise<void>;
    close(): Promise<void>;
}
export interface Logger {
    info(message: string): void;
    warn(message: string): void;
}
export interface FollowerOptions {
    env: string;
    source: PointerSource;
    cache: ServeCache;
    runtime: Runtime;
    /** The store whose `<model>/v<x.y.z>/<id>.json` is the metadata of last resort. */
    store?: ArtifactStore;
    logger?: Logger;
    /** Backoff after a failed switch: first delay and ceiling (default 1 s, 60 s). */
    retryMs?: {
        initial: number;
        max: number;
    };
    /**
     * Every this many ms, re-hash the active artifact and the other recently activated ones still in
     * the cache (off when absent or 0). A file that no longer matches its sha256 is discarded; when it
     * is the active one, it is downloaded again and reloaded.
     */
    scrubMs?: number;
}
export type Phase = 'starting' | 'fetching' | 'loading' | 'serving' | 'failed' | 'idle';
/**
 * Follows one environment's pointer: resolve the artifact's metadata, fetch and verify it into
 * the cache, point `<cache>/active` at it, hand it to the runtime, and only then call it current.
 * One switch at a time; a pointer that moves during a switch is picked up right after it (the
 * newest wins, intermediate versions are skipped). A failed switch keeps the old version, is
 * reported, and retried with exponential backoff until it works or the pointer moves again.
 */
export declare class Follower {
    private readonly o;
    private desired;
    private current;
    private phase;
    private failure;
    private sourceError;
    private running;
    private retryTimer;
    private stopped;
    private switches;
    private readonly log;
    /** Activated artifacts still worth scrubbing (the current one and recent rollback targets). */
    private readonly recent;
    private scrubTimer;
    private scrubbing;
    constructor(o: FollowerOptions);
    start(): Promise<void>;
    private onUpdate;
    private kick;
    private reconcile;
    private switchTo;
    /** The update's own metadata (a ConfigMap), then the source's registry/models/, then the store. */
    private resolveMetadata;
    private resolveBase;
    /**
     * Re-hashes the cached files of the active artifact and of the recently activated ones (the
     * periodic scrub; callable directly). A changed file is discarded; when it is the active one, the
     * follower switches to the same artifact again (fresh download, reload). Skipped while a switch
     * runs (that switch verifies what it uses). Returns the discarded paths.
     */
    scrub(): Promise<string[]>;
    /** For /model-info. */
    info(): Record<string, unknown>;
    /** For /health: ok only while the desired version is the one being served. */
    health(): {
        ok: boolean;
        status: string;
        reason: string | null;
        loaded: boolean;
    };
    currentArtifact(): CachedArtifact | null;
    stop(): Promise<void>;
}
