import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { MregError, errorMessage } from '../core/errors.js';
import type { CachedArtifact } from './cache.js';
import type { Follower, Runtime } from './follower.js';
import { servingRole } from './prometheus-metrics.js';
import { relabelExposition } from './relabel-metrics.js';

export type AdapterApi = 'llama-server' | 'vllm';
export const ADAPTER_APIS: readonly AdapterApi[] = ['llama-server', 'vllm'];

export interface AgentOptions {
  /** argv, run without a shell: `["kill", "-HUP", "1"]`, `["supervisorctl", "restart", "llama"]`. */
  reloadCommand?: string[];
  /** POSTed a JSON body naming the new model (llama-server's router, a custom endpoint). */
  reloadUrl?: string;
  /** The server we confirm against: llama.cpp `/props` model_path, else `/v1/models` ids. */
  serverUrl?: string;
  /**
   * How a LoRA adapter (and a return to the plain base) is applied on `serverUrl`, a preset of the
   * reload hook for the adapter APIs real servers expose: 'llama-server' sets adapter scales
   * through `POST /lora-adapters` (the server must have been started with `--lora FILE` for every
   * adapter it may serve: its API switches adapters, it does not load files); 'vllm' loads the new
   * adapter with `POST /v1/load_lora_adapter` and unloads the previous one with
   * `POST /v1/unload_lora_adapter` (vLLM needs VLLM_ALLOW_RUNTIME_LORA_UPDATING=True).
   */
  adapterApi?: AdapterApi;
  /** The `<cache>/active` link, as the server sees it may differ (a sidecar mount). */
  activeLink: string;
  confirmTimeoutMs?: number;
  pollMs?: number;
  log?: (m: string) => void;
}

/**
 * Splits a command line into argv, POSIX-quote style, without a shell: no variables, globs,
 * pipes or redirections, so nothing in a registry value can ever be interpreted.
 */
export function splitCommand(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) cur += line[++i];
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += ch;
  }
  if (quote) throw new MregError('USAGE', `unterminated ${quote} in command ${JSON.stringify(line)}`);
  if (has || cur) out.push(cur);
  return out;
}

/**
 * `mreg agent`: for servers we do not own. After the follower has fetched, verified and swapped
 * `<cache>/active`, run the reload hook, then poll the server until it reports the new model.
 * A hook that fails or a server that never confirms fails the switch (the follower reports it
 * and retries with backoff); the link is put back by the follower.
 */
export class AgentRuntime implements Runtime {
  /** vLLM: the adapter this agent loaded last (unloaded once its successor is loaded). */
  private vllmAdapter: string | null = null;

  constructor(private readonly o: AgentOptions) {
    if (o.adapterApi && !o.serverUrl)
      throw new MregError('USAGE', `the ${o.adapterApi} adapter API needs the server's URL (--server-url)`);
  }

  private get server(): string {
    return this.o.serverUrl!.replace(/\/+$/, '');
  }

  private async call(method: 'GET' | 'POST', route: string, body?: unknown): Promise<unknown> {
    const url = `${this.server}${route}`;
    const res = await fetch(url, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(120_000),
    }).catch((err: unknown) => {
      throw new MregError('SERVE', `${method} ${url}: ${errorMessage(err)}`);
    });
    const text = await res.text();
    if (!res.ok) throw new MregError('SERVE', `${method} ${url} answered HTTP ${res.status}: ${text.slice(0, 200)}`);
    try {
      return text ? JSON.parse(text) : null;
    } catch {
      return text; // vLLM answers its load/unload calls in plain text
    }
  }

  /**
   * llama-server: the adapter `a` at scale 1 and every other at 0 (a plain model: all at 0), then
   * read back. Its adapters are the files it was started with; they are matched by path.
   */
  private async llamaServerAdapters(a: CachedArtifact): Promise<void> {
    type Entry = { id: number; path: string; scale: number };
    const list = async (): Promise<Entry[]> => {
      const j = await this.call('GET', '/lora-adapters');
      if (!Array.isArray(j))
        throw new MregError('SERVE', `${this.server}/lora-adapters did not answer a list of adapters`);
      return j as Entry[];
    };
    const adapters = await list();
    let target: Entry | undefined;
    if (a.base) {
      const real = await realpath(a.path).catch(() => a.path);
      for (const e of adapters) {
        if (typeof e.path !== 'string') continue;
        if (
          e.path === a.path ||
          path.basename(e.path) === path.basename(a.path) ||
          (await realpath(e.path).catch(() => null)) === real
        )
          target = e;
      }
      if (!target) {
        throw new MregError(
          'SERVE',
          `${this.server} has no LoRA adapter loaded from ${a.path} (it has ${adapters.map((e) => e.path).join(', ') || 'none'}): ` +
            `llama-server loads adapter files at startup; start it with --lora ${a.path} (and --lora-init-without-apply)`,
        );
      }
    }
    await this.call(
      'POST',
      '/lora-adapters',
      adapters.map((e) => ({ id: e.id, scale: e === target ? 1 : 0 })),
    );
    const after = await list();
    const wrong = after.filter((e) => (target && e.id === target.id ? e.scale !== 1 : e.scale !== 0));
    if (wrong.length)
      throw new MregError(
        'SERVE',
        `${this.server}/lora-adapters did not take the new scales: ${JSON.stringify(after)}`,
      );
  }

  /** vLLM: load the adapter under its artifact id, check /v1/models lists it, unload the previous one. */
  private async vllmAdapters(a: CachedArtifact): Promise<void> {
    const previous = this.vllmAdapter;
    if (a.base && previous !== a.id) {
      await this.call('POST', '/v1/load_lora_adapter', { lora_name: a.id, lora_path: a.path });
      const models = (await this.call('GET', '/v1/models')) as { data?: Array<{ id?: unknown }> } | null;
      if (!models?.data?.some((m) => m.id === a.id))
        throw new MregError('SERVE', `${this.server}/v1/models does not list ${a.id} after loading it`);
      this.vllmAdapter = a.id;
    }
    if (previous && previous !== a.id) {
      await this.call('POST', '/v1/unload_lora_adapter', { lora_name: previous });
      if (!a.base) this.vllmAdapter = null;
    }
  }

  private env(a: CachedArtifact): Record<string, string> {
    return {
      MREG_MODEL_PATH: a.path,
      MREG_ACTIVE_PATH: this.o.activeLink,
      MREG_MODEL: a.meta.model,
      MREG_VERSION: a.meta.version,
      MREG_QUANTIZATION: a.meta.quantization,
      MREG_ARTIFACT_ID: a.id,
      MREG_SHA256: a.meta.artifact.sha256,
      ...(a.base ? { MREG_BASE_MODEL_PATH: a.base.path } : {}),
    };
  }

  async activate(a: CachedArtifact): Promise<void> {
    if (!this.o.adapterApi) return this.reload(a);
    // The adapter API switches adapters on the model the server runs: a new base goes through the
    // reload hook first (a restarted server has no runtime adapters left).
    const base = a.base ?? a;
    if (!(await this.confirmed(base, false).catch(() => false))) {
      if (!this.o.reloadCommand?.length && !this.o.reloadUrl) {
        throw new MregError(
          'SERVE',
          `${this.server} does not serve ${base.id}${a.base ? `, the base of ${a.id}` : ''}, and no --reload-command or --reload-url is set to load it: the adapter API switches adapters, not base models`,
        );
      }
      await this.reload(base);
      this.vllmAdapter = null;
    }
    if (this.o.adapterApi === 'llama-server') await this.llamaServerAdapters(a);
    else await this.vllmAdapters(a);
    this.o.log?.(
      `${this.server}: ${a.base ? `adapter ${a.id} applied on ${a.base.id}` : `no adapter on ${a.id}`} (${this.o.adapterApi} adapter API)`,
    );
  }

  /** The reload hook for a whole model: command and/or URL, then confirmation on the server. */
  private async reload(a: CachedArtifact): Promise<void> {
    if (this.o.serverUrl && (await this.confirmed(a, false).catch(() => false))) {
      this.o.log?.(`${this.o.serverUrl} already serves ${a.id}; no reload needed`);
      return;
    }
    if (this.o.reloadCommand?.length) {
      const [cmd, ...args] = this.o.reloadCommand;
      await new Promise<void>((resolve, reject) => {
        execFile(cmd, args, { env: { ...process.env, ...this.env(a) }, timeout: 120_000 }, (err, _stdout, stderr) => {
          if (err)
            reject(
              new MregError(
                'SERVE',
                `reload command ${JSON.stringify(this.o.reloadCommand!.join(' '))} failed: ${(stderr || errorMessage(err)).trim().split('\n').pop()}`,
              ),
            );
          else resolve();
        });
      });
    }
    if (this.o.reloadUrl) {
      const body = {
        model_path: a.path,
        active_path: this.o.activeLink,
        model: a.meta.model,
        version: a.meta.version,
        quantization: a.meta.quantization,
        artifact_id: a.id,
        sha256: a.meta.artifact.sha256,
      };
      const res = await fetch(this.o.reloadUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(120_000),
      }).catch((err: unknown) => {
        throw new MregError('SERVE', `reload URL ${this.o.reloadUrl}: ${errorMessage(err)}`);
      });
      if (!res.ok)
        throw new MregError(
          'SERVE',
          `reload URL ${this.o.reloadUrl} answered HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`,
        );
    }
    if (!this.o.serverUrl) return;
    const deadline = Date.now() + (this.o.confirmTimeoutMs ?? 120_000);
    let last = '';
    while (Date.now() < deadline) {
      try {
        if (await this.confirmed(a, true)) return;
        last = 'the server still reports another model';
      } catch (err) {
        last = errorMessage(err); // restarting servers refuse connections for a while
      }
      await new Promise((r) => setTimeout(r, this.o.pollMs ?? 500));
    }
    throw new MregError(
      'SERVE',
      `${this.o.serverUrl} did not confirm ${a.id} within ${this.o.confirmTimeoutMs ?? 120_000} ms (${last})`,
    );
  }

  /** llama.cpp `/props` → model_path; otherwise `/v1/models` → data[].id (vLLM, llama.cpp). */
  private async confirmed(a: CachedArtifact, reloaded: boolean): Promise<boolean> {
    const base = this.o.serverUrl!.replace(/\/+$/, '');
    const props = await fetch(`${base}/props`, { signal: AbortSignal.timeout(5000) });
    if (props.ok) {
      const j = (await props.json().catch(() => ({}))) as { model_path?: unknown };
      if (typeof j.model_path === 'string') return this.matches(a, j.model_path, reloaded);
    }
    const models = await fetch(`${base}/v1/models`, { signal: AbortSignal.timeout(5000) });
    if (!models.ok) throw new MregError('SERVE', `${base}/v1/models answered HTTP ${models.status}`);
    const j = (await models.json()) as { data?: Array<{ id?: unknown }> };
    for (const m of j.data ?? []) if (typeof m.id === 'string' && (await this.matches(a, m.id, reloaded))) return true;
    return false;
  }

  private async matches(a: CachedArtifact, reported: string, reloaded: boolean): Promise<boolean> {
    // Exact names only: `mymodel-v1.0.0-q8_0` contains the id `model-v1.0.0-q8_0`, and a `-q4` id
    // is a prefix of a `-q4km` file, so a substring match would confirm the wrong model.
    const base = path.basename(reported);
    if (
      reported === a.path ||
      reported === a.id ||
      base === path.basename(a.path) ||
      base.replace(/\.gguf$/i, '') === a.id
    )
      return true;
    // A server started on the link itself reports the link, which resolves to the new file the
    // moment we swap it, reloaded or not: it proves nothing before the hook ran, and after it only
    // that the server answers. Start servers on the resolved path (`readlink -f`) to confirm more.
    if (path.resolve(reported) === path.resolve(this.o.activeLink) || path.basename(reported) === 'active') {
      if (reloaded)
        this.o.log?.(
          `${this.o.serverUrl} reports the active link, not a file: confirmation only shows that it answers`,
        );
      return reloaded;
    }
    const real = await realpath(reported).catch(() => null);
    return real !== null && real === (await realpath(a.path).catch(() => a.path));
  }

  async close(): Promise<void> {}
}

/**
 * The metrics of the server an agent runs for (llama-server started with --metrics), for the
 * agent's own /metrics: each series labelled with the environment, model, version and role this
 * agent serves, so a canary's server is told from a stable one. A server without metrics (404) or
 * one that does not answer adds nothing; a scrape never fails for it.
 */
export function serverMetrics(serverUrl: string, follower: Follower, log?: (m: string) => void): () => Promise<string> {
  const url = `${serverUrl.replace(/\/+$/, '')}/metrics`;
  let warned = false;
  return async () => {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (!res.ok) return '';
      const info = follower.info();
      const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
      const labels = {
        environment: s(info.environment),
        model: s(info.model),
        version: s(info.version),
        role: servingRole(follower),
      };
      return relabelExposition(await res.text(), labels).text;
    } catch (err) {
      if (!warned) log?.(`${url}: ${errorMessage(err)}; its metrics are left out of /metrics until it answers`);
      warned = true;
      return '';
    }
  };
}
