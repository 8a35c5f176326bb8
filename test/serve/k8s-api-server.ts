import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in Kubernetes API server for ConfigMaps, on 127.0.0.1, with the semantics the pointer
 * source and `mreg k8s apply` depend on:
 * - one resourceVersion counter for every write; list answers it in the list's metadata;
 * - get / create (409 AlreadyExists) / replace (409 Conflict unless metadata.resourceVersion is
 *   the current one; 404 when missing);
 * - watch (newline-delimited JSON) from a resourceVersion: the events after it are replayed,
 *   then new ones streamed; a resourceVersion older than the compaction point answers an ERROR
 *   event with a 410 Gone Status (as etcd compaction makes the real one do);
 * - BOOKMARK events (when asked for with allowWatchBookmarks) carrying the current resourceVersion;
 * - field selectors on metadata.name; bearer tokens recorded per request.
 * Used by the tests and by bench/fleet (one process can hold thousands of watches).
 */
export interface ConfigMapObject {
  apiVersion: 'v1';
  kind: 'ConfigMap';
  metadata: {
    name: string;
    namespace: string;
    resourceVersion: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  data?: Record<string, string>;
}

interface Event {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: ConfigMapObject;
}

interface Watcher {
  res: ServerResponse;
  ns: string;
  name: string | null;
  bookmarks: boolean;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  auth?: string;
  /** list, watch, get, create, replace, other */
  kind: string;
}

export class StandInApiServer {
  private rv = 0;
  private compactedThrough = 0;
  private readonly objects = new Map<string, ConfigMapObject>();
  private events: Event[] = [];
  private readonly watchers = new Set<Watcher>();
  readonly requests: RequestRecord[] = [];
  /** Count only (no records): for a benchmark's thousands of requests. */
  readonly counts: Record<string, number> = {};
  recordRequests = true;
  /** Called once, then cleared, when a create or replace arrives: a writer racing this one. */
  interfere: (() => void) | null = null;
  private server: Server | null = null;
  url = '';

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.maxConnections = 100_000;
    await new Promise<void>((r) => this.server!.listen(port, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const w of this.watchers) w.res.destroy();
    this.watchers.clear();
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  get resourceVersion(): number {
    return this.rv;
  }

  get watchCount(): number {
    return this.watchers.size;
  }

  get(ns: string, name: string): ConfigMapObject | undefined {
    return this.objects.get(`${ns}/${name}`);
  }

  /** Writes directly (as another client would), bypassing concurrency checks. */
  put(ns: string, name: string, data: Record<string, string>): ConfigMapObject {
    const key = `${ns}/${name}`;
    const existed = this.objects.has(key);
    const obj: ConfigMapObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: ns, resourceVersion: String(++this.rv) },
      data,
    };
    this.objects.set(key, obj);
    this.publish({ rv: this.rv, type: existed ? 'MODIFIED' : 'ADDED', object: obj });
    return obj;
  }

  /** Forgets the event history up to now: watches from an older resourceVersion get 410 Gone. */
  compact(): void {
    this.compactedThrough = this.rv;
    this.events = [];
  }

  /** Sends a BOOKMARK to every watch that asked for them. */
  bookmark(): void {
    for (const w of this.watchers)
      if (w.bookmarks)
        this.send(w, {
          type: 'BOOKMARK',
          object: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { resourceVersion: String(this.rv) } },
        });
  }

  /** Ends every watch, as the real server does after its timeout. */
  endWatches(): void {
    for (const w of this.watchers) w.res.end();
    this.watchers.clear();
  }

  private publish(e: Event): void {
    this.events.push(e);
    for (const w of this.watchers) if (matches(w, e.object)) this.send(w, { type: e.type, object: e.object });
  }

  private send(w: Watcher, ev: unknown): void {
    w.res.write(JSON.stringify(ev) + '\n');
  }

  private count(kind: string, req: IncomingMessage, u: URL): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    if (this.recordRequests)
      this.requests.push({
        method: req.method!,
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        auth: req.headers.authorization,
        kind,
      });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const u = new URL(req.url!, 'http://x');
    const m = /^\/api\/v1\/namespaces\/([^/]+)\/configmaps(?:\/([^/]+))?$/.exec(u.pathname);
    if (!m) {
      this.count('other', req, u);
      return status(res, 404, 'NotFound', `no route ${u.pathname}`);
    }
    const ns = decodeURIComponent(m[1]);
    const name = m[2] ? decodeURIComponent(m[2]) : null;
    const selector = /^metadata\.name=(.+)$/.exec(u.searchParams.get('fieldSelector') ?? '')?.[1] ?? null;
    if (
      req.method === 'GET' &&
      !name &&
      (u.searchParams.get('watch') === 'true' || u.searchParams.get('watch') === '1')
    ) {
      this.count('watch', req, u);
      return this.watch(
        res,
        ns,
        selector,
        u.searchParams.get('resourceVersion'),
        u.searchParams.get('allowWatchBookmarks') === 'true',
      );
    }
    if (req.method === 'GET' && !name) {
      this.count('list', req, u);
      const items = [...this.objects.values()].filter(
        (o) => o.metadata.namespace === ns && (!selector || o.metadata.name === selector),
      );
      return json(res, 200, {
        apiVersion: 'v1',
        kind: 'ConfigMapList',
        metadata: { resourceVersion: String(this.rv) },
        items,
      });
    }
    if (req.method === 'GET' && name) {
      this.count('get', req, u);
      const o = this.get(ns, name);
      return o ? json(res, 200, o) : status(res, 404, 'NotFound', `configmaps "${name}" not found`);
    }
    if ((req.method === 'POST' && !name) || (req.method === 'PUT' && name)) {
      this.count(req.method === 'POST' ? 'create' : 'replace', req, u);
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        let obj: ConfigMapObject;
        try {
          obj = JSON.parse(body) as ConfigMapObject;
        } catch {
          return status(res, 400, 'BadRequest', 'invalid JSON');
        }
        const n = obj.metadata?.name;
        if (!n || (name && n !== name))
          return status(res, 400, 'BadRequest', 'metadata.name missing or different from the URL');
        const race = this.interfere;
        this.interfere = null;
        race?.();
        const cur = this.get(ns, n);
        if (req.method === 'POST' && cur) return status(res, 409, 'AlreadyExists', `configmaps "${n}" already exists`);
        if (req.method === 'PUT') {
          if (!cur) return status(res, 404, 'NotFound', `configmaps "${n}" not found`);
          if (obj.metadata.resourceVersion !== cur.metadata.resourceVersion)
            return status(
              res,
              409,
              'Conflict',
              `Operation cannot be fulfilled on configmaps "${n}": the object has been modified; please apply your changes to the latest version and try again`,
            );
        }
        const stored = this.put(ns, n, obj.data ?? {});
        stored.metadata.labels = obj.metadata.labels;
        stored.metadata.annotations = obj.metadata.annotations;
        json(res, req.method === 'POST' ? 201 : 200, stored);
      });
      return;
    }
    this.count('other', req, u);
    status(res, 405, 'MethodNotAllowed', `${req.method} not supported here`);
  }

  private watch(res: ServerResponse, ns: string, name: string | null, from: string | null, bookmarks: boolean): void {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    res.flushHeaders();
    const w: Watcher = { res, ns, name, bookmarks };
    const since = from === null || from === '' || from === '0' ? null : Number(from);
    if (since !== null && since < this.compactedThrough) {
      this.send(w, {
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'Expired',
          code: 410,
          message: `too old resource version: ${since} (${this.compactedThrough})`,
        },
      });
      res.end();
      return;
    }
    if (since === null) {
      // No resourceVersion: the current state as ADDED events, then changes.
      for (const o of this.objects.values()) if (matches(w, o)) this.send(w, { type: 'ADDED', object: o });
    } else {
      for (const e of this.events)
        if (e.rv > since && matches(w, e.object)) this.send(w, { type: e.type, object: e.object });
    }
    this.watchers.add(w);
    res.on('close', () => this.watchers.delete(w));
  }
}

function matches(w: Watcher, o: ConfigMapObject): boolean {
  return o.metadata.namespace === w.ns && (!w.name || o.metadata.name === w.name);
}

function json(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function status(res: ServerResponse, code: number, reason: string, message: string): void {
  json(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason, message, code });
}
