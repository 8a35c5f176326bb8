import { type Server } from 'node:http';
import { type LlamaEngine } from './engine.js';
import type { Follower } from './follower.js';
import type { ServeMetrics } from './prometheus-metrics.js';
export interface ServerOptions {
    follower: Follower;
    /** Absent for `mreg agent`, which serves only /model-info and /health. */
    engine?: LlamaEngine;
    log?: (m: string) => void;
    /** GET /metrics (Prometheus text format). */
    metrics?: ServeMetrics;
}
/**
 * `mreg serve`'s HTTP API: /model-info and /health (for people, probes and the benchmark) and the
 * OpenAI-compatible /v1 routes. Each inference request pins the model that is current when it
 * arrives; the `x-mreg-artifact` response header names it.
 */
export declare function createServeServer(o: ServerOptions): Server;
export declare function listen(server: Server, port: number, host: string): Promise<string>;
/** Stops accepting, lets running requests finish for up to `graceMs`, then cuts the rest. */
export declare function closeServer(server: Server, graceMs?: number): Promise<void>;
