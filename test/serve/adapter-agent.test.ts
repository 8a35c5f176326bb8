/**
 * mreg agent's adapter presets drive the LoRA APIs of servers we do not own, each against a
 * stand-in that checks every request the way the real server would take it: llama-server's
 * GET/POST /lora-adapters (adapters loaded at its start, switched by scale) and vLLM's
 * POST /v1/load_lora_adapter and /v1/unload_lora_adapter.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentRuntime } from '../../src/serve/agent.js';
import type { CachedArtifact } from '../../src/serve/cache.js';
import type { ArtifactMetadata } from '../../src/core/documents.js';

function artifact(id: string, file: string, base?: CachedArtifact): CachedArtifact {
  const [, model, version, quantization] = /^(.+)-v(\d+\.\d+\.\d+)-(.+)$/.exec(id)!;
  const meta = {
    model,
    version,
    quantization,
    kind: base ? 'lora' : 'gguf',
    artifact: { uri: `file://${file}`, sha256: 'a'.repeat(64), size: 1 },
  };
  return { id, meta: meta as unknown as ArtifactMetadata, path: file, paths: [file], base, downloaded: false };
}

const BASE = artifact('tiny-v1.0.0-f16', '/cache/artifacts/tiny-v1.0.0-f16.gguf');
const LORA_A = artifact('tiny-lora-v1.0.0-f32', '/cache/artifacts/tiny-lora-v1.0.0-f32.gguf', BASE);
const LORA_B = artifact('tiny-lora-v1.1.0-f32', '/cache/artifacts/tiny-lora-v1.1.0-f32.gguf', BASE);

interface Call {
  method: string;
  url: string;
  body: unknown;
}

let server: Server | null = null;
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(null)));
  server = null;
});

async function body(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const c of req) text += c;
  return text ? JSON.parse(text) : undefined;
}

async function listen(
  handler: (c: Call) => { status?: number; body: unknown },
): Promise<{ url: string; calls: Call[] }> {
  const calls: Call[] = [];
  server = createServer(async (req, res) => {
    const c = { method: req.method!, url: req.url!, body: await body(req) };
    calls.push(c);
    const r = handler(c);
    res.statusCode = r.status ?? 200;
    res.end(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

/** llama-server started with `-m BASE --lora A --lora B --lora-init-without-apply`. */
function llamaServer() {
  const adapters = [
    { id: 0, path: LORA_A.path, scale: 0 },
    { id: 1, path: LORA_B.path, scale: 0 },
  ];
  return listen((c) => {
    if (c.method === 'GET' && c.url === '/props') return { body: { model_path: BASE.path } };
    if (c.method === 'GET' && c.url === '/lora-adapters') return { body: adapters };
    if (c.method === 'POST' && c.url === '/lora-adapters') {
      // llama-server's rule: a list of {id, scale}, every id one it loaded.
      const list = c.body as Array<{ id: number; scale: number }>;
      if (!Array.isArray(list) || list.some((e) => !adapters[e.id] || typeof e.scale !== 'number'))
        return { status: 400, body: { error: 'bad list' } };
      for (const a of adapters) a.scale = list.find((e) => e.id === a.id)?.scale ?? 0;
      return { body: { success: true } };
    }
    return { status: 404, body: {} };
  });
}

describe('mreg agent adapter presets', () => {
  it('llama-server: switches adapters by scale, returns to the plain base, and names a file it was not started with', async () => {
    const s = await llamaServer();
    const agent = new AgentRuntime({ serverUrl: s.url, adapterApi: 'llama-server', activeLink: '/cache/active' });
    const scales = () => s.calls.filter((c) => c.method === 'POST').map((c) => c.body);
    await agent.activate(LORA_A);
    await agent.activate(LORA_B);
    await agent.activate(BASE);
    expect(scales()).toEqual([
      [
        { id: 0, scale: 1 },
        { id: 1, scale: 0 },
      ],
      [
        { id: 0, scale: 0 },
        { id: 1, scale: 1 },
      ],
      [
        { id: 0, scale: 0 },
        { id: 1, scale: 0 },
      ],
    ]);
    const other = artifact('tiny-lora-v2.0.0-f32', '/cache/artifacts/tiny-lora-v2.0.0-f32.gguf', BASE);
    await expect(agent.activate(other)).rejects.toThrow(`has no LoRA adapter loaded from ${other.path}`);
    // Another base is not something the adapter API can switch to.
    const otherBase = artifact('small-v1.0.0-f16', '/cache/artifacts/small-v1.0.0-f16.gguf');
    await expect(agent.activate(artifact('small-lora-v1.0.0-f32', '/x.gguf', otherBase))).rejects.toThrow(
      'does not serve small-v1.0.0-f16, the base of small-lora-v1.0.0-f32, and no --reload-command or --reload-url is set',
    );
  });

  it('vLLM: loads the new adapter under its artifact id, then unloads the previous one; back to the base unloads it', async () => {
    const loaded = new Map<string, string>();
    const s = await listen((c) => {
      if (c.method === 'GET' && c.url === '/props') return { status: 404, body: {} };
      if (c.method === 'GET' && c.url === '/v1/models')
        return {
          body: { data: [{ id: BASE.path }, ...[...loaded].map(([id, root]) => ({ id, root, parent: BASE.path }))] },
        };
      const b = c.body as { lora_name?: string; lora_path?: string };
      if (c.method === 'POST' && c.url === '/v1/load_lora_adapter') {
        if (!b.lora_name || !b.lora_path)
          return { status: 400, body: { error: 'lora_name and lora_path are required' } };
        if (loaded.has(b.lora_name))
          return { status: 400, body: { error: `The lora adapter '${b.lora_name}' has already been loaded.` } };
        loaded.set(b.lora_name, b.lora_path);
        return { body: `Success: LoRA adapter '${b.lora_name}' added successfully.` };
      }
      if (c.method === 'POST' && c.url === '/v1/unload_lora_adapter') {
        if (!b.lora_name || !loaded.delete(b.lora_name))
          return { status: 404, body: { error: `The lora adapter '${b.lora_name}' cannot be found.` } };
        return { body: `Success: LoRA adapter '${b.lora_name}' removed successfully.` };
      }
      return { status: 404, body: {} };
    });
    const agent = new AgentRuntime({ serverUrl: s.url, adapterApi: 'vllm', activeLink: '/cache/active' });
    await agent.activate(LORA_A);
    expect([...loaded]).toEqual([[LORA_A.id, LORA_A.path]]);
    await agent.activate(LORA_B);
    expect([...loaded]).toEqual([[LORA_B.id, LORA_B.path]]);
    await agent.activate(BASE);
    expect([...loaded]).toEqual([]);
    expect(
      s.calls.filter((c) => c.method === 'POST').map((c) => `${c.url} ${(c.body as { lora_name: string }).lora_name}`),
    ).toEqual([
      `/v1/load_lora_adapter ${LORA_A.id}`,
      `/v1/load_lora_adapter ${LORA_B.id}`,
      `/v1/unload_lora_adapter ${LORA_A.id}`,
      `/v1/unload_lora_adapter ${LORA_B.id}`,
    ]);
  });
});

describe('mreg agent --adapter-api', () => {
  it('refuses an unknown API and one without --server-url, naming the option', async () => {
    const { mreg } = await import('../helpers/cli.js');
    const bad = await mreg([
      'agent',
      '--env',
      'production',
      '--source',
      '/nonexistent/registry.json',
      '--adapter-api',
      'tgi',
      '--server-url',
      'http://127.0.0.1:9',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--adapter-api expects llama-server or vllm, got "tgi"');
    const noUrl = await mreg([
      'agent',
      '--env',
      'production',
      '--source',
      '/nonexistent/registry.json',
      '--adapter-api',
      'vllm',
    ]);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('--adapter-api vllm needs --server-url');
  });
});
