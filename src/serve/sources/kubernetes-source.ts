import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoreV1Api, KubeConfig, V1ConfigMap } from '@kubernetes/client-node';
import { MregError, errorMessage } from '../../core/errors.js';
import {
  POINTER_FILE,
  parsePointerText,
  type PointerSource,
  type PointerUpdate,
  ErrorOnce,
} from '../pointer-source.js';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The official client, loaded on first use: nothing but a `k8s:` source or `mreg k8s apply` needs it. */
type Client = typeof import('@kubernetes/client-node');
let client: Promise<Client> | null = null;
export function kubernetesClient(): Promise<Client> {
  client ??= import('@kubernetes/client-node');
  return client;
}

/**
 * Where the API server and credentials come from, decided without touching the network:
 * 1. MREG_K8S_API (+ MREG_K8S_TOKEN): an explicit URL, e.g. `kubectl proxy`'s http://127.0.0.1:8001;
 * 2. inside a pod (KUBERNETES_SERVICE_HOST): the service account's token and CA;
 * 3. a kubeconfig (KUBECONFIG, else ~/.kube/config), current context, with its auth plugins
 *    (exec credential plugins such as `aws eks get-token`, `gke-gcloud-auth-plugin`, OIDC).
 */
export type KubeConfigSource =
  { kind: 'url'; server: string; token?: string } | { kind: 'cluster' } | { kind: 'file'; file: string };

export function kubeConfigSource(env: NodeJS.ProcessEnv, what: string): KubeConfigSource {
  if (env.MREG_K8S_API) {
    try {
      new URL(env.MREG_K8S_API);
    } catch {
      throw new MregError(
        'USAGE',
        `MREG_K8S_API: expected an http(s) URL of the Kubernetes API, got ${JSON.stringify(env.MREG_K8S_API)}`,
      );
    }
    return { kind: 'url', server: env.MREG_K8S_API.replace(/\/+$/, ''), token: env.MREG_K8S_TOKEN || undefined };
  }
  if (env.KUBERNETES_SERVICE_HOST) return { kind: 'cluster' };
  const candidates = env.KUBECONFIG
    ? env.KUBECONFIG.split(path.delimiter).filter(Boolean)
    : [path.join(env.HOME ?? os.homedir(), '.kube', 'config')];
  const file = candidates.find((f) => existsSync(f));
  if (!file)
    throw new MregError(
      'USAGE',
      `${what} outside a cluster needs a kubeconfig (KUBECONFIG or ~/.kube/config) or MREG_K8S_API (e.g. http://127.0.0.1:8001 from "kubectl proxy")`,
    );
  return { kind: 'file', file };
}

export async function loadKubeConfig(src: KubeConfigSource): Promise<KubeConfig> {
  const k = await kubernetesClient();
  const kc = new k.KubeConfig();
  try {
    if (src.kind === 'url') {
      kc.loadFromOptions({
        // The client refuses plain http unless TLS checks are "skipped"; there is no TLS to check there.
        clusters: [{ name: 'mreg', server: src.server, skipTLSVerify: src.server.startsWith('http:') }],
        users: [{ name: 'mreg', ...(src.token ? { token: src.token } : {}) }],
        contexts: [{ name: 'mreg', cluster: 'mreg', user: 'mreg' }],
        currentContext: 'mreg',
      });
    } else if (src.kind === 'cluster') kc.loadFromCluster();
    else kc.loadFromFile(src.file);
  } catch (err) {
    throw new MregError(
      'SERVE',
      `cannot load the Kubernetes configuration (${src.kind === 'file' ? src.file : src.kind}): ${errorMessage(err)}`,
    );
  }
  if (!kc.getCurrentCluster())
    throw new MregError(
      'SERVE',
      `the Kubernetes configuration${src.kind === 'file' ? ` ${src.file}` : ''} has no current cluster`,
    );
  return kc;
}

/** The namespace: explicit, else MREG_K8S_NAMESPACE, the pod's own, the kubeconfig context's, `default`. */
export function defaultNamespace(env: NodeJS.ProcessEnv, kc?: KubeConfig): string {
  if (env.MREG_K8S_NAMESPACE) return env.MREG_K8S_NAMESPACE;
  try {
    return readFileSync(`${SA_DIR}/namespace`, 'utf8').trim();
  } catch {
    return kc?.getContextObject(kc.getCurrentContext())?.namespace ?? 'default';
  }
}

/** The HTTP status of a failed client call (ApiException.code, a watch error's statusCode). */
export function statusOf(err: unknown): number | undefined {
  const e = err as { code?: unknown; statusCode?: unknown };
  return typeof e?.code === 'number' ? e.code : typeof e?.statusCode === 'number' ? e.statusCode : undefined;
}

export interface KubernetesSourceOptions {
  /** `k8s:NAME` or `k8s:NAMESPACE/NAME` (the ConfigMap `mreg k8s configmap|apply` writes). */
  spec: string;
  env: string;
  /**
   * Safety-net re-list (a watch can go silent behind some proxies), in ms. Default 300000; never
   * below 60000: the watch is what follows, and a thousand pods re-listing often is a load of its own.
   */
  pollMs?: number;
  environment?: NodeJS.ProcessEnv;
  /** Delay before re-watching after a watch ended (default 500 ms; jittered up to twice that). */
  rewatchMs?: number;
}

/** The smallest safety-net re-list interval a k8s: source accepts. */
export const K8S_MIN_RELIST_MS = 60_000;

interface WatchObject {
  metadata?: { name?: string; resourceVersion?: string };
  data?: Record<string, string>;
  code?: number;
  message?: string;
}

/**
 * Follows the pointer ConfigMap through the Kubernetes API with the official client: a list
 * (narrowed to the one object by a field selector) for the current state and its
 * resourceVersion, then a watch from that resourceVersion with bookmarks, so a write reaches the
 * follower within a second instead of the kubelet's 60-120 s volume sync. A watch that ends is
 * resumed from the last resourceVersion seen (events or bookmarks); 410 Gone (the version was
 * compacted away) means list again and watch from there. Needs RBAC: list and watch on configmaps.
 */
export class KubernetesSource implements PointerSource {
  readonly description: string;
  private readonly namespace: string | null;
  private readonly name: string;
  private readonly config: KubeConfigSource;
  private readonly env: NodeJS.ProcessEnv;
  private ns = 'default';
  private kc: KubeConfig | null = null;
  private api: CoreV1Api | null = null;
  private closed = false;
  private resourceVersion: string | null = null;
  private lastText: string | null = null;
  private readonly errors = new ErrorOnce();
  private abort: AbortController | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  /** Requests made, by kind, for the fleet benchmark and the logs. */
  readonly requests = { list: 0, watch: 0 };

  constructor(private readonly o: KubernetesSourceOptions) {
    this.env = o.environment ?? process.env;
    const m = /^k8s:(?:([a-z0-9][-a-z0-9]*)\/)?([a-z0-9][-a-z0-9.]*)$/.exec(o.spec);
    if (!m)
      throw new MregError(
        'USAGE',
        `invalid kubernetes source ${JSON.stringify(o.spec)}: expected k8s:NAME or k8s:NAMESPACE/NAME`,
      );
    this.name = m[2];
    this.namespace = m[1] ?? null;
    this.config = kubeConfigSource(this.env, 'a k8s: source');
    this.description = `k8s:${this.namespace ? `${this.namespace}/` : ''}${this.name}`;
  }

  private emit(
    data: Record<string, string>,
    onUpdate: (u: PointerUpdate) => void,
    onError: (err: Error) => void,
  ): void {
    try {
      const text = data[POINTER_FILE];
      if (text === undefined)
        throw new MregError(
          'NOT_FOUND',
          `${this.description} has no ${POINTER_FILE} key (write it with "mreg k8s apply")`,
        );
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
      this.requests.list++;
      const r = await this.api!.listNamespacedConfigMap({
        namespace: this.ns,
        fieldSelector: `metadata.name=${this.name}`,
      });
      this.resourceVersion = r.metadata?.resourceVersion ?? null;
      const cm: V1ConfigMap | undefined = r.items[0];
      if (!cm)
        throw new MregError(
          'NOT_FOUND',
          `${this.description} does not exist (yet); waiting for "mreg k8s apply" to write it`,
        );
      this.emit(cm.data ?? {}, onUpdate, onError);
    } catch (err) {
      this.errors.report(
        err instanceof MregError ? err : new MregError('SERVE', `${this.description}: list failed: ${describe(err)}`),
        onError,
      );
    }
  }

  private async watch(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    if (this.closed) return;
    const k = await kubernetesClient();
    const ended = new Promise<void>((resolve) => {
      this.requests.watch++;
      void new k.Watch(this.kc!)
        .watch(
          `/api/v1/namespaces/${encodeURIComponent(this.ns)}/configmaps`,
          {
            fieldSelector: `metadata.name=${this.name}`,
            allowWatchBookmarks: true,
            ...(this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}),
          },
          (type: string, obj: WatchObject) => {
            if (type === 'ERROR') {
              // 410 Gone: our resourceVersion was compacted away; list again, watch from there.
              if (obj.code === 410) this.resourceVersion = null;
              else
                this.errors.report(
                  new MregError(
                    'SERVE',
                    `${this.description}: watch error ${obj.code ?? ''} ${obj.message ?? ''}`.trim(),
                  ),
                  onError,
                );
              this.abort?.abort();
              return;
            }
            if (obj.metadata?.resourceVersion) this.resourceVersion = obj.metadata.resourceVersion;
            if (type === 'ADDED' || type === 'MODIFIED') this.emit(obj.data ?? {}, onUpdate, onError);
            else if (type === 'DELETED')
              this.errors.report(
                new MregError('NOT_FOUND', `${this.description} was deleted; keeping the last pointer`),
                onError,
              );
            // BOOKMARK: only the resourceVersion, kept above, so a resumed watch starts late enough.
          },
          (err: unknown) => {
            if (err && !this.closed && !isAbort(err)) {
              if (statusOf(err) === 410) this.resourceVersion = null;
              this.errors.report(new MregError('SERVE', `${this.description}: watch ended: ${describe(err)}`), onError);
            }
            resolve();
          },
        )
        .then(
          (c) => {
            this.abort = c;
            if (this.closed) c.abort();
          },
          (err: unknown) => {
            // The request could not even be set up (credentials, TLS options).
            if (!this.closed)
              this.errors.report(
                new MregError('SERVE', `${this.description}: watch failed: ${describe(err)}`),
                onError,
              );
            resolve();
          },
        );
    });
    await ended;
    this.abort = null;
    if (this.closed) return;
    // Watches end routinely (the API server closes them after minutes): resume, re-listing if
    // the resourceVersion is gone. The jitter keeps a fleet from reconnecting in lockstep.
    const base = this.o.rewatchMs ?? 500;
    this.reconnect = setTimeout(
      () =>
        void (async () => {
          if (!this.resourceVersion) await this.list(onUpdate, onError);
          await this.watch(onUpdate, onError);
        })(),
      base + Math.random() * base,
    );
  }

  async start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    const k = await kubernetesClient();
    this.kc = await loadKubeConfig(this.config);
    this.ns = this.namespace ?? defaultNamespace(this.env, this.kc);
    this.api = this.kc.makeApiClient(k.CoreV1Api);
    await this.list(onUpdate, onError);
    void this.watch(onUpdate, onError);
    const relist = Math.max(K8S_MIN_RELIST_MS, this.o.pollMs ?? 300_000);
    this.timer = setInterval(() => void this.list(onUpdate, onError), relist * (0.9 + Math.random() * 0.2));
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnect) clearTimeout(this.reconnect);
    this.abort?.abort();
  }
}

function isAbort(err: unknown): boolean {
  return (err as { name?: string })?.name === 'AbortError' || (err as { type?: string })?.type === 'aborted';
}

/** A client error in one line: the API's Status message when there is one. */
export function describe(err: unknown): string {
  const e = err as { code?: number; body?: unknown; message?: string };
  let msg = errorMessage(err);
  if (typeof e?.body === 'string') {
    try {
      const s = JSON.parse(e.body) as { message?: string };
      if (s.message) msg = `HTTP ${e.code ?? ''} ${s.message}`.trim();
    } catch {
      /* not a Status */
    }
  }
  return msg.split('\n')[0].slice(0, 300);
}
