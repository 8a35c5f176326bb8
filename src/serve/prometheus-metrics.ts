import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
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
export function servingRole(follower: Follower | null): Role {
  return follower?.serving()?.role === 'canary' ? 'canary' : 'stable';
}

/**
 * Request durations and times to first token, 5 ms to 328 s, a quarter octave apart
 * (each bound 19% above the last). The canary compares p95 latency against a threshold of about
 * 10%, and histogram_quantile() only interpolates inside a bucket: with buckets 2 to 2.5 times apart
 * (the usual defaults) a p95 near a bound swung by tens of percent between identical servers.
 */
const LATENCY_BUCKETS = Array.from({ length: 65 }, (_, i) => Number((0.005 * 2 ** (i / 4)).toPrecision(4)));
const REQUEST_LABELS = ['environment', 'model', 'version', 'role'] as const;
type RequestLabel = (typeof REQUEST_LABELS)[number];

/** The health states /health reports; the `mreg_health` gauge has one series per state, 1 for the current one. */
const HEALTH_STATES = ['ok', 'starting', 'loading', 'switching', 'failed', 'no-pointer'] as const;

/** The per-request series, labelled by the version that answered and its role (the canary's evidence). */
function requestMetrics(registers: Registry[]) {
  const labelNames = [...REQUEST_LABELS];
  return {
    requests: new Counter({
      name: 'mreg_requests_total',
      help: 'Inference requests by the version that answered and their outcome (error: a 5xx reply or a failed generation).',
      labelNames: [...labelNames, 'outcome'],
      registers,
    }),
    requestDuration: new Histogram({
      name: 'mreg_request_duration_seconds',
      help: 'Inference requests, from arrival to the end of the reply.',
      labelNames,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    firstToken: new Histogram({
      name: 'mreg_time_to_first_token_seconds',
      help: 'Inference requests, from arrival to the first generated text.',
      labelNames,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    tokens: new Counter({
      name: 'mreg_generated_tokens_total',
      help: 'Tokens generated.',
      labelNames,
      registers,
    }),
    generationSeconds: new Counter({
      name: 'mreg_generation_seconds_total',
      help: 'Seconds spent in the model (prompt and generation); tokens per second = rate(tokens) / rate(seconds).',
      labelNames,
      registers,
    }),
  };
}

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
export class ServeMetrics implements FollowerObserver {
  readonly registry = new Registry();
  private readonly switches: Counter<'outcome'>;
  private readonly duration: Histogram;
  private readonly lag: Histogram;
  private readonly bytes: Counter<'reason'>;
  private follower: Follower | null = null;
  private forwarded: (() => Promise<string>) | null = null;
  private readonly requests: Counter<RequestLabel | 'outcome'>;
  private readonly requestDuration: Histogram<RequestLabel>;
  private readonly firstToken: Histogram<RequestLabel>;
  private readonly tokens: Counter<RequestLabel>;
  private readonly generationSeconds: Counter<RequestLabel>;

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
    ({
      requests: this.requests,
      requestDuration: this.requestDuration,
      firstToken: this.firstToken,
      tokens: this.tokens,
      generationSeconds: this.generationSeconds,
    } = requestMetrics(registers));
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

  /** Counts one finished inference request under the version that answered it. */
  request(r: RequestObservation): void {
    const labels = { ...r.labels, role: servingRole(this.follower) };
    this.requests.inc({ ...labels, outcome: r.outcome });
    // The other outcome's series starts at 0, so a rate of errors exists before the first error.
    this.requests.inc({ ...labels, outcome: r.outcome === 'ok' ? 'error' : 'ok' }, 0);
    this.requestDuration.observe(labels, r.seconds);
    if (r.firstTokenSeconds !== null) this.firstToken.observe(labels, r.firstTokenSeconds);
    this.tokens.inc(labels, r.tokens);
    this.generationSeconds.inc(labels, r.generationSeconds);
  }

  fetched(bytes: number, why: 'switch' | 'prefetch'): void {
    this.bytes.inc({ reason: why }, bytes);
  }

  /** Metrics of another server, appended to ours on every scrape (`mreg agent`: llama-server's). */
  forward(source: () => Promise<string>): void {
    this.forwarded = source;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  async text(): Promise<string> {
    const ours = await this.registry.metrics();
    return this.forwarded ? ours + (await this.forwarded()) : ours;
  }
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
