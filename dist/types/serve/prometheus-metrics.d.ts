import { Registry } from 'prom-client';
import type { Follower, FollowerObserver } from './follower.js';
/**
 * Prometheus metrics of one follower (`mreg serve`, `mreg agent`), on a registry of its own (two
 * followers in one process never share series). Served on GET /metrics in the text format.
 *
 * - mreg_model_info{environment,model,version,quantization,sha256} 1: what this server serves;
 *   `count by (version) (mreg_model_info{environment="production"})` counts pods per version.
 * - mreg_switches_total{outcome="success"|"failure"}
 * - mreg_switch_duration_seconds: pointer seen -> new version serving (fetch, verify, load);
 *   includes the rollout.spread_s wait.
 * - mreg_follow_lag_seconds: the registry commit (the history entry's time) -> serving.
 * - mreg_fetched_bytes_total{reason="switch"|"prefetch"}: bytes downloaded from the store.
 * - mreg_health{state}: 1 for the current /health state.
 * plus the process metrics prom-client collects (CPU, memory, event loop lag).
 */
export declare class ServeMetrics implements FollowerObserver {
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    private readonly switches;
    private readonly duration;
    private readonly lag;
    private readonly bytes;
    private follower;
    constructor(o?: {
        processMetrics?: boolean;
    });
    attach(follower: Follower): void;
    switched(o: {
        outcome: 'success' | 'failure';
        seconds: number;
        lagSeconds: number | null;
    }): void;
    fetched(bytes: number, why: 'switch' | 'prefetch'): void;
    get contentType(): string;
    text(): Promise<string>;
}
