import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Follower, FollowerObserver } from './follower.js';

/** The health states /health reports; the `mreg_health` gauge has one series per state, 1 for the current one. */
const HEALTH_STATES = ['ok', 'starting', 'loading', 'switching', 'failed', 'no-pointer'] as const;

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
export class ServeMetrics implements FollowerObserver {
  readonly registry = new Registry();
  private readonly switches: Counter<'outcome'>;
  private readonly duration: Histogram;
  private readonly lag: Histogram;
  private readonly bytes: Counter<'reason'>;
  private follower: Follower | null = null;

  constructor(o: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    const self = (): Follower | null => this.follower;
    new Gauge({
      name: 'mreg_model_info',
      help: 'The model version this server serves and its role, stable or canary (value 1; no series while nothing is loaded).',
      labelNames: ['environment', 'model', 'version', 'quantization', 'sha256', 'role'],
      registers,
      collect() {
        this.reset();
        const i = self()?.info();
        if (i?.version)
          this.set(
            {
              environment: str(i.environment),
              model: str(i.model),
              version: str(i.version),
              quantization: str(i.quantization),
              sha256: str(i.sha256),
              role: str(i.role) || 'stable',
            },
            1,
          );
      },
    });
    new Gauge({
      name: 'mreg_health',
      help: 'The /health state of this server: 1 for the current state, 0 for the others.',
      labelNames: ['state'],
      registers,
      collect() {
        const h = self()?.health();
        for (const s of HEALTH_STATES) this.set({ state: s }, h?.status === s ? 1 : 0);
      },
    });
    this.switches = new Counter({
      name: 'mreg_switches_total',
      help: 'Version switches by outcome.',
      labelNames: ['outcome'],
      registers,
    });
    for (const outcome of ['success', 'failure']) this.switches.inc({ outcome }, 0);
    this.duration = new Histogram({
      name: 'mreg_switch_duration_seconds',
      help: 'From the pointer change seen to the new version serving (wait, fetch, verify, load).',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
      registers,
    });
    this.lag = new Histogram({
      name: 'mreg_follow_lag_seconds',
      help: 'From the registry commit that moved the pointer to this server serving it.',
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600],
      registers,
    });
    this.bytes = new Counter({
      name: 'mreg_fetched_bytes_total',
      help: 'Artifact bytes downloaded from the store.',
      labelNames: ['reason'],
      registers,
    });
    for (const reason of ['switch', 'prefetch']) this.bytes.inc({ reason }, 0);
    if (o.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'mreg_' });
  }

  attach(follower: Follower): void {
    this.follower = follower;
  }

  switched(o: { outcome: 'success' | 'failure'; seconds: number; lagSeconds: number | null }): void {
    this.switches.inc({ outcome: o.outcome });
    if (o.outcome !== 'success') return;
    this.duration.observe(o.seconds);
    if (o.lagSeconds !== null) this.lag.observe(o.lagSeconds);
  }

  fetched(bytes: number, why: 'switch' | 'prefetch'): void {
    this.bytes.inc({ reason: why }, bytes);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
