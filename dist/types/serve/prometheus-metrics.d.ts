import { Registry } from 'prom-client';
import type { Follower, FollowerObserver } from './follower.js';
/** A version's labels on the request metrics: what answered, where, in which canary role. */
export interface VersionLabels {
    environment: string;
    model: string;
    version: string;
}
/** One finished inference request, as the server measured it. */
export interface RequestObservation {
    labels: VersionLabels;
    outcome: 'ok' | 'error';
    /** Arrival to the last byte of the reply. */
    seconds: number;
    /** Arrival to the first generated text; null when nothing was generated. */
    firstTokenSeconds: number | null;
    tokens: number;
    /** Time spent in the model (prompt and generation), the denominator of tokens per second. */
    generationSeconds: number;
}
export type Role = 'stable' | 'canary';
/**
 * This server's role in a canary rollout (a follower whose pointer carries no canary serves the
 * stable version): the one place that answers the question for the metrics.
 */
export declare function servingRole(follower: Follower | null): Role;
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
 * - mreg_requests_total{environment,model,version,role,outcome="ok"|"error"}: inference requests
 *   (/v1/completions, /v1/chat/completions) by the version that answered; error = a 5xx reply or
 *   a failed generation (a prompt longer than the context included). A client that hangs up is
 *   not counted.
 * - mreg_request_duration_seconds, mreg_time_to_first_token_seconds{environment,model,version,role}
 * - mreg_generated_tokens_total, mreg_generation_seconds_total{environment,model,version,role}:
 *   tokens per second = rate(tokens) / rate(seconds).
 * plus the process metrics prom-client collects (CPU, memory, event loop lag).
 */
export declare class ServeMetrics implements FollowerObserver {
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    private readonly switches;
    private readonly duration;
    private readonly lag;
    private readonly bytes;
    private follower;
    private forwarded;
    private readonly requests;
    private readonly requestDuration;
    private readonly firstToken;
    private readonly tokens;
    private readonly generationSeconds;
    constructor(o?: {
        processMetrics?: boolean;
    });
    attach(follower: Follower): void;
    switched(o: {
        outcome: 'success' | 'failure';
        seconds: number;
        lagSeconds: number | null;
    }): void;
    /** Counts one finished inference request under the version that answered it. */
    request(r: RequestObservation): void;
    fetched(bytes: number, why: 'switch' | 'prefetch'): void;
    /** Metrics of another server, appended to ours on every scrape (`mreg agent`: llama-server's). */
    forward(source: () => Promise<string>): void;
    get contentType(): string;
    text(): Promise<string>;
}
