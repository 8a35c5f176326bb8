import { type ArtifactRef } from '../../core/naming.js';
import type { ArtifactMetadata } from '../../core/documents.js';
import { type PointerSource, type PointerUpdate } from '../pointer-source.js';
export interface HttpSourceOptions {
    url: string;
    env: string;
    pollMs: number;
    /** Default: process.env. */
    environment?: NodeJS.ProcessEnv;
    timeoutMs?: number;
}
/**
 * The Authorization header: `MREG_HTTP_TOKEN` goes to the URL the operator configured;
 * `GITHUB_TOKEN` only ever to GitHub's own hosts, so a token meant for GitHub never leaks to
 * another server named in a source URL.
 */
export declare function authHeaders(url: URL, env: NodeJS.ProcessEnv): Record<string, string>;
/**
 * Polls an HTTP URL that serves registry.json (or a pointer document) with conditional GETs:
 * `If-None-Match` with the last ETag, so an unchanged file costs a 304 and no body. Works with
 * raw.githubusercontent.com, GitHub's contents API (token from the environment), or any static
 * file server.
 */
export declare class HttpSource implements PointerSource {
    private readonly o;
    readonly description: string;
    private etag;
    private lastText;
    private readonly errors;
    private timer;
    private polling;
    private closed;
    private failures;
    private retryAfterMs;
    private readonly schedule;
    /** Requests made and what they answered, for the fleet benchmark and the logs. */
    readonly requests: {
        total: number;
        notModified: number;
        full: number;
    };
    private readonly url;
    private readonly env;
    constructor(o: HttpSourceOptions);
    /**
     * One GET, following redirects by hand: only to the same origin (scheme, host and port). A
     * redirect to another origin is refused, so whoever can answer a 3xx at the configured URL
     * cannot hand us a registry (and with it the artifacts to serve) from a server of their choosing.
     */
    private get;
    private poll;
    start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void>;
    /** `.../registry/registry.json?ref=main` -> `.../registry/models/<m>/<id>.json?ref=main`. */
    readMetadata(ref: ArtifactRef): Promise<ArtifactMetadata | undefined>;
    close(): Promise<void>;
}
