import { createHash } from 'node:crypto';
import os from 'node:os';
import { MregError, errorMessage } from '../core/errors.js';
import { formatArtifactId, parseArtifactId, storeMetadataKey, type ArtifactRef } from '../core/naming.js';
import type { ArtifactMetadata, Pointer } from '../core/documents.js';
import { canaryRole, type CanaryRole } from '../core/canary.js';
import { parseMetadata } from '../core/schema.js';
import { artifactFiles, type ArtifactStore } from '../store/index.js';
import type { CachedArtifact, ServeCache } from './cache.js';
import type { PointerSource, PointerUpdate } from './pointer-source.js';

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
  retryMs?: { initial: number; max: number };
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

interface Current {
  pointer: Pointer;
  /** Which of the environment's versions this is: the stable one, or the canary beside it. */
  role: CanaryRole;
  revision: string;
  artifact: CachedArtifact;
  loadedAt: string;
  /** The scrub found its bytes changed: switch to it again (re-download, reload). */
  tainted?: boolean;
}

interface Failure {
  artifact: string;
  code: string;
  message: string;
  at: string;
  attempts: number;
  retryAt: string | null;
}

/**
 * Follows one environment's pointer: resolve the artifact's metadata, fetch and verify it into
 * the cache, point `<cache>/active` at it, hand it to the runtime, and only then call it current.
 * One switch at a time; a pointer that moves during a switch is picked up right after it (the
 * newest wins, intermediate versions are skipped). A failed switch keeps the old version, is
 * reported, and retried with exponential backoff until it works or the pointer moves again.
 */
export class Follower {
  private desired: (PointerUpdate & { role: CanaryRole }) | null = null;
  private current: Current | null = null;
  private phase: Phase = 'starting';
  private failure: Failure | null = null;
  private sourceError: string | null = null;
  private running: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private switches = 0;
  private readonly log: Logger;
  /** Activated artifacts still worth scrubbing (the current one and recent rollback targets). */
  private readonly recent = new Map<string, CachedArtifact>();
  private scrubTimer: NodeJS.Timeout | null = null;
  private scrubbing: Promise<string[]> | null = null;
  private wake: (() => void) | null = null;
  private prefetching: Promise<void> | null = null;
  /** Ends the pre-fetch's spread wait early, cancelling it (a switch needs the cache now). */
  private cancelPrefetchWait: (() => void) | null = null;
  /** When the spread delay of the pending switch ends (for /model-info). */
  private waitUntil: string | null = null;

  constructor(private readonly o: FollowerOptions) {
    this.log = o.logger ?? { info: () => undefined, warn: () => undefined };
  }

  async start(): Promise<void> {
    if (this.o.scrubMs && this.o.scrubMs > 0) {
      this.scrubTimer = setInterval(
        () => void this.scrub().catch((err: unknown) => this.log.warn(`scrub failed: ${errorMessage(err)}`)),
        this.o.scrubMs,
      );
      this.scrubTimer.unref();
    }
    await this.o.source.start(
      (u) => this.onUpdate(u),
      (err) => {
        this.sourceError = errorMessage(err);
        this.log.warn(`pointer source ${this.o.source.description}: ${this.sourceError}`);
      },
    );
  }

  /** This instance's name: its download spread and its canary role. */
  get instance(): string {
    return this.o.instance ?? os.hostname();
  }

  /**
   * What this instance follows of an update: the stable version, or the canary when the canary's
   * percent puts this instance's name among the canary instances. A canary instance keeps the
   * stable version as its previous one (pre-fetched, so an abort never downloads).
   */
  private forThisInstance(u: PointerUpdate): PointerUpdate & { role: CanaryRole } {
    const c = u.canary;
    if (!c || !u.pointer || canaryRole(this.instance, c.percent) !== 'canary') return { ...u, role: 'stable' };
    const { canary: _, ...stable } = u.pointer;
    return {
      ...u,
      role: 'canary',
      pointer: c.pointer,
      metadata: c.metadata,
      baseMetadata: c.baseMetadata,
      previous: stable,
      previousMetadata: u.metadata,
    };
  }

  private onUpdate(update: PointerUpdate): void {
    this.sourceError = null;
    const prev = this.desired;
    const u = this.forThisInstance(update);
    this.desired = u;
    const id = u.pointer ? formatArtifactId(u.pointer) : 'nothing';
    if (!prev || idOf(prev.pointer) !== idOf(u.pointer)) {
      this.log.info(`${this.o.env} -> ${id} (registry revision ${u.revision})`);
      // A new target starts with a clean slate: no inherited backoff.
      if (this.failure && this.failure.artifact !== id) this.failure = null;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      // A switch waiting out its spread delay re-decides now (a rollback to a cached version goes at once).
      this.wake?.();
    }
    this.kick();
  }

  private kick(): void {
    if (this.stopped || this.running) return;
    this.running = this.reconcile().finally(() => {
      this.running = null;
    });
  }

  private async reconcile(): Promise<void> {
    while (!this.stopped) {
      const want = this.desired;
      if (!want) return;
      if (!want.pointer) {
        // Nothing deployed: keep whatever is loaded (unloading would turn a registry mistake
        // into an outage) and say so on /health.
        this.phase = this.current ? 'serving' : 'idle';
        return;
      }
      if (this.current && !this.current.tainted && idOf(this.current.pointer) === idOf(want.pointer)) {
        // Same artifact at a newer revision (e.g. another environment moved): no reload.
        this.current.revision = want.revision;
        this.current.pointer = want.pointer;
        this.current.role = want.role;
        this.phase = 'serving';
        this.failure = null;
        return;
      }
      const id = formatArtifactId(want.pointer);
      if (this.failure?.artifact === id && this.failure.retryAt && Date.parse(this.failure.retryAt) > Date.now())
        return;
      const started = performance.now();
      try {
        if (!(await this.switchTo(want))) continue; // superseded while waiting: re-decide
        this.failure = null;
        this.o.observer?.switched({
          outcome: 'success',
          seconds: (performance.now() - started) / 1000,
          lagSeconds: want.committedAt ? Math.max(0, (Date.now() - Date.parse(want.committedAt)) / 1000) : null,
          downloaded: this.current?.artifact.downloaded ?? false,
        });
        this.prefetchPrevious(want);
      } catch (err) {
        if (this.stopped) return;
        this.o.observer?.switched({
          outcome: 'failure',
          seconds: (performance.now() - started) / 1000,
          lagSeconds: null,
          downloaded: false,
        });
        const attempts = this.failure?.artifact === id ? this.failure.attempts + 1 : 1;
        const r = this.o.retryMs ?? { initial: 1000, max: 60_000 };
        const delay = Math.min(r.max, r.initial * 2 ** (attempts - 1));
        this.failure = {
          artifact: id,
          code: err instanceof MregError ? err.code : 'INTERNAL',
          message: errorMessage(err),
          at: new Date().toISOString(),
          attempts,
          retryAt: new Date(Date.now() + delay).toISOString(),
        };
        this.phase = 'failed';
        this.log.warn(
          `switch to ${id} failed (attempt ${attempts}, retrying in ${delay} ms); ${this.current ? `still serving ${this.current.artifact.id}` : 'nothing loaded'}: ${this.failure.message}`,
        );
        // The pointer moved while we failed: go straight to the new one, no backoff.
        if (this.desired && idOf(this.desired.pointer) !== id) continue;
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          if (this.failure) this.failure.retryAt = null;
          this.kick();
        }, delay);
        this.retryTimer.unref();
        return;
      }
    }
  }

  /** Switches to `want`; false when the pointer moved on while waiting out the spread delay. */
  private async switchTo(want: PointerUpdate & { role: CanaryRole }): Promise<boolean> {
    const pointer = want.pointer!;
    this.phase = 'fetching';
    const meta = await this.resolveMetadata(pointer, want);
    if (meta.status === 'blocked')
      this.log.warn(
        `${formatArtifactId(meta)} is blocked (${meta.blocked_reason ?? 'no reason'}), but ${this.o.env} points at it; loading it`,
      );
    const base = meta.base ? await this.resolveBase(meta, want) : undefined;
    const id = formatArtifactId(meta);
    const delay = this.spreadDelayMs(id);
    // Only a server that serves something waits: a new one has nothing to serve meanwhile.
    if (delay > 0 && this.current && !((await this.o.cache.has(meta)) && (!base || (await this.o.cache.has(base))))) {
      this.phase = 'waiting';
      this.waitUntil = new Date(Date.now() + delay).toISOString();
      this.log.info(
        `${id} is not cached: downloading it in ${(delay / 1000).toFixed(1)} s (rollout.spread_s ${this.o.spreadS} spreads the fleet's downloads)`,
      );
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = null;
      this.waitUntil = null;
      if (this.stopped || idOf(this.desired?.pointer) !== idOf(pointer)) return false;
      this.phase = 'fetching';
    }
    // A pre-fetch still waiting its turn is dropped; one downloading (maybe this very version,
    // into the same staging file) is let finish.
    this.cancelPrefetchWait?.();
    await this.prefetching;
    const artifact = await this.o.cache.fetch(meta, base);
    if (artifact.downloaded)
      this.o.observer?.fetched(bytesOf(meta) + (base && artifact.base?.downloaded ? bytesOf(base) : 0), 'switch');
    this.log.info(
      `${artifact.id}: ${artifact.downloaded ? 'downloaded and verified' : 'verified copy in the cache'} (${artifact.path})`,
    );
    const previous = await this.o.cache.activeTarget();
    await this.o.cache.pointActive(artifact.path);
    this.phase = 'loading';
    try {
      await this.o.runtime.activate(artifact);
    } catch (err) {
      // The link must keep naming what is really served.
      await this.o.cache.pointActive(previous).catch(() => undefined);
      throw err;
    }
    this.current = { pointer, role: want.role, revision: want.revision, artifact, loadedAt: new Date().toISOString() };
    // Serving it from here on: /health must not report the earlier failed attempt meanwhile.
    this.failure = null;
    this.recent.delete(artifact.id);
    this.recent.set(artifact.id, artifact);
    for (const id of [...this.recent.keys()].slice(0, Math.max(0, this.recent.size - Math.max(1, this.o.cache.o.keep))))
      this.recent.delete(id);
    this.phase = 'serving';
    this.switches++;
    this.log.info(
      `serving ${artifact.id} (${this.o.env}${want.canary ? `, role ${want.role} at canary ${want.canary.percent}%` : ''}, registry revision ${want.revision})`,
    );
    try {
      const removed = await this.o.cache.remember(artifact);
      for (const p of removed) this.log.info(`pruned ${p} from the cache (keeping the last ${this.o.cache.o.keep})`);
    } catch (err) {
      this.log.warn(`cache bookkeeping failed (serving is unaffected): ${errorMessage(err)}`);
    }
    return true;
  }

  /** Deterministic per instance and artifact, uniform over [0, spread_s). */
  spreadDelayMs(artifactId: string): number {
    const s = this.o.spreadS ?? 0;
    if (!(s > 0)) return 0;
    const h = createHash('sha256').update(`${this.instance}\0${artifactId}`).digest();
    return Math.floor((h.readUInt32BE(0) / 2 ** 32) * s * 1000);
  }

  /**
   * Downloads the environment's previous known-good version into the cache in the background
   * (after this instance's spread delay), so that a rollback never downloads. Best effort.
   */
  private prefetchPrevious(want: PointerUpdate): void {
    const prev = want.previous;
    if (!prev || this.o.prefetchPrevious === false || this.prefetching || this.stopped) return;
    const id = formatArtifactId(prev);
    this.prefetching = (async () => {
      const meta =
        want.previousMetadata && formatArtifactId(want.previousMetadata) === id
          ? want.previousMetadata
          : await this.resolveMetadata(prev, { ...want, metadata: undefined });
      if (meta.base || (await this.o.cache.has(meta))) return; // adapters: their base is what costs
      const delay = this.spreadDelayMs(`prefetch:${id}`);
      let cancelled = false;
      if (delay > 0)
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, delay);
          this.cancelPrefetchWait = () => {
            cancelled = true;
            clearTimeout(t);
            resolve();
          };
        });
      this.cancelPrefetchWait = null;
      if (this.stopped || cancelled) return;
      const a = await this.o.cache.fetch(meta);
      if (a.downloaded) {
        this.o.observer?.fetched(bytesOf(meta), 'prefetch');
        this.log.info(`pre-fetched ${id}, the previous version of ${this.o.env}: a rollback to it will not download`);
      }
    })()
      .catch((err: unknown) =>
        this.log.warn(
          `pre-fetching the previous version ${id} failed (a rollback to it would download it): ${errorMessage(err)}`,
        ),
      )
      .finally(() => (this.prefetching = null));
  }

  /** The update's own metadata (a ConfigMap), then the source's registry/models/, then the store. */
  private async resolveMetadata(ref: ArtifactRef, want: PointerUpdate): Promise<ArtifactMetadata> {
    const id = formatArtifactId(ref);
    if (want.metadata && formatArtifactId(want.metadata) === id) return want.metadata;
    const fromSource = await this.o.source.readMetadata?.(ref, want.revision);
    if (fromSource) return fromSource;
    if (this.o.store) {
      const key = storeMetadataKey(ref);
      const bytes = await this.o.store.getBytes(key).catch(() => null);
      if (bytes) return parseMetadata(bytes.toString('utf8'), this.o.store.uriFor(key));
    }
    throw new MregError(
      'NOT_FOUND',
      `no metadata for ${id}: the source ${this.o.source.description} has no registry/models/ entry for it${this.o.store ? ` and the store has no ${this.o.store.uriFor(storeMetadataKey(ref))}` : ' (pass --store URI to read the metadata JSON beside the artifact)'}`,
    );
  }

  private async resolveBase(meta: ArtifactMetadata, want: PointerUpdate): Promise<ArtifactMetadata> {
    const pin = meta.base!;
    const baseRef = parseArtifactId(pin.id);
    const base =
      want.baseMetadata && formatArtifactId(want.baseMetadata) === pin.id
        ? want.baseMetadata
        : await this.resolveMetadata(baseRef, { ...want, metadata: undefined });
    if (base.artifact.sha256 !== pin.sha256) {
      throw new MregError(
        'INTEGRITY',
        `${formatArtifactId(meta)} is pinned to base ${pin.id} sha256 ${pin.sha256}, but that base has sha256 ${base.artifact.sha256}`,
      );
    }
    return base;
  }

  /**
   * Re-hashes the cached files of the active artifact and of the recently activated ones (the
   * periodic scrub; callable directly). A changed file is discarded; when it is the active one, the
   * follower switches to the same artifact again (fresh download, reload). Skipped while a switch
   * runs (that switch verifies what it uses). Returns the discarded paths.
   */
  async scrub(): Promise<string[]> {
    if (this.running || this.stopped) return [];
    this.scrubbing ??= (async () => {
      const bad: string[] = [];
      for (const a of [...this.recent.values()]) {
        const discarded = await this.o.cache.scrub(a);
        if (!discarded.length) continue;
        bad.push(...discarded);
        this.recent.delete(a.id);
        const active = this.current?.artifact.id === a.id;
        this.log.warn(
          `scrub: ${discarded.join(', ')} no longer hash${discarded.length > 1 ? '' : 'es'} to the sha256 the registry records for ${a.id}; discarded${active ? '; downloading it again and reloading' : ''}`,
        );
        if (active && this.current) {
          this.current.tainted = true;
          this.kick();
        }
      }
      return bad;
    })().finally(() => (this.scrubbing = null));
    return this.scrubbing;
  }

  /** For /model-info. */
  info(): Record<string, unknown> {
    const c = this.current;
    const d = this.desired?.pointer ?? null;
    const switching = !!d && (!c || idOf(c.pointer) !== idOf(d));
    return {
      environment: this.o.env,
      model: c?.pointer.model ?? null,
      version: c?.pointer.version ?? null,
      quantization: c?.pointer.quantization ?? null,
      artifact_id: c?.artifact.id ?? null,
      sha256: c?.artifact.meta.artifact.sha256 ?? null,
      path: c?.artifact.path ?? null,
      loaded_at: c?.loadedAt ?? null,
      history_id: c?.pointer.history_id ?? null,
      revision: c?.revision ?? null,
      instance: this.instance,
      role: c?.role ?? null,
      canary_percent: this.desired?.canary?.percent ?? null,
      source: this.o.source.description,
      state: this.phase,
      desired:
        switching || this.failure
          ? {
              model: d?.model ?? null,
              version: d?.version ?? null,
              quantization: d?.quantization ?? null,
              history_id: d?.history_id ?? null,
              revision: this.desired?.revision ?? null,
            }
          : null,
      error: this.failure
        ? {
            code: this.failure.code,
            message: this.failure.message,
            artifact: this.failure.artifact,
            attempts: this.failure.attempts,
            at: this.failure.at,
            retry_at: this.failure.retryAt,
          }
        : null,
      source_error: this.sourceError,
      switches: this.switches,
      ...(this.waitUntil ? { download_at: this.waitUntil } : {}),
    };
  }

  /** For /health: ok only while the desired version is the one being served. */
  health(): { ok: boolean; status: string; reason: string | null; loaded: boolean } {
    const c = this.current;
    const d = this.desired;
    const loaded = !!c;
    if (this.failure) {
      return {
        ok: false,
        status: 'failed',
        loaded,
        reason: `switch to ${this.failure.artifact} failed (${this.failure.code}, attempt ${this.failure.attempts}): ${this.failure.message}; ${c ? `still serving ${c.artifact.id}` : 'nothing loaded'}`,
      };
    }
    if (!d)
      return {
        ok: false,
        status: 'starting',
        loaded,
        reason: this.sourceError
          ? `cannot read the pointer: ${this.sourceError}`
          : 'waiting for the first pointer reading',
      };
    if (!d.pointer)
      return {
        ok: false,
        status: 'no-pointer',
        loaded,
        reason: `environment ${this.o.env} has no active version${c ? `; still serving ${c.artifact.id}` : ''}`,
      };
    if (!c || idOf(c.pointer) !== idOf(d.pointer)) {
      return {
        ok: false,
        status: c ? 'switching' : 'loading',
        loaded,
        reason: `${this.phase === 'waiting' ? `waiting for this server's turn (rollout.spread_s) to download` : this.phase === 'fetching' ? 'fetching' : 'loading'} ${formatArtifactId(d.pointer)}${c ? `; serving ${c.artifact.id} meanwhile` : ''}`,
      };
    }
    return {
      ok: true,
      status: 'ok',
      loaded,
      reason: this.sourceError
        ? `serving the last pointer read; the source currently fails: ${this.sourceError}`
        : null,
    };
  }

  /** What this instance serves now and in which role (null before the first load), for metrics. */
  serving(): { version: string; role: CanaryRole; model: string; quantization: string } | null {
    const c = this.current;
    return c
      ? { model: c.pointer.model, version: c.pointer.version, quantization: c.pointer.quantization, role: c.role }
      : null;
  }

  currentArtifact(): CachedArtifact | null {
    return this.current?.artifact ?? null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    this.cancelPrefetchWait?.();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.scrubTimer) clearInterval(this.scrubTimer);
    await this.scrubbing?.catch(() => undefined);
    await this.o.source.close();
    // A download in flight cannot be interrupted mid-part; do not hold shutdown hostage to it.
    if (this.running) await Promise.race([this.running, new Promise((r) => setTimeout(r, 2000).unref())]);
  }
}

function bytesOf(meta: ArtifactMetadata): number {
  return artifactFiles(meta).reduce((n, f) => n + f.size, 0);
}

function idOf(p: Pointer | null | undefined): string {
  return p ? `${p.model}-v${p.version}-${p.quantization}` : '';
}
