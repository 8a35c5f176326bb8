import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { MregError, errorMessage } from '../../core/errors.js';
import { POINTER_FILE, parsePointerText, type PointerSource, type PointerUpdate, ErrorOnce } from '../pointer.js';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface KubernetesSourceOptions {
  /** `k8s:NAME` or `k8s:NAMESPACE/NAME` (the ConfigMap `mreg k8s configmap` renders). */
  spec: string;
  env: string;
  /** Safety-net re-read (a watch can die silently behind some proxies). Default 30000. */
  pollMs?: number;
  environment?: NodeJS.ProcessEnv;
}

interface ApiConfig {
  base: URL;
  token: string | null;
  ca: Buffer | undefined;
}

/**
 * In cluster: the service account's token and CA and KUBERNETES_SERVICE_HOST/PORT. Outside (and
 * in tests): MREG_K8S_API (a URL, e.g. `kubectl proxy`'s http://127.0.0.1:8001) and MREG_K8S_TOKEN.
 */
function apiConfig(env: NodeJS.ProcessEnv): ApiConfig {
  if (env.MREG_K8S_API) return { base: new URL(env.MREG_K8S_API), token: env.MREG_K8S_TOKEN ?? null, ca: undefined };
  const host = env.KUBERNETES_SERVICE_HOST;
  if (!host) throw new MregError('USAGE', 'k8s: source outside a cluster: set MREG_K8S_API (e.g. http://127.0.0.1:8001 from "kubectl proxy")');
  const read = (f: string) => {
    try {
      return readFileSync(`${SA_DIR}/${f}`);
    } catch (err) {
      throw new MregError('SERVE', `k8s: source: cannot read the service account's ${f} (${errorMessage(err)}); is automountServiceAccountToken off?`);
    }
  };
  return {
    base: new URL(`https://${host.includes(':') ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? '443'}`),
    token: read('token').toString().trim(),
    ca: read('ca.crt'),
  };
}

/**
 * Watches the pointer ConfigMap through the Kubernetes API: a GET for the current object, then a
 * watch from its resourceVersion, so a `kubectl apply` of a new pointer reaches the loader in well
 * under a second, instead of the kubelet's 60-120 s volume sync. Plain HTTPS against the API
 * server (no client library): one GET and one long-lived streaming GET.
 * Needs RBAC: get, list and watch on configmaps in the namespace.
 */
export class KubernetesSource implements PointerSource {
  readonly description: string;
  private readonly namespace: string;
  private readonly name: string;
  private readonly api: ApiConfig;
  private closed = false;
  private resourceVersion: string | null = null;
  private lastText: string | null = null;
  private readonly errors = new ErrorOnce();
  private watchRes: IncomingMessage | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;

  constructor(private readonly o: KubernetesSourceOptions) {
    const env = o.environment ?? process.env;
    const m = /^k8s:(?:([a-z0-9][-a-z0-9]*)\/)?([a-z0-9][-a-z0-9.]*)$/.exec(o.spec);
    if (!m) throw new MregError('USAGE', `invalid kubernetes source ${JSON.stringify(o.spec)}: expected k8s:NAME or k8s:NAMESPACE/NAME`);
    this.name = m[2];
    this.api = apiConfig(env);
    this.namespace =
      m[1] ??
      env.MREG_K8S_NAMESPACE ??
      (() => {
        try {
          return readFileSync(`${SA_DIR}/namespace`, 'utf8').trim();
        } catch {
          return 'default';
        }
      })();
    this.description = `k8s:${this.namespace}/${this.name}`;
  }

  private request(path: string, stream: boolean): Promise<IncomingMessage> {
    const url = new URL(path, this.api.base);
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: { accept: 'application/json', ...(this.api.token ? { authorization: `Bearer ${this.api.token}` } : {}) },
      ...(this.api.ca ? { ca: this.api.ca } : {}),
      timeout: stream ? 0 : 30_000,
    });
    return new Promise((resolve, reject) => {
      req.once('response', resolve);
      req.once('error', reject);
      req.once('timeout', () => req.destroy(new Error('timed out')));
      req.end();
    });
  }

  private async getObject(): Promise<{ resourceVersion: string; data: Record<string, string> }> {
    const res = await this.request(`/api/v1/namespaces/${this.namespace}/configmaps/${this.name}`, false);
    let body = '';
    for await (const c of res) body += c;
    if (res.statusCode !== 200) throw new MregError('SERVE', `${this.description}: GET answered HTTP ${res.statusCode}: ${body.slice(0, 200)}`);
    const o = JSON.parse(body) as { metadata: { resourceVersion: string }; data?: Record<string, string> };
    return { resourceVersion: o.metadata.resourceVersion, data: o.data ?? {} };
  }

  private emit(data: Record<string, string>, onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): void {
    try {
      const text = data[POINTER_FILE];
      if (text === undefined) throw new MregError('NOT_FOUND', `${this.description} has no ${POINTER_FILE} key (render it with "mreg k8s configmap")`);
      if (text === this.lastText) return;
      const u = parsePointerText(text, `${this.description}:${POINTER_FILE}`, this.o.env);
      this.lastText = text;
      this.errors.ok();
      onUpdate(u);
    } catch (err) {
      this.errors.report(err, onError);
    }
  }

  private async list(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    try {
      const o = await this.getObject();
      this.resourceVersion = o.resourceVersion;
      this.emit(o.data, onUpdate, onError);
    } catch (err) {
      this.errors.report(err, onError);
    }
  }

  private async watch(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    if (this.closed) return;
    const q = new URLSearchParams({ watch: '1', fieldSelector: `metadata.name=${this.name}`, allowWatchBookmarks: 'true' });
    if (this.resourceVersion) q.set('resourceVersion', this.resourceVersion);
    try {
      const res = await this.request(`/api/v1/namespaces/${this.namespace}/configmaps?${q}`, true);
      if (res.statusCode !== 200) {
        res.resume();
        throw new MregError('SERVE', `${this.description}: watch answered HTTP ${res.statusCode}`);
      }
      this.watchRes = res;
      let buf = '';
      for await (const chunk of res) {
        buf += chunk;
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl).trim();
          buf = buf.slice(nl + 1);
          if (!line) continue;
          const ev = JSON.parse(line) as { type: string; object: { metadata?: { resourceVersion?: string }; data?: Record<string, string>; code?: number } };
          if (ev.type === 'ERROR') {
            // 410 Gone: our resourceVersion is too old; list again and watch from there.
            if (ev.object.code === 410) this.resourceVersion = null;
            throw new MregError('SERVE', `${this.description}: watch error ${ev.object.code ?? ''}`);
          }
          if (ev.object.metadata?.resourceVersion) this.resourceVersion = ev.object.metadata.resourceVersion;
          if (ev.type === 'ADDED' || ev.type === 'MODIFIED') this.emit(ev.object.data ?? {}, onUpdate, onError);
          else if (ev.type === 'DELETED') this.errors.report(new MregError('NOT_FOUND', `${this.description} was deleted; keeping the last pointer`), onError);
        }
      }
    } catch (err) {
      if (!this.closed) this.errors.report(err, onError);
    } finally {
      this.watchRes = null;
    }
    if (this.closed) return;
    // Watches end routinely (the API server closes them after minutes): re-list if needed, resume.
    this.reconnect = setTimeout(() => {
      void (async () => {
        if (!this.resourceVersion) await this.list(onUpdate, onError);
        await this.watch(onUpdate, onError);
      })();
    }, 500);
  }

  async start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    await this.list(onUpdate, onError);
    void this.watch(onUpdate, onError);
    this.timer = setInterval(() => void this.list(onUpdate, onError), this.o.pollMs ?? 30_000);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnect) clearTimeout(this.reconnect);
    this.watchRes?.destroy();
  }
}
