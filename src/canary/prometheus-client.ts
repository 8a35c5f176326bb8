import { MregError, errorMessage } from '../core/errors.js';

/** One series of an instant vector: its labels and its value at the query's time. */
export interface Sample {
  metric: Record<string, string>;
  value: number;
}

/**
 * Prometheus's HTTP API, instant queries only (GET /api/v1/query). A query that fails (a bad
 * expression, a server that does not answer) is an error that names the query and the server: an
 * analysis never treats a failed query as "no data".
 */
export class PrometheusClient {
  private readonly base: string;

  constructor(
    url: string,
    private readonly o: { timeoutMs?: number; headers?: Record<string, string> } = {},
  ) {
    if (!/^https?:\/\//.test(url))
      throw new MregError('USAGE', `--prometheus expects an http(s) URL, got ${JSON.stringify(url)}`);
    this.base = url.replace(/\/+$/, '');
  }

  /** The instant vector of `query` at `time` (default: now). */
  async query(query: string, time?: Date): Promise<Sample[]> {
    const params = new URLSearchParams({ query });
    if (time) params.set('time', (time.getTime() / 1000).toFixed(3));
    const url = `${this.base}/api/v1/query?${params}`;
    const res = await fetch(url, {
      headers: { accept: 'application/json', ...this.o.headers },
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
    }).catch((err: unknown) => {
      throw new MregError(
        'SERVE',
        `Prometheus at ${this.base} did not answer the query ${query}: ${errorMessage(err)}`,
      );
    });
    const text = await res.text();
    let body: { status?: string; error?: string; data?: { resultType?: string; result?: unknown } };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new MregError(
        'SERVE',
        `Prometheus at ${this.base} answered HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`,
      );
    }
    if (!res.ok || body.status !== 'success')
      throw new MregError('SERVE', `Prometheus refused the query ${query}: ${body.error ?? `HTTP ${res.status}`}`);
    return samplesOf(body.data, query);
  }

  /** The single value of a query that sums to one series; null when it has none (no data yet). */
  async scalar(query: string, time?: Date): Promise<number | null> {
    const s = await this.query(query, time);
    if (s.length > 1)
      throw new MregError('SERVE', `the query ${query} returned ${s.length} series where one was expected`);
    return s.length && Number.isFinite(s[0].value) ? s[0].value : null;
  }
}

function samplesOf(data: { resultType?: string; result?: unknown } | undefined, query: string): Sample[] {
  if (data?.resultType === 'scalar') {
    const [, v] = data.result as [number, string];
    return [{ metric: {}, value: Number(v) }];
  }
  if (data?.resultType !== 'vector' || !Array.isArray(data.result))
    throw new MregError('SERVE', `the query ${query} did not return an instant vector (got ${data?.resultType})`);
  return (data.result as Array<{ metric: Record<string, string>; value: [number, string] }>).map((r) => ({
    metric: r.metric,
    value: Number(r.value[1]),
  }));
}
