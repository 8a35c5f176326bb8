import type { RegistryConfig } from '../core/documents.js';
import type { GpuChoice } from '../llama/runtime.js';
import { type ArtifactStore } from '../store/index.js';
import { type AgentOptions } from './agent.js';
import { LlamaEngine } from './engine.js';
import { Follower, type Logger } from './follower.js';
import type { PointerSource } from './pointer-source.js';
export { Follower } from './follower.js';
export { ServeCache } from './cache.js';
export { LlamaEngine } from './engine.js';
export { AgentRuntime, splitCommand } from './agent.js';
export { createServeServer, listen, closeServer } from './inference-server.js';
export { openSource } from './sources/index.js';
export { ServeMetrics } from './prometheus-metrics.js';
export * from './pointer-source.js';
export interface FollowOptions {
    env: string;
    /** A source spec (`file:...`, a path, `git+URL#BRANCH`, `https://...`) or a source object. */
    source: string | PointerSource;
    cacheDir: string;
    /** cache.keep: verified artifacts kept for instant rollbacks (default 3). */
    keep?: number;
    /** Store URI: metadata of last resort, and its endpoint/credentials for s3:// artifacts. */
    store?: string | ArtifactStore;
    storeConfig?: Pick<RegistryConfig, 's3' | 'download'>;
    pollMs?: number;
    port?: number;
    host?: string;
    retryMs?: {
        initial: number;
        max: number;
    };
    /** Periodic re-hash of the active and recently activated cached files, in ms (default off). */
    scrubMs?: number;
    logger?: Logger;
    cwd?: string;
    /** rollout.spread_s: the window a new version's downloads spread over (default 0). */
    spreadS?: number;
    /** This server's name for the spread (default: the host name). */
    instance?: string;
}
export interface Running {
    url: string;
    follower: Follower;
    engine?: LlamaEngine;
    stop(): Promise<void>;
}
/** `mreg serve`: follow the registry and serve the active model in process. */
export declare function startServe(o: FollowOptions & {
    gpu?: GpuChoice;
    threads?: number;
    contextSize?: number;
    parallel?: number;
}): Promise<Running>;
/** `mreg agent`: follow the registry for a server we do not own. */
export declare function startAgent(o: FollowOptions & Omit<AgentOptions, 'activeLink'>): Promise<Running>;
