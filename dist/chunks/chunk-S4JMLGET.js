import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/canary/prometheus-client.ts
var PrometheusClient = class {
  constructor(url, o = {}) {
    this.o = o;
    if (!/^https?:\/\//.test(url))
      throw new MregError("USAGE", `--prometheus expects an http(s) URL, got ${JSON.stringify(url)}`);
    this.base = url.replace(/\/+$/, "");
  }
  base;
  /** The instant vector of `query` at `time` (default: now). */
  async query(query, time) {
    let params = new URLSearchParams({ query });
    time && params.set("time", (time.getTime() / 1e3).toFixed(3));
    let url = `${this.base}/api/v1/query?${params}`, res = await fetch(url, {
      headers: { accept: "application/json", ...this.o.headers },
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 3e4)
    }).catch((err) => {
      throw new MregError(
        "SERVE",
        `Prometheus at ${this.base} did not answer the query ${query}: ${errorMessage(err)}`
      );
    }), text = await res.text(), body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new MregError(
        "SERVE",
        `Prometheus at ${this.base} answered HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`
      );
    }
    if (!res.ok || body.status !== "success")
      throw new MregError("SERVE", `Prometheus refused the query ${query}: ${body.error ?? `HTTP ${res.status}`}`);
    return samplesOf(body.data, query);
  }
  /** The single value of a query that sums to one series; null when it has none (no data yet). */
  async scalar(query, time) {
    let s = await this.query(query, time);
    if (s.length > 1)
      throw new MregError("SERVE", `the query ${query} returned ${s.length} series where one was expected`);
    return s.length && Number.isFinite(s[0].value) ? s[0].value : null;
  }
};
function samplesOf(data, query) {
  if (data?.resultType === "scalar") {
    let [, v] = data.result;
    return [{ metric: {}, value: Number(v) }];
  }
  if (data?.resultType !== "vector" || !Array.isArray(data.result))
    throw new MregError("SERVE", `the query ${query} did not return an instant vector (got ${data?.resultType})`);
  return data.result.map((r) => ({
    metric: r.metric,
    value: Number(r.value[1])
  }));
}

export {
  PrometheusClient
};
