import { createHash } from 'node:crypto';
import { MregError, errorMessage } from '../core/errors.js';
import { parseJsonText } from '../core/json.js';
import { formatArtifactId, type ArtifactRef } from '../core/naming.js';
import type { ArtifactMetadata, HistoryEntry, Pointer, Registry } from '../core/documents.js';
import { checkDocument, parseMetadata } from '../core/schema.js';
import { canaryAsPointer } from '../core/canary.js';
import { movedStable } from '../core/rules.js';

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

export const POINTER_FILE = 'pointer.json';

export function contentRevision(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/**
 * Reads either a `registry.json` (the whole registry) or a pointer document, for one environment.
 * The shape decides; both are validated before anything acts on them.
 */
export function parsePointerText(text: string, file: string, env: string, fallbackRevision?: string): PointerUpdate {
  const raw = parseJsonText(text, file, 64 * 1024 * 1024) as Record<string, unknown>;
  if (raw && typeof raw === 'object' && raw.kind === 'mreg-pointer')
    return parsePointerDocument(raw, file, env, fallbackRevision ?? contentRevision(text));
  const registry = checkDocument<Registry>('registry', raw, file);
  if (!(env in registry.environments)) {
    throw new MregError(
      'NOT_FOUND',
      `${file} has no environment ${JSON.stringify(env)} (it has: ${Object.keys(registry.environments).join(', ') || 'none'})`,
    );
  }
  const pointer = registry.environments[env] ?? null;
  return {
    env,
    pointer,
    revision: fallbackRevision ?? contentRevision(text),
    historyId: newestHistoryId(registry.history),
    committedAt: committedAtOf(registry.history, env, pointer),
    previous: previousKnownGood(registry.history, env, pointer),
    ...(pointer?.canary
      ? { canary: { pointer: canaryAsPointer(pointer, pointer.canary), percent: pointer.canary.percent } }
      : {}),
  };
}

/**
 * When the environment's current state was committed, the start of the follow lag: the pointer's
 * entry, or the newer canary step or abort that some servers switch for.
 */
export function committedAtOf(history: HistoryEntry[], env: string, pointer: Pointer | null): string | undefined {
  if (!pointer) return undefined;
  let newest: HistoryEntry | undefined;
  for (const e of history) if (e.env === env && e.id >= pointer.history_id && (!newest || e.id > newest.id)) newest = e;
  return newest?.deployed_at;
}

export function newestHistoryId(history: HistoryEntry[]): number {
  let id = 0;
  for (const e of history) if (e.id > id) id = e.id;
  return id;
}

/**
 * The version a rollback of `env` would most likely return to: its newest history entry that was
 * not rolled back and names another artifact than the current pointer. Null when there is none.
 */
export function previousKnownGood(history: HistoryEntry[], env: string, current: Pointer | null): Pointer | null {
  const cur = current ? formatArtifactId(current) : '';
  let best: HistoryEntry | null = null;
  for (const e of history) {
    if (e.env !== env || e.rolled_back || !movedStable(e) || formatArtifactId(e) === cur) continue;
    if (!best || e.id > best.id) best = e;
  }
  return best
    ? { model: best.model, version: best.version, quantization: best.quantization, history_id: best.id }
    : null;
}

function parsePointerDocument(
  raw: Record<string, unknown>,
  file: string,
  env: string,
  fallbackRevision: string,
): PointerUpdate {
  if (raw.schema_version !== 1)
    throw new MregError('SCHEMA', `${file}#/schema_version: expected 1, got ${JSON.stringify(raw.schema_version)}`);
  if (raw.environment !== env) {
    throw new MregError(
      'NOT_FOUND',
      `${file} is the pointer of environment ${JSON.stringify(raw.environment)}, not ${JSON.stringify(env)}`,
    );
  }
  const p = raw.pointer as Pointer | null;
  if (
    p !== null &&
    (typeof p !== 'object' ||
      typeof p.model !== 'string' ||
      typeof p.version !== 'string' ||
      typeof p.quantization !== 'string')
  ) {
    throw new MregError('SCHEMA', `${file}#/pointer: expected {model, version, quantization, history_id} or null`);
  }
  const metadata = raw.artifact ? parseMetadata(JSON.stringify(raw.artifact), `${file}#/artifact`) : undefined;
  const baseMetadata = raw.base_artifact
    ? parseMetadata(JSON.stringify(raw.base_artifact), `${file}#/base_artifact`)
    : undefined;
  if (p && metadata && formatArtifactId(metadata) !== formatArtifactId(p)) {
    throw new MregError(
      'SCHEMA',
      `${file}: pointer says ${formatArtifactId(p)} but the artifact metadata is ${formatArtifactId(metadata)}`,
    );
  }
  const revision = typeof raw.revision === 'string' && raw.revision ? raw.revision : fallbackRevision;
  if (raw.history_id !== undefined && !(Number.isInteger(raw.history_id) && (raw.history_id as number) >= 0))
    throw new MregError(
      'SCHEMA',
      `${file}#/history_id: expected a non-negative integer, got ${JSON.stringify(raw.history_id)}`,
    );
  const prev = (raw.previous ?? null) as Pointer | null;
  if (
    prev !== null &&
    (typeof prev !== 'object' ||
      typeof prev.model !== 'string' ||
      typeof prev.version !== 'string' ||
      typeof prev.quantization !== 'string')
  )
    throw new MregError('SCHEMA', `${file}#/previous: expected {model, version, quantization, history_id} or null`);
  const previousMetadata = raw.previous_artifact
    ? parseMetadata(JSON.stringify(raw.previous_artifact), `${file}#/previous_artifact`)
    : undefined;
  const canary = p?.canary ? parseDocumentCanary(raw, file, p) : undefined;
  return {
    env,
    pointer: p,
    revision,
    metadata,
    baseMetadata,
    historyId: raw.history_id as number | undefined,
    committedAt: typeof raw.committed_at === 'string' ? raw.committed_at : undefined,
    previous: prev,
    previousMetadata,
    ...(canary ? { canary } : {}),
  };
}

/** The canary of a pointer document: `pointer.canary` checked, with its artifact's metadata. */
function parseDocumentCanary(raw: Record<string, unknown>, file: string, p: Pointer): CanaryUpdate {
  const c = p.canary!;
  if (
    typeof c !== 'object' ||
    typeof c.version !== 'string' ||
    typeof c.quantization !== 'string' ||
    !Number.isInteger(c.history_id) ||
    !(Number.isInteger(c.percent) && c.percent >= 1 && c.percent <= 99)
  )
    throw new MregError(
      'SCHEMA',
      `${file}#/pointer/canary: expected {version, quantization, history_id, percent (1-99), started_at}`,
    );
  const pointer = canaryAsPointer(p, c);
  const metadata = raw.canary_artifact
    ? parseMetadata(JSON.stringify(raw.canary_artifact), `${file}#/canary_artifact`)
    : undefined;
  if (metadata && formatArtifactId(metadata) !== formatArtifactId(pointer))
    throw new MregError(
      'SCHEMA',
      `${file}: the canary is ${formatArtifactId(pointer)} but the canary artifact metadata is ${formatArtifactId(metadata)}`,
    );
  const baseMetadata = raw.canary_base_artifact
    ? parseMetadata(JSON.stringify(raw.canary_base_artifact), `${file}#/canary_base_artifact`)
    : undefined;
  return { pointer, percent: c.percent, metadata, baseMetadata };
}

export function renderPointerDocument(o: {
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
}): PointerDocument {
  return {
    schema_version: 1,
    kind: 'mreg-pointer',
    environment: o.env,
    revision: o.revision,
    pointer: o.pointer,
    artifact: o.artifact,
    ...(o.base ? { base_artifact: o.base } : {}),
    ...(o.historyId !== undefined ? { history_id: o.historyId } : {}),
    ...(o.committedAt ? { committed_at: o.committedAt } : {}),
    ...(o.previous !== undefined ? { previous: o.previous } : {}),
    ...(o.previousArtifact ? { previous_artifact: o.previousArtifact } : {}),
    ...(o.canaryArtifact ? { canary_artifact: o.canaryArtifact } : {}),
    ...(o.canaryBase ? { canary_base_artifact: o.canaryBase } : {}),
  };
}

/**
 * A polling source reports a persisting problem once, not on every poll; a successful read
 * re-arms it, so the next different (or recurring) problem is reported again.
 */
export class ErrorOnce {
  private last: string | null = null;

  ok(): void {
    this.last = null;
  }

  report(err: unknown, onError: (err: Error) => void): void {
    const msg = errorMessage(err);
    if (msg === this.last) return;
    this.last = msg;
    onError(err instanceof Error ? err : new Error(msg));
  }
}

/**
 * The per-source polling limits. A fleet multiplies every poll: a thousand servers polling every
 * 5 s make 200 requests a second. Polls against another machine may not be more frequent than
 * these floors (loopback and file:// remotes, a developer's set-up and the tests, have none):
 */
export const POLL_FLOOR_MS = {
  /** Any http(s) server: one conditional GET (304, no body when unchanged) per poll. */
  http: 1000,
  /** Any git remote: one `git ls-remote` (a ref advertisement) per poll. */
  git: 5000,
  /** GitHub (github.com, api.github.com, raw.githubusercontent.com): 5,000 requests an hour per token. */
  github: 15_000,
} as const;

const GITHUB = /(^|\.)github\.com$|^raw\.githubusercontent\.com$/;

/** The smallest poll interval for a source at `url` (0 for loopback and local remotes). */
export function pollFloorMs(kind: 'http' | 'git', url: string): number {
  let host = '';
  try {
    host = new URL(url.replace(/^[^@/]+@([^:]+):/, 'ssh://$1/')).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 0;
  }
  if (!host || host === 'localhost' || /^127\./.test(host) || host === '::1') return 0;
  return GITHUB.test(host) ? POLL_FLOOR_MS.github : POLL_FLOOR_MS[kind];
}

/** Refuses a poll interval below the floor for where the source points (see POLL_FLOOR_MS). */
export function checkPollInterval(kind: 'http' | 'git', url: string, pollMs: number): void {
  const floor = pollFloorMs(kind, url);
  if (pollMs < floor)
    throw new MregError(
      'USAGE',
      `poll interval ${pollMs} ms for ${url} is below the ${floor} ms floor for ${floor === POLL_FLOOR_MS.github ? 'GitHub' : `a remote ${kind} source`}: a fleet multiplies every poll (for more than a few dozen servers, follow a ConfigMap with k8s:NAMESPACE/NAME)`,
    );
}

/**
 * When a polling source polls. Servers started together (a rollout) must not poll in lockstep,
 * and each must still poll once per interval: a change is seen within one interval (plus the
 * poll itself), and the source takes one request per server per interval, never more. So the
 * jitter is a phase, not a wobble of every wait: the first wait after the start is uniform in
 * [0, interval), every later poll starts one interval after the previous one started (a slow
 * poll neither pushes the schedule back nor stacks: the wait is never negative). After failures
 * the interval doubles, up to 16 times; never sooner than a server-given Retry-After.
 */
export class PollSchedule {
  private lastStart: number | null = null;
  private phased = false;

  constructor(
    private readonly pollMs: number,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
  ) {}

  /** Call as a poll starts. */
  started(): void {
    this.lastStart = this.now();
  }

  /** Milliseconds to wait, from now, before the next poll. */
  nextDelay(failures: number, retryAfterMs = 0): number {
    const interval = this.pollMs * Math.min(16, 2 ** Math.max(0, failures));
    let wait: number;
    if (!this.phased) {
      this.phased = true;
      wait = Math.floor(this.random() * interval);
    } else {
      wait = Math.max(0, (this.lastStart ?? this.now()) + interval - this.now());
    }
    return Math.max(retryAfterMs, Math.round(wait));
  }
}
