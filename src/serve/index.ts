import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import type { RegistryConfig } from '../core/documents.js';
import type { GpuChoice } from '../llama/runtime.js';
import { openStore, type ArtifactStore } from '../store/index.js';
import { AgentRuntime, serverMetrics, type AgentOptions } from './agent.js';
import { ServeCache } from './cache.js';
import { LlamaEngine } from './engine.js';
import { Follower, type Logger, type Runtime } from './follower.js';
import { closeServer, createServeServer, listen } from './inference-server.js';
import { ServeMetrics } from './prometheus-metrics.js';
import type { PointerSource } from './pointer-source.js';
import { openSource } from './sources/index.js';

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
  retryMs?: { initial: number; max: number };
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

async function start(
  o: FollowOptions & { serverUrl?: string },
  runtime: Runtime,
  engine: LlamaEngine | undefined,
): Promise<Running> {
  const cacheDir = path.resolve(o.cwd ?? process.cwd(), o.cacheDir);
  const store = typeof o.store === 'string' ? openStore(o.store, { ...o.storeConfig, baseDir: o.cwd }) : o.store;
  const source =
    typeof o.source === 'string'
      ? openSource(o.source, { env: o.env, cacheDir, pollMs: o.pollMs, cwd: o.cwd })
      : o.source;
  const cache = new ServeCache({
    dir: cacheDir,
    keep: o.keep ?? 3,
    store,
    storeOptions: { ...o.storeConfig, baseDir: o.cwd },
    download: o.storeConfig?.download,
  });
  const metrics = new ServeMetrics();
  const follower = new Follower({
    env: o.env,
    source,
    cache,
    runtime,
    store,
    logger: o.logger,
    retryMs: o.retryMs,
    scrubMs: o.scrubMs,
    spreadS: o.spreadS,
    instance: o.instance,
    observer: metrics,
  });
  metrics.attach(follower);
  if (o.serverUrl) metrics.forward(serverMetrics(o.serverUrl, follower, (m) => o.logger?.warn(m)));
  const server = createServeServer({ follower, engine, log: (m) => o.logger?.warn(m), metrics });
  // Listen first: /health answers 503 "loading" while the first model downloads.
  const url = await listen(server, o.port ?? 8080, o.host ?? '127.0.0.1');
  try {
    await follower.start();
  } catch (err) {
    await closeServer(server, 0);
    throw err;
  }
  let stopping: Promise<void> | null = null;
  return {
    url,
    follower,
    engine,
    stop: () =>
      (stopping ??= (async () => {
        await follower.stop().catch((err: unknown) => o.logger?.warn(`stopping the follower: ${errorMessage(err)}`));
        await closeServer(server);
        await runtime.close();
      })()),
  };
}

/** `mreg serve`: follow the registry and serve the active model in process. */
export async function startServe(
  o: FollowOptions & { gpu?: GpuChoice; threads?: number; contextSize?: number; parallel?: number },
): Promise<Running> {
  const engine = new LlamaEngine({ gpu: o.gpu, threads: o.threads, contextSize: o.contextSize, parallel: o.parallel });
  return start(o, engine, engine);
}

/** `mreg agent`: follow the registry for a server we do not own. */
export async function startAgent(o: FollowOptions & Omit<AgentOptions, 'activeLink'>): Promise<Running> {
  const cacheDir = path.resolve(o.cwd ?? process.cwd(), o.cacheDir);
  const runtime = new AgentRuntime({ ...o, activeLink: path.join(cacheDir, 'active'), log: (m) => o.logger?.info(m) });
  return start(o, runtime, undefined);
}
