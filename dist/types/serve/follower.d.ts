import { type CanaryRole } from '../core/canary.js';
import { type ArtifactStore } from '../store/index.js';
import type { CachedArtifact, ServeCache } from './cache.js';
import type { PointerSource } from './pointer-source.js';
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
    /**
     * rollout.spread_s: a new version that is not in the cache is downloaded after a delay in
     * [0, spreadS) s that depends only on `instance` and the artifact id, so a fleet's downloads
     * spread evenly over the window instead of hitting the store at the same instant. A version
     * already cached (a rollback) and the very first load of a new server go at once. Default 0.
     */
    spreadS?: number;
    /** This server's name for the spread (default: the host name, a pod's name in Kubernetes). */
    instance?: string;
    /** Pre-fetch the environment's previous known-good version once serving (default true). */
    prefetchPrevious?: boolean;
    /** Switch outcomes, durations, lag and bytes, for /metrics. */
    observer?: FollowerObserver;
}
/** What the follower reports as it works (prometheus-metrics.ts turns it into Prometheus series). */
export interface FollowerObserver {
    switched(o: {
        outcome: 'success' | 'failure';
        seconds: number;
        lagSeconds: number | null;
        downloaded: boolean;
    }): void;
    fetched(bytes: number, why: 'switch' | 'prefetch'): void;
}
export type Phase = 'starting' | 'waiting' | 'fetching' | 'loading' | 'serving' | 'failed' | 'idle';
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
    private wake;
    private prefetching;
    /** Ends the pre-fetch's spread wait early, cancelling it (a switch needs the cache now). */
    private cancelPrefetchWait;
    /** When the spread delay of the pending switch ends (for /model-info). */
    private waitUntil;
    constructor(o: FollowerOptions);
    start(): Promise<void>;
    /** This instance's name: its download spread and its canary role. */
    get instance(): string;
    /**
     * What this instance follows of an update: the stable version, or the canary when the canary's
     * percent puts this instance's name among the canary instances. A canary instance keeps the
     * stable version as its previous one (pre-fetched, so an abort never downloads).
     */
    private forThisInstance;
    private onUpdate;
    private kick;
    private reconcile;
    /** Switches to `want`; false when the pointer moved on while waiting out the spread delay. */
    private switchTo;
    /** Deterministic per instance and artifact, uniform over [0, spread_s). */
    spreadDelayMs(artifactId: string): number;
    /**
     * Downloads the environment's previous known-good version into the cache in the background
     * (after this instance's spread delay), so that a rollback never downloads. Best effort.
     */
    private prefetchPrevious;
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
    /** What this instance serves now and in which role (null before the first load), for metrics. */
    serving(): {
        version: string;
        role: CanaryRole;
        model: string;
        quantization: string;
    } | null;
    currentArtifact(): CachedArtifact | null;
    stop(): Promise<void>;
}
