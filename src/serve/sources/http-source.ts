import { MregError } from '../../core/errors.js';
import { metadataPath, type ArtifactRef } from '../../core/naming.js';
import type { ArtifactMetadata } from '../../core/documents.js';
import { parseMetadata } from '../../core/schema.js';
import {
  checkPollInterval,
  contentRevision,
  PollSchedule,
  parsePointerText,
  type PointerSource,
  type PointerUpdate,
  ErrorOnce,
} from '../pointer-source.js';

export interface HttpSourceOptions {
  url: string;
  env: string;
  pollMs: number;
  /** Default: process.env. */
  environment?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

const GITHUB_HOSTS = new Set(['api.github.com', 'raw.githubusercontent.com', 'github.com']);

/**
 * The Authorization header: `MREG_HTTP_TOKEN` goes to the URL the operator configured;
 * `GITHUB_TOKEN` only ever to GitHub's own hosts, so a token meant for GitHub never leaks to
 * another server named in a source URL.
 */
export function authHeaders(url: URL, env: NodeJS.ProcessEnv): Record<string, string> {
  const h: Record<string, string> = {};
  if (env.MREG_HTTP_TOKEN) h.authorization = `Bearer ${env.MREG_HTTP_TOKEN}`;
  else if (env.GITHUB_TOKEN && GITHUB_HOSTS.has(url.hostname)) h.authorization = `Bearer ${env.GITHUB_TOKEN}`;
  // GitHub's contents API returns the file itself (not base64 JSON) with this media type.
  if (url.hostname === 'api.github.com') h.accept = 'application/vnd.github.raw+json';
  return h;
}

/**
 * Polls an HTTP URL that serves registry.json (or a pointer document) with conditional GETs:
 * `If-None-Match` with the last ETag, so an unchanged file costs a 304 and no body. Works with
 * raw.githubusercontent.com, GitHub's contents API (token from the environment), or any static
 * file server.
 */
export class HttpSource implements PointerSource {
  readonly description: string;
  private etag: string | null = null;
  private lastText: string | null = null;
  private readonly errors = new ErrorOnce();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private closed = false;
  private failures = 0;
  private retryAfterMs = 0;
  private readonly schedule: PollSchedule;
  /** Requests made and what they answered, for the fleet benchmark and the logs. */
  readonly requests = { total: 0, notModified: 0, full: 0 };
  private readonly url: URL;
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly o: HttpSourceOptions) {
    this.schedule = new PollSchedule(o.pollMs);
    try {
      this.url = new URL(o.url);
    } catch {
      throw new MregError('USAGE', `invalid source URL ${JSON.stringify(o.url)}`);
    }
    this.description = o.url;
    this.env = o.environment ?? process.env;
    checkPollInterval('http', o.url, o.pollMs);
  }

  /**
   * One GET, following redirects by hand: only to the same origin (scheme, host and port). A
   * redirect to another origin is refused, so whoever can answer a 3xx at the configured URL
   * cannot hand us a registry (and with it the artifacts to serve) from a server of their choosing.
   */
  private async get(
    url: URL,
    etag: string | null,
  ): Promise<{ status: number; text: string; etag: string | null; retryAfter: string | null }> {
    const signal = AbortSignal.timeout(this.o.timeoutMs ?? 30_000);
    let at = url;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { ...authHeaders(at, this.env), 'user-agent': 'mreg' };
      if (etag) headers['if-none-match'] = etag;
      this.requests.total++;
      const res = await fetch(at, { headers, signal, redirect: 'manual' });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location)
          throw new MregError('SERVE', `${at.href}: HTTP ${res.status} redirect without a Location header`);
        let next: URL;
        try {
          next = new URL(location, at);
        } catch {
          throw new MregError(
            'SERVE',
            `${at.href}: HTTP ${res.status} redirect to an invalid URL ${JSON.stringify(location)}`,
          );
        }
        if (next.origin !== url.origin) {
          throw new MregError(
            'SERVE',
            `${at.href}: HTTP ${res.status} redirects to ${next.href}, another origin than the source ${url.origin}; refusing to follow it (point the source at the final URL if that server is trusted)`,
          );
        }
        if (hop >= MAX_REDIRECTS) throw new MregError('SERVE', `${url.href}: more than ${MAX_REDIRECTS} redirects`);
        at = next;
        continue;
      }
      const text = res.status === 304 ? '' : await res.text();
      return { status: res.status, text, etag: res.headers.get('etag'), retryAfter: res.headers.get('retry-after') };
    }
  }

  private async poll(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    try {
      const r = await this.get(this.url, this.etag);
      this.retryAfterMs = retryAfterMs(r.retryAfter);
      if (r.status === 304) {
        this.requests.notModified++;
        this.failures = 0;
        return;
      }
      if (r.status === 200) this.requests.full++;
      if (r.status !== 200)
        throw new MregError(
          'SERVE',
          `${this.description}: HTTP ${r.status}${r.text ? `: ${r.text.slice(0, 200)}` : ''}`,
        );
      this.etag = r.etag;
      if (r.text === this.lastText) return;
      const update = parsePointerText(
        r.text,
        this.description,
        this.o.env,
        r.etag ? `etag:${r.etag.replace(/^W\//, '').replace(/"/g, '')}` : contentRevision(r.text),
      );
      this.lastText = r.text;
      this.failures = 0;
      this.errors.ok();
      onUpdate(update);
    } catch (err) {
      this.failures++;
      this.errors.report(err, onError);
    }
  }

  async start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    const tick = async (): Promise<void> => {
      if (this.closed) return;
      this.schedule.started();
      this.polling = this.poll(onUpdate, onError);
      await this.polling;
      this.polling = null;
      if (!this.closed)
        this.timer = setTimeout(() => void tick(), this.schedule.nextDelay(this.failures, this.retryAfterMs));
    };
    await tick();
  }

  /** `.../registry/registry.json?ref=main` -> `.../registry/models/<m>/<id>.json?ref=main`. */
  async readMetadata(ref: ArtifactRef): Promise<ArtifactMetadata | undefined> {
    if (!this.url.pathname.endsWith('registry/registry.json')) return undefined;
    const u = new URL(this.url.href);
    u.pathname = u.pathname.slice(0, -'registry/registry.json'.length) + metadataPath(ref);
    const r = await this.get(u, null);
    if (r.status === 404) return undefined;
    if (r.status !== 200) throw new MregError('SERVE', `${u.href}: HTTP ${r.status}`);
    return parseMetadata(r.text, u.href);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
  }
}

/** Retry-After (seconds or an HTTP date; rate limits answer 429/403 with it), capped at an hour. */
function retryAfterMs(v: string | null): number {
  if (!v) return 0;
  const ms = /^\d+$/.test(v.trim()) ? Number(v) * 1000 : Date.parse(v) - Date.now();
  return Number.isFinite(ms) ? Math.min(3_600_000, Math.max(0, ms)) : 0;
}
