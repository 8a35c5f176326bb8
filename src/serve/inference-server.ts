import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MregError, errorMessage } from '../core/errors.js';
import type { CachedArtifact } from './cache.js';
import {
  chat,
  complete,
  type ChatMessage,
  type GenerateOptions,
  type Generated,
  type LlamaEngine,
  type LoadedModel,
} from './engine.js';
import type { Follower } from './follower.js';
import type { ServeMetrics, VersionLabels } from './prometheus-metrics.js';

const MAX_BODY = 4 * 1024 * 1024;

export interface ServerOptions {
  follower: Follower;
  /** Absent for `mreg agent`, which serves only /model-info and /health. */
  engine?: LlamaEngine;
  log?: (m: string) => void;
  /** GET /metrics (Prometheus text format). */
  metrics?: ServeMetrics;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body, null, 2) + '\n';
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function apiError(res: ServerResponse, status: number, message: string, type: string): void {
  send(res, status, { error: { message, type, code: status } });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    n += c.length;
    if (n > MAX_BODY) throw new MregError('USAGE', `request body over ${MAX_BODY} bytes`);
    chunks.push(c);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let v: unknown;
  try {
    v = JSON.parse(text || '{}');
  } catch {
    throw new MregError('USAGE', 'request body is not valid JSON');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new MregError('USAGE', 'request body must be a JSON object');
  return v as Record<string, unknown>;
}

function numberField(body: Record<string, unknown>, name: string, dflt: number, min: number, max: number): number {
  const v = body[name];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw new MregError('USAGE', `${name} must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`);
  return v;
}

function booleanField(body: Record<string, unknown>, name: string): boolean {
  const v = body[name];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw new MregError('USAGE', `${name} must be true or false, got ${JSON.stringify(v)}`);
  return v;
}

function generateOptions(body: Record<string, unknown>, signal: AbortSignal): GenerateOptions {
  const stop = body.stop === undefined || body.stop === null ? [] : Array.isArray(body.stop) ? body.stop : [body.stop];
  if (!stop.every((s) => typeof s === 'string'))
    throw new MregError('USAGE', 'stop must be a string or an array of strings');
  return {
    maxTokens: numberField(body, 'max_tokens', 16, 1, 32768),
    temperature: numberField(body, 'temperature', 0, 0, 2),
    topP: body.top_p === undefined ? undefined : numberField(body, 'top_p', 1, 0, 1),
    seed: body.seed === undefined ? undefined : numberField(body, 'seed', 0, 0, 2 ** 31),
    stop: stop as string[],
    ignoreEos: booleanField(body, 'ignore_eos'),
    signal,
  };
}

/**
 * What /model-info adds about a LoRA adapter: the adapter (id, version, sha256) and the base it is
 * applied to (id, sha256); both null for a plain model. `base.loaded_at` (mreg serve) says when the
 * base in memory was loaded: an adapter-only switch keeps it.
 */
function adapterInfo(a: CachedArtifact | null, loaded: LoadedModel | null): Record<string, unknown> {
  if (!a?.base) return { adapter: null, base: null };
  const served = loaded && loaded.artifact.id === a.id ? loaded : null;
  return {
    adapter: { id: a.id, model: a.meta.model, version: a.meta.version, sha256: a.meta.artifact.sha256, path: a.path },
    base: {
      id: a.base.id,
      sha256: a.base.meta.artifact.sha256,
      path: a.base.path,
      ...(served ? { loaded_at: served.modelLoadedAt } : {}),
    },
  };
}

type InferKind = 'completion' | 'chat';

/** What the request asks the model: the chat's messages or the completion's one prompt. */
interface InferInput {
  messages: ChatMessage[];
  prompt: string;
}

function chatMessages(body: Record<string, unknown>): ChatMessage[] {
  if (!Array.isArray(body.messages) || body.messages.length === 0)
    throw new MregError('USAGE', 'messages must be a non-empty array');
  return body.messages.map((m, i) => {
    const x = m as { role?: unknown; content?: unknown };
    // OpenAI clients may send content as an array of parts; only their text is kept.
    const content =
      typeof x.content === 'string'
        ? x.content
        : Array.isArray(x.content)
          ? x.content.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join('')
          : null;
    if (typeof x.role !== 'string' || content === null)
      throw new MregError('USAGE', `messages[${i}] needs a role and string content`);
    return { role: x.role as ChatMessage['role'], content };
  });
}

function completionPrompt(body: Record<string, unknown>): string {
  const p = Array.isArray(body.prompt) ? body.prompt : [body.prompt ?? ''];
  if (p.length !== 1 || typeof p[0] !== 'string')
    throw new MregError('USAGE', 'prompt must be a string (or an array of one string)');
  return p[0];
}

function inferInput(body: Record<string, unknown>, kind: InferKind): InferInput {
  return kind === 'chat'
    ? { messages: chatMessages(body), prompt: '' }
    : { messages: [], prompt: completionPrompt(body) };
}

/** The identity one response carries in every chunk; `model` is known once the model is pinned. */
interface Reply {
  kind: InferKind;
  id: string;
  created: number;
  model: string;
}

function newReply(kind: InferKind): Reply {
  const id = `${kind === 'chat' ? 'chatcmpl' : 'cmpl'}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return { kind, id, created: Math.floor(Date.now() / 1000), model: '' };
}

/** One server-sent event of a streamed response, in the shape of its kind. */
function streamChunk(r: Reply, text: string, finishReason: string | null): Record<string, unknown> {
  return r.kind === 'chat'
    ? {
        id: r.id,
        object: 'chat.completion.chunk',
        created: r.created,
        model: r.model,
        choices: [{ index: 0, delta: text ? { content: text } : {}, finish_reason: finishReason }],
      }
    : {
        id: r.id,
        object: 'text_completion',
        created: r.created,
        model: r.model,
        choices: [{ index: 0, text, finish_reason: finishReason }],
      };
}

/** Opens the event stream once the model is pinned, so the header can name the artifact that answers. */
function startStream(res: ServerResponse, r: Reply, opts: GenerateOptions): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    'x-mreg-artifact': r.model,
  });
  if (r.kind === 'chat')
    res.write(
      `data: ${JSON.stringify({ ...streamChunk(r, '', null), choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }] })}\n\n`,
    );
  opts.onTextChunk = (t) => res.write(`data: ${JSON.stringify(streamChunk(r, t, null))}\n\n`);
}

/** Ends the response with the generation's outcome: the last event of a stream, or the whole JSON body. */
function finishReply(res: ServerResponse, r: Reply, g: Generated, streamed: boolean): void {
  const usage = {
    prompt_tokens: g.promptTokens,
    completion_tokens: g.completionTokens,
    total_tokens: g.promptTokens + g.completionTokens,
  };
  if (streamed) {
    res.write(`data: ${JSON.stringify({ ...streamChunk(r, '', g.finishReason), usage })}\n\n`);
    res.end('data: [DONE]\n\n');
    return;
  }
  const choice =
    r.kind === 'chat'
      ? { index: 0, message: { role: 'assistant', content: g.text }, finish_reason: g.finishReason }
      : { index: 0, text: g.text, logprobs: null, finish_reason: g.finishReason };
  const object = r.kind === 'chat' ? 'chat.completion' : 'text_completion';
  send(
    res,
    200,
    { id: r.id, object, created: r.created, model: r.model, choices: [choice], usage },
    { 'x-mreg-artifact': r.model },
  );
}

/**
 * A prompt the model's context cannot hold is refused (400, as OpenAI's context_length_exceeded)
 * rather than silently cut from the front. It is still the version's failure, not the client's: a
 * prompt that fits one version's context and not another's is what a canary must show.
 */
function checkFitsContext(m: LoadedModel, contextSize: number, input: InferInput, seen: Measured): void {
  const texts = input.messages.length ? input.messages.map((x) => x.content) : [input.prompt];
  const tokens = texts.reduce((n, t) => n + m.model.tokenize(t).length, 0);
  if (tokens < contextSize) return;
  seen.overflow = true;
  throw new MregError(
    'USAGE',
    `the prompt is ${tokens} tokens, more than ${m.artifact.id} can hold (its context is ${contextSize} tokens)`,
  );
}

/** What one inference request showed on its way, for the request metrics. */
interface Measured {
  /** The prompt did not fit the context of the version that answered. */
  overflow: boolean;
  arrivedAt: number;
  /** The version that answered, once the model is pinned. */
  answered: Omit<VersionLabels, 'environment'> | null;
  pinnedAt: number | null;
  firstTextAt: number | null;
  generated: Generated | null;
}

/** POST /v1/completions and /v1/chat/completions: one generation on the model current at arrival. */
async function infer(
  engine: LlamaEngine,
  req: IncomingMessage,
  res: ServerResponse,
  kind: InferKind,
  seen: Measured,
): Promise<void> {
  const body = await readJson(req);
  // A client that hangs up stops the generation rather than leaving it to run on for nobody.
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const opts = generateOptions(body, abort.signal);
  // A chat answer ends where the chat template ends the turn, and node-llama-cpp's chat session has no
  // way past it: refused rather than ignored, so a client timing fixed lengths is not handed natural ones.
  if (kind === 'chat' && opts.ignoreEos)
    throw new MregError(
      'USAGE',
      'ignore_eos is not supported on /v1/chat/completions: use /v1/completions for a fixed number of tokens',
    );
  const input = inferInput(body, kind);
  const stream = body.stream === true;
  const reply = newReply(kind);
  let started = false;
  const g = await engine.withModel(async (m, seq): Promise<Generated> => {
    reply.model = m.artifact.id;
    seen.answered = { model: m.artifact.meta.model, version: m.artifact.meta.version };
    seen.pinnedAt = performance.now();
    checkFitsContext(m, seq.contextSize, input, seen);
    if (stream) {
      startStream(res, reply, opts);
      started = true;
    }
    const write = opts.onTextChunk;
    opts.onTextChunk = (t) => {
      seen.firstTextAt ??= performance.now();
      write?.(t);
    };
    return kind === 'chat' ? chat(m, seq, input.messages, opts) : complete(m, seq, input.prompt, opts);
  });
  if (g === null) return apiError(res, 503, 'no model is loaded yet (see /health)', 'unavailable');
  seen.generated = g;
  finishReply(res, reply, g, stream && started);
}

/**
 * Counts a finished inference request in the metrics: ok, or error for a 5xx reply or a failed
 * generation. A client's own mistake (4xx) says nothing about the version, and a client that hung
 * up did not wait for the answer: neither is counted.
 */
function recordRequest(o: ServerOptions, res: ServerResponse, seen: Measured, failed: unknown): void {
  if (!o.metrics) return;
  if (failed instanceof MregError && failed.code === 'USAGE' && !seen.overflow) return;
  if (!failed && !res.writableFinished) return;
  const outcome = failed || res.statusCode >= 500 || !seen.generated ? 'error' : 'ok';
  const now = performance.now();
  const info = o.follower.info();
  const labels = {
    environment: str(info.environment),
    model: str(seen.answered?.model ?? info.model),
    version: str(seen.answered?.version ?? info.version),
  };
  o.metrics.request({
    labels,
    outcome,
    seconds: (now - seen.arrivedAt) / 1000,
    firstTokenSeconds: seen.firstTextAt === null ? null : (seen.firstTextAt - seen.arrivedAt) / 1000,
    tokens: seen.generated?.completionTokens ?? 0,
    generationSeconds: seen.pinnedAt === null ? 0 : (now - seen.pinnedAt) / 1000,
  });
}

async function measuredInfer(o: ServerOptions, req: IncomingMessage, res: ServerResponse, kind: InferKind) {
  const seen: Measured = {
    arrivedAt: performance.now(),
    overflow: false,
    answered: null,
    pinnedAt: null,
    firstTextAt: null,
    generated: null,
  };
  try {
    await infer(o.engine!, req, res, kind, seen);
  } catch (err) {
    recordRequest(o, res, seen, err);
    throw err;
  }
  recordRequest(o, res, seen, null);
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

function healthReply(o: ServerOptions, url: URL): { status: number; body: Record<string, unknown> } {
  const h = o.follower.health();
  // ?serving=1 is for readiness probes: ready while any version serves (a failed switch
  // keeps the old one serving and must not empty the Service), the reason still in the body.
  const ok = url.searchParams.get('serving') === '1' ? h.loaded : h.ok;
  const info = o.follower.info();
  return {
    status: ok ? 200 : 503,
    body: {
      status: h.status,
      reason: h.reason,
      version: info.version,
      desired_version: (info.desired as { version?: string } | null)?.version ?? info.version,
    },
  };
}

function modelList(engine: LlamaEngine): Record<string, unknown> {
  const m = engine.loaded();
  const data = m
    ? [
        {
          id: m.artifact.id,
          object: 'model',
          created: Math.floor(Date.parse(m.loadedAt) / 1000),
          owned_by: 'mreg',
          root: m.artifact.meta.model,
          version: m.artifact.meta.version,
          quantization: m.artifact.meta.quantization,
        },
      ]
    : [];
  return { object: 'list', data };
}

function endpoints(o: ServerOptions): string[] {
  return [
    '/model-info',
    '/health',
    ...(o.metrics ? ['/metrics'] : []),
    ...(o.engine ? ['/v1/models', '/v1/completions', '/v1/chat/completions'] : []),
  ];
}

/** Routes one request; a route whose part is absent (no engine, no metrics) falls through to 404. */
async function routeRequest(o: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { follower, engine } = o;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '') || '/'}`;
  switch (route) {
    case 'GET /model-info':
      return send(res, 200, {
        ...follower.info(),
        ...adapterInfo(follower.currentArtifact(), engine?.loaded() ?? null),
      });
    case 'GET /health': {
      const h = healthReply(o, url);
      return send(res, h.status, h.body);
    }
    case 'GET /metrics': {
      if (!o.metrics) break;
      const text = await o.metrics.text();
      res.writeHead(200, { 'content-type': o.metrics.contentType, 'cache-control': 'no-store' });
      return void res.end(text);
    }
    case 'GET /v1/models':
      if (!engine) break;
      return send(res, 200, modelList(engine));
    case 'POST /v1/completions':
      if (!engine) break;
      return measuredInfer(o, req, res, 'completion');
    case 'POST /v1/chat/completions':
      if (!engine) break;
      return measuredInfer(o, req, res, 'chat');
    case 'GET /':
      return send(res, 200, { name: 'mreg', endpoints: endpoints(o) });
  }
  apiError(res, 404, `no route ${route}`, 'not_found');
}

/**
 * `mreg serve`'s HTTP API: /model-info and /health (for people, probes and the benchmark) and the
 * OpenAI-compatible /v1 routes. Each inference request pins the model that is current when it
 * arrives; the `x-mreg-artifact` response header names it.
 */
export function createServeServer(o: ServerOptions): Server {
  return createServer((req, res) => {
    routeRequest(o, req, res).catch((err: unknown) => {
      const usageError = err instanceof MregError && err.code === 'USAGE';
      if (!usageError) o.log?.(`${req.method} ${req.url}: ${errorMessage(err)}`);
      if (res.headersSent) {
        res.end();
        return;
      }
      apiError(res, usageError ? 400 : 500, errorMessage(err), usageError ? 'invalid_request_error' : 'server_error');
    });
  });
}

export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new MregError('SERVE', `cannot listen on ${host}:${port}: ${err.code ?? err.message}`)),
    );
    server.listen(port, host, () => resolve());
  });
  const a = server.address() as AddressInfo;
  const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
  return `http://${h}:${a.port}`;
}

/** Stops accepting, lets running requests finish for up to `graceMs`, then cuts the rest. */
export async function closeServer(server: Server, graceMs = 5000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const t = setTimeout(() => server.closeAllConnections(), graceMs);
  t.unref();
  await closed;
  clearTimeout(t);
}
