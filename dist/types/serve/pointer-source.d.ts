import { type ArtifactRef } from '../core/naming.js';
import type { ArtifactMetadata, HistoryEntry, Pointer } from '../core/documents.js';
/**
 * What every pointer source emits for the environment it follows: the pointer (null when the
 * environment has nothing deployed), the registry revision it was read at (a commit, an ETag or a
 * content hash) and, when the source carries it, the artifact's metadata (a rendered ConfigMap
 * does, so a loader inside a cluster needs neither the repository nor the store's metadata JSON).
 */
export interface PointerUpdate {
    env: string;
    pointer: Pointer | null;
    revision: string;
    metadata?: ArtifactMetadata;
    /** A LoRA adapter's base, when the source carries it. */
    baseMetadata?: ArtifactMetadata;
    /**
     * The registry's newest history id when it was read: every pointer move adds a history entry,
     * so a larger id is a newer registry state (orders pointers across commits without git).
     */
    historyId?: number;
    /** When the pointer's history entry was committed (ISO 8601): the start of the follow lag. */
    committedAt?: string;
    /** The environment's previous known-good version (what a rollback returns to), for pre-fetching. */
    previous?: Pointer | null;
    previousMetadata?: ArtifactMetadata;
    /** The canary beside `pointer`, when the environment runs one: the instances whose role is canary follow it. */
    canary?: CanaryUpdate;
}
export interface CanaryUpdate {
    /** The canary's artifact as a pointer (history_id: the canary's entry). */
    pointer: Pointer;
    percent: number;
    metadata?: ArtifactMetadata;
    baseMetadata?: ArtifactMetadata;
}
export interface PointerSource {
    /** For logs and /model-info: `file:/abs/registry/registry.json`, `git+file:///r.git#main`, ... */
    readonly description: string;
    /**
     * Starts following. `onUpdate` is called with the first reading and then each time the
     * pointer or revision changes; `onError` for a reading that failed (the source keeps trying).
     */
    start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void>;
    /** The metadata of an artifact at a revision, when the source can read registry/models/. */
    readMetadata?(ref: ArtifactRef, revision: string): Promise<ArtifactMetadata | undefined>;
    close(): Promise<void>;
}
/**
 * The pointer document `mreg k8s configmap` renders under the `pointer.json` key: one
 * environment's pointer plus everything a loader needs to fetch and verify the artifact
 * (uri, sha256, size, and a LoRA's base), and the registry commit it was rendered from.
 */
export interface PointerDocument {
    schema_version: 1;
    kind: 'mreg-pointer';
    environment: string;
    /** The registry commit the document was rendered from. */
    revision: string;
    pointer: Pointer | null;
    artifact: ArtifactMetadata | null;
    base_artifact?: ArtifactMetadata;
    /** The registry's newest history id at that commit: `mreg k8s apply` never replaces a larger one. */
    history_id?: number;
    /** When the pointer's history entry was made. */
    committed_at?: string;
    /** The previous known-good version of the environment (pre-fetched so a rollback never downloads). */
    previous?: Pointer | null;
    previous_artifact?: ArtifactMetadata;
    /** The canary's artifact (and a LoRA canary's base), when `pointer.canary` is set. */
    canary_artifact?: ArtifactMetadata;
    canary_base_artifact?: ArtifactMetadata;
}
export declare const POINTER_FILE = "pointer.json";
export declare function contentRevision(text: string): string;
/**
 * Reads either a `registry.json` (the whole registry) or a pointer document, for one environment.
 * The shape decides; both are validated before anything acts on them.
 */
export declare function parsePointerText(text: string, file: string, env: string, fallbackRevision?: string): PointerUpdate;
/**
 * When the environment's current state was committed, the start of the follow lag: the pointer's
 * entry, or the newer canary step or abort that some servers switch for.
 */
export declare function committedAtOf(history: HistoryEntry[], env: string, pointer: Pointer | null): string | undefined;
export declare function newestHistoryId(history: HistoryEntry[]): number;
/**
 * The version a rollback of `env` would most likely return to: its newest history entry that was
 * not rolled back and names another artifact than the current pointer. Null when there is none.
 */
export declare function previousKnownGood(history: HistoryEntry[], env: string, current: Pointer | null): Pointer | null;
export declare function renderPointerDocument(o: {
    env: string;
    revision: string;
    pointer: Pointer | null;
    artifact: ArtifactMetadata | null;
    base?: ArtifactMetadata;
    historyId?: number;
    committedAt?: string;
    previous?: Pointer | null;
    previousArtifact?: ArtifactMetadata;
    canaryArtifact?: ArtifactMetadata;
    canaryBase?: ArtifactMetadata;
}): PointerDocument;
/**
 * A polling source reports a persisting problem once, not on every poll; a successful read
 * re-arms it, so the next different (or recurring) problem is reported again.
 */
export declare class ErrorOnce {
    private last;
    ok(): void;
    report(err: unknown, onError: (err: Error) => void): void;
}
/**
 * The per-source polling limits. A fleet multiplies every poll: a thousand servers polling every
 * 5 s make 200 requests a second. Polls against another machine may not be more frequent than
 * these floors (loopback and file:// remotes, a developer's set-up and the tests, have none):
 */
export declare const POLL_FLOOR_MS: {
    /** Any http(s) server: one conditional GET (304, no body when unchanged) per poll. */
    readonly http: 1000;
    /** Any git remote: one `git ls-remote` (a ref advertisement) per poll. */
    readonly git: 5000;
    /** GitHub (github.com, api.github.com, raw.githubusercontent.com): 5,000 requests an hour per token. */
    readonly github: 15000;
};
/** The smallest poll interval for a source at `url` (0 for loopback and local remotes). */
export declare function pollFloorMs(kind: 'http' | 'git', url: string): number;
/** Refuses a poll interval below the floor for where the source points (see POLL_FLOOR_MS). */
export declare function checkPollInterval(kind: 'http' | 'git', url: string, pollMs: number): void;
/**
 * When a polling source polls. Servers started together (a rollout) must not poll in lockstep,
 * and each must still poll once per interval: a change is seen within one interval (plus the
 * poll itself), and the source takes one request per server per interval, never more. So the
 * jitter is a phase, not a wobble of every wait: the first wait after the start is uniform in
 * [0, interval), every later poll starts one interval after the previous one started (a slow
 * poll neither pushes the schedule back nor stacks: the wait is never negative). After failures
 * the interval doubles, up to 16 times; never sooner than a server-given Retry-After.
 */
export declare class PollSchedule {
    private readonly pollMs;
    private readonly random;
    private readonly now;
    private lastStart;
    private phased;
    constructor(pollMs: number, random?: () => number, now?: () => number);
    /** Call as a poll starts. */
    started(): void;
    /** Milliseconds to wait, from now, before the next poll. */
    nextDelay(failures: number, retryAfterMs?: number): number;
}
