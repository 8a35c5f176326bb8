// Fleet behaviour of one follower: downloads spread over rollout.spread_s, rollbacks to a cached
// version at once, the previous known-good version pre-fetched, and the Prometheus metrics.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArtifactMetadata, Pointer } from '../../src/core/documents.js';
import { writeGguf } from '../../src/gguf/writer.js';
import { ServeCache, type CachedArtifact } from '../../src/serve/cache.js';
import { Follower, type Runtime } from '../../src/serve/follower.js';
import { closeServer, createServeServer, listen } from '../../src/serve/inference-server.js';
import { ServeMetrics } from '../../src/serve/prometheus-metrics.js';
import { renderPointerDocument } from '../../src/serve/pointer-source.js';
import { FileSource } from '../../src/serve/sources/file-source.js';
import { loadConfig } from '../../src/state/config.js';
import { FileStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';
import { waitFor } from './helpers.js';

class RecordingRuntime implements Runtime {
  activated: Array<{ id: string; downloaded: boolean }> = [];
  async activate(a: CachedArtifact): Promise<void> {
    this.activated.push({ id: a.id, downloaded: a.downloaded });
  }
  async close(): Promise<void> {}
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Setup {
  dir: string;
  cacheDir: string;
  store: FileStore;
  metas: Record<string, ArtifactMetadata>;
  point(version: string, historyId: number, previous?: string): void;
}

async function setup(): Promise<Setup> {
  const t = await tempDir('mreg-fleet-');
  cleanups.push(t.cleanup);
  const store = new FileStore(path.join(t.dir, 'store'));
  const metas: Record<string, ArtifactMetadata> = {};
  for (const v of ['1.0.0', '2.0.0']) {
    const local = path.join(t.dir, `m-${v}.gguf`);
    await writeGguf(local, {
      metadata: [
        ['general.architecture', { type: 'string', value: 'llama' }],
        ['general.file_type', { type: 'uint32', value: 0 }],
      ],
      tensors: [],
    });
    appendFileSync(local, randomBytes(64 * 1024));
    const put = await store.putFile(`m/v${v}/m-v${v}-f32.gguf`, local);
    metas[v] = {
      model: 'm',
      version: v,
      quantization: 'f32',
      base_model: 'm',
      benchmark_score: null,
      created_at: '2026-01-01T00:00:00.000Z',
      parent_version: null,
      kind: 'gguf',
      status: 'active',
      artifact: { uri: put.uri, sha256: put.sha256, size: put.size },
    };
  }
  const folder = path.join(t.dir, 'pointer');
  mkdirSync(folder);
  const ptr = (v: string, id: number): Pointer => ({ model: 'm', version: v, quantization: 'f32', history_id: id });
  return {
    dir: folder,
    cacheDir: path.join(t.dir, 'cache'),
    store,
    metas,
    point(version, historyId, previous) {
      const doc = renderPointerDocument({
        env: 'prod',
        revision: `rev${historyId}`,
        pointer: ptr(version, historyId),
        artifact: metas[version],
        historyId,
        committedAt: new Date().toISOString(),
        previous: previous ? ptr(previous, historyId - 1) : null,
        previousArtifact: previous ? metas[previous] : undefined,
      });
      writeFileSync(path.join(folder, 'pointer.json.tmp'), JSON.stringify(doc));
      renameSync(path.join(folder, 'pointer.json.tmp'), path.join(folder, 'pointer.json'));
    },
  };
}

function follower(
  s: Setup,
  o: { spreadS?: number; instance?: string; runtime: Runtime; metrics?: ServeMetrics; logs?: string[] },
): Follower {
  const f = new Follower({
    env: 'prod',
    source: new FileSource({ path: s.dir, env: 'prod', pollMs: 100 }),
    cache: new ServeCache({ dir: s.cacheDir, keep: 3, store: s.store }),
    runtime: o.runtime,
    spreadS: o.spreadS,
    instance: o.instance,
    observer: o.metrics,
    logger: { info: (m) => o.logs?.push(m), warn: (m) => o.logs?.push(`warning: ${m}`) },
  });
  o.metrics?.attach(f);
  cleanups.push(() => f.stop());
  return f;
}

const cached = (s: Setup, v: string) => existsSync(path.join(s.cacheDir, 'artifacts', `m-v${v}-f32.gguf`));

describe('fleet rollout', () => {
  it('rollout.spread_s in registry/config.json: 0 by default, read when set, a bad value names the field', async () => {
    const t = await tempDir('mreg-fleet-config-');
    cleanups.push(t.cleanup);
    mkdirSync(path.join(t.dir, 'registry'));
    const write = (extra: object) =>
      writeFileSync(
        path.join(t.dir, 'registry', 'config.json'),
        JSON.stringify({ schema_version: 1, store: 's', environments: ['production'], ...extra }),
      );
    write({});
    expect((await loadConfig(t.dir)).rollout).toEqual({ spread_s: 0 });
    write({ rollout: { spread_s: 300 } });
    expect((await loadConfig(t.dir)).rollout).toEqual({ spread_s: 300 });
    write({ rollout: { spread_s: -5 } });
    await expect(loadConfig(t.dir)).rejects.toThrow(/registry\/config\.json.*\/rollout\/spread_s/);
  });

  it('spread delay: deterministic per instance and artifact, uniform over the window', async () => {
    const s = await setup();
    const runtime = new RecordingRuntime();
    const delays = Array.from({ length: 1000 }, (_, i) =>
      follower(s, { spreadS: 60, instance: `pod-${i}`, runtime }).spreadDelayMs('m-v2.0.0-f32'),
    );
    expect(follower(s, { spreadS: 60, instance: 'pod-7', runtime }).spreadDelayMs('m-v2.0.0-f32')).toBe(delays[7]);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(60_000);
    // Each 6 s tenth of the window gets about a tenth of the fleet (100 +- 40).
    const tenths = Array.from({ length: 10 }, (_, k) => delays.filter((d) => Math.floor(d / 6000) === k).length);
    for (const n of tenths) expect(n).toBeGreaterThan(60);
    expect(follower(s, { spreadS: 0, instance: 'pod-7', runtime }).spreadDelayMs('m-v2.0.0-f32')).toBe(0);
  });

  it("a new version waits for this server's turn; a rollback to the cached version goes at once and cancels the wait", async () => {
    const s = await setup();
    s.point('1.0.0', 1);
    const runtime = new RecordingRuntime();
    const logs: string[] = [];
    // An hour-long window: the test would time out if anything waited it out.
    const f = follower(s, { spreadS: 3600, instance: 'pod-a', runtime, logs });
    await f.start();
    await waitFor('1.0.0 (a new server loads at once)', async () => f.health().ok);
    s.point('2.0.0', 2, '1.0.0');
    await waitFor('waiting for its turn', async () => f.info().state === 'waiting');
    const h = f.health();
    expect(h).toMatchObject({ ok: false, status: 'switching' });
    expect(h.reason).toContain(
      "waiting for this server's turn (rollout.spread_s) to download m-v2.0.0-f32; serving m-v1.0.0-f32 meanwhile",
    );
    expect(Date.parse(f.info().download_at as string) - Date.now()).toBeGreaterThan(
      f.spreadDelayMs('m-v2.0.0-f32') - 10_000,
    );
    s.point('1.0.0', 3);
    await waitFor('back on 1.0.0', async () => f.health().ok && f.info().revision === 'rev3');
    expect(runtime.activated).toEqual([{ id: 'm-v1.0.0-f32', downloaded: true }]);
    expect(cached(s, '2.0.0')).toBe(false);
    expect(logs.join('\n')).toMatch(/m-v2\.0\.0-f32 is not cached: downloading it in \d+\.\d s/);
  });

  it('pre-fetches the previous known-good version, so a rollback to it does not download; /metrics reports it all', async () => {
    const s = await setup();
    s.point('2.0.0', 2, '1.0.0');
    const f = follower(s, { spreadS: 3600, instance: 'pod-b', runtime: new RecordingRuntime() });
    await f.start();
    await waitFor('2.0.0', async () => f.health().ok);
    // That server's pre-fetch waits its own spread delay (an hour here): not cached yet.
    expect(cached(s, '1.0.0')).toBe(false);

    const s2 = { ...s, cacheDir: `${s.cacheDir}-2` };
    const runtime2 = new RecordingRuntime();
    const metrics = new ServeMetrics({ processMetrics: false });
    const f2 = follower(s2, { spreadS: 0, runtime: runtime2, metrics });
    const server = createServeServer({ follower: f2, metrics });
    const url = await listen(server, 0, '127.0.0.1');
    cleanups.push(() => closeServer(server, 0));
    await f2.start();
    await waitFor('the previous version pre-fetched', async () => cached(s2, '1.0.0'));
    s.point('1.0.0', 3);
    await waitFor('rolled back', async () => f2.info().version === '1.0.0');
    // The other server had nothing cached: its rollback waits its turn; the pre-fetch wait is dropped.
    await waitFor('the other server waiting', async () => f.info().state === 'waiting');
    expect(runtime2.activated).toEqual([
      { id: 'm-v2.0.0-f32', downloaded: true },
      { id: 'm-v1.0.0-f32', downloaded: false },
    ]);

    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const size1 = s.metas['1.0.0'].artifact.size;
    const size2 = s.metas['2.0.0'].artifact.size;
    expect(text).toContain(
      `mreg_model_info{environment="prod",model="m",version="1.0.0",quantization="f32",sha256="${s.metas['1.0.0'].artifact.sha256}",role="stable"} 1`,
    );
    expect(text).not.toContain('version="2.0.0"');
    expect(text).toContain('mreg_switches_total{outcome="success"} 2');
    expect(text).toContain('mreg_switches_total{outcome="failure"} 0');
    expect(text).toContain(`mreg_fetched_bytes_total{reason="switch"} ${size2}`);
    expect(text).toContain(`mreg_fetched_bytes_total{reason="prefetch"} ${size1}`);
    expect(text).toContain('mreg_switch_duration_seconds_count 2');
    expect(text).toContain('mreg_follow_lag_seconds_count 2');
    expect(text).toContain('mreg_health{state="ok"} 1');
    expect(text).toContain('mreg_health{state="failed"} 0');
  });
});
